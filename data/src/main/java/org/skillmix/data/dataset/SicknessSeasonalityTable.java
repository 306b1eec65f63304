package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.SicknessSeason;

/** sickness_seasonality.csv: sickness absence by calendar month over the year's average (docs/dataset.md). */
final class SicknessSeasonalityTable implements TableParser<SicknessSeason> {

    public DatasetTable table() {
        return DatasetTable.SICKNESS_SEASONALITY;
    }

    public List<String> key() {
        return List.of("month");
    }

    public SicknessSeason parse(DataRow row, KnownCodes known) {
        SicknessSeason season = new SicknessSeason(
                row.integer("month"), row.number("factor"), row.optionalText(DatasetTable.SOURCE, ""));
        return row.ok() ? season : null;
    }

    /** The profile is a whole year whose factors average 1 (within 0.01), so the annual sickness rate is kept. */
    static void checkWholeYear(LoadedTables tables, ProblemLog log) {
        List<Parsed<SicknessSeason>> rows = tables.rows(DatasetTable.SICKNESS_SEASONALITY, SicknessSeason.class);
        if (rows.isEmpty()) return;
        if (rows.size() != 12) {
            log.error(
                    tables.file(DatasetTable.SICKNESS_SEASONALITY),
                    rows.get(0).row(),
                    "month",
                    "the profile has " + rows.size() + " months; it needs one row for each of the 12");
            return;
        }
        double mean = rows.stream().mapToDouble(r -> r.value().factor()).sum() / 12;
        if (Math.abs(mean - 1) > DemandChecks.SEASONALITY_TOLERANCE)
            log.error(
                    tables.file(DatasetTable.SICKNESS_SEASONALITY),
                    rows.get(0).row(),
                    "factor",
                    String.format(
                            java.util.Locale.ROOT,
                            "the 12 factors average %.3f; they must average 1 (within 0.01) so the annual"
                                    + " sickness rate of workforce.csv is kept",
                            mean));
    }
}
