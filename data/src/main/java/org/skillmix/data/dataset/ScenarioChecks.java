package org.skillmix.data.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.system.SystemInfo;

/**
 * Checks of interventions.csv across its rows: names agree, start months, the same intervention in two scenarios. Each runs only when the tables it needs were read, so a missing file gives one problem rather than a
 * cascade.
 */
final class ScenarioChecks {

    private final LoadedTables tables;
    private final ProblemLog log;

    ScenarioChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run(SystemInfo info) {
        interventionsMakeSense(info);
    }
    /**
     * Scenario names agree; an intervention starting before the base month is a warning (it acts from month 0);
     * the same intervention code in two scenarios with a different effect is a warning, since such
     * interventions share their random effect draws (common random numbers) and should be the same thing.
     */
    private void interventionsMakeSense(SystemInfo info) {
        DatasetTable table = DatasetTable.INTERVENTIONS;
        if (!tables.loaded(table) || log.hasErrors(tables.file(table))) return;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Intervention> byCode = new LinkedHashMap<>();
        for (Parsed<InterventionsTable.Row> p : tables.rows(table, InterventionsTable.Row.class)) {
            InterventionsTable.Row row = p.value();
            if (!row.scenarioName().isEmpty()) {
                String before = names.putIfAbsent(row.scenarioCode(), row.scenarioName());
                if (before != null && !before.equals(row.scenarioName())) {
                    log.error(
                            tables.file(table),
                            p.row(),
                            "scenario_name",
                            "scenario " + row.scenarioCode() + " is named both " + DataRow.quote(before) + " and "
                                    + DataRow.quote(row.scenarioName()) + "; give one name (on one row is enough)");
                }
            }
            var iv = row.intervention();
            if (info != null && iv.start().isBefore(info.baseMonth())) {
                log.warning(
                        tables.file(table),
                        p.row(),
                        "start_month",
                        iv.start() + " is before the base month " + info.baseMonth()
                                + "; the intervention acts from the base month, as if it had started then");
            }
            var same = byCode.putIfAbsent(iv.code(), iv);
            if (same != null && (!same.effect().equals(iv.effect()) || same.kind() != iv.kind())) {
                log.warning(
                        tables.file(table),
                        p.row(),
                        "intervention_code",
                        "intervention " + iv.code()
                                + " appears in several scenarios with a different kind or effect; scenarios share an intervention's"
                                + " random effect by its code, so give different interventions different codes");
            }
        }
    }
}
