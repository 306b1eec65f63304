package org.skillmix.data.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skillmix.core.system.DischargeParameter;
import org.skillmix.core.system.DischargeValue;

/**
 * discharge.csv: one figure of the discharge flow model for the ICB or a place. Shares are checked to lie in 0-1
 * here; whether the scope fits the parameter and whether every figure is there are cross-table checks, since the
 * ICB's code comes from the manifest and the places from places.csv.
 */
final class DischargeTable implements TableParser<DischargeValue> {

    public DatasetTable table() {
        return DatasetTable.DISCHARGE;
    }

    public List<String> key() {
        return List.of("parameter", "scope");
    }

    public DischargeValue parse(DataRow row, KnownCodes known) {
        DischargeParameter parameter = parameter(row);
        String scope = row.code("scope");
        double value = row.number("value", parameter == null ? Bounds.DISCHARGE : Bounds.discharge(parameter));
        String source = row.optionalText(DatasetTable.SOURCE, "");
        if (!row.ok() || parameter == null) return null;
        return new DischargeValue(parameter, scope, value, source);
    }

    private static DischargeParameter parameter(DataRow row) {
        String text = row.text("parameter");
        if (text.isEmpty()) return null;
        Optional<DischargeParameter> p = DischargeParameter.fromCode(text);
        if (p.isEmpty()) {
            row.error(
                    "parameter",
                    DataRow.quote(text) + " is not a discharge parameter; use one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(DischargeParameter.values())
                                            .map(Enum::name)
                                            .toList()));
            return null;
        }
        return p.get();
    }
}
