package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.DischargeParameter;

/**
 * The rows docs/dataset.md's "Plausibility bounds" table must hold, made from the bounds the reader
 * declares: one per number column (an uncertain parameter's three columns as one), one per kind, parameter
 * or metric where the bound depends on it, and the months.
 */
final class BoundsDocument {

    private BoundsDocument() {}

    static List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.add(row("manifest", "reference_imd_score", Bounds.REFERENCE_IMD_SCORE));
        rows.add(monthRow("manifest", "base_month"));
        for (DatasetTable table : DatasetTable.values()) {
            for (Column column : table.columns()) {
                if (!column.numeric()
                        || column.name().endsWith("_low")
                        || column.name().endsWith("_high")) continue;
                String name = column.name().endsWith("_mode")
                        ? column.name().replace("_mode", "") + "_low/_mode/_high"
                        : column.name();
                rows.add(row(table.sheetName(), name, column.bound()));
            }
        }
        for (InterventionKind kind : InterventionKind.values()) {
            rows.add(row("interventions", "scale (" + kind.code() + ")", Bounds.scale(kind)));
        }
        for (InterventionKind kind : InterventionKind.values()) {
            rows.add(row("interventions", "effect (" + kind.code() + ")", Bounds.effect(kind)));
        }
        rows.add(monthRow("interventions", "start_month"));
        new TreeMap<>(Bounds.ASSUMPTIONS)
                .forEach((parameter, bound) -> rows.add(row("assumptions", "value (" + parameter + ")", bound)));
        for (SystemMetric metric : SystemMetric.values()) {
            rows.add(row("metrics", "value (" + metric.name() + ")", Bounds.metric(metric)));
        }
        rows.add(monthRow("metrics", "month"));
        Arrays.stream(DischargeParameter.values())
                .forEach(p -> rows.add(row("discharge", "value (" + p.name() + ")", Bounds.discharge(p))));
        return rows;
    }

    static String row(String table, String column, Bound bound) {
        return "| " + table + " | " + column + " | " + bound.unit() + " | " + bound.interval() + " | "
                + bound.typicalInterval() + " | " + bound.reason() + " |";
    }

    private static String monthRow(String table, String column) {
        return "| " + table + " | " + column + " | month | [" + Bounds.FIRST_MONTH + ", " + Bounds.LAST_MONTH + "] | ["
                + Bounds.TYPICAL_FIRST_MONTH + ", " + Bounds.TYPICAL_LAST_MONTH + "] | " + Bounds.MONTHS_REASON + " |";
    }

    public static void main(String[] args) {
        rows().forEach(System.out::println);
    }
}
