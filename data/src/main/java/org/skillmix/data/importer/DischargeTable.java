package org.skillmix.data.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.discharge.DischargeTableBuilder;
import org.skillmix.data.published.MetricsImportException;

/**
 * discharge.csv from the dataset as read back and the published daily discharge files: the discharge model's
 * calibration and places, so that the scenario comparison can value extra care workers without the published files.
 * Without those files (or too short a series) the dataset is complete without it; the report says why.
 */
final class DischargeTable {
    private DischargeTable() {}

    /**
     * The table, or null (and the report says why) when it is not written.
     *
     * @param heirs trusts merged since the published files' 2022 codes: predecessor to the trust of today
     * @param icbs  the ICBs of the 42-ICB geography the dataset covers (several for a combined footprint), fitted as
     *     one system
     */
    static OutputTable build(
            Path from,
            String label,
            SystemModel model,
            Map<String, String> heirs,
            List<String> icbs,
            boolean wanted,
            ImportReport report,
            Consumer<String> progress) {
        if (!wanted) {
            report.skipped("discharge.csv", "", "not written: this import was asked to leave it out");
            return null;
        }
        progress.accept("calibrating the discharge model (discharge.csv)");
        DischargeTableBuilder.Result built;
        try {
            built = new DischargeTableBuilder().build(from, icbs, label, model, heirs);
        } catch (MetricsImportException | IllegalArgumentException e) {
            report.skipped("discharge.csv", "", "not written: " + e.getMessage());
            return null;
        }
        OutputTable t = new OutputTable("discharge.csv", "parameter", "scope", "value", "source");
        // Nine decimals, not num's four: arrival shares of ten places must still add to 1 and K/C keep their pace.
        built.rows()
                .forEach(v -> t.add(
                        v.parameter().name(),
                        v.scope(),
                        new BigDecimal(v.value())
                                .setScale(9, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros()
                                .toPlainString(),
                        v.source()));
        report.total("discharge.csv", Integer.toString(built.rows().size()), built.note());
        return t;
    }
}
