package org.skillmix.data.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison;

/**
 * A scenario comparison as two CSV files (docs/outputs.md): comparison.csv, the gap and gap closed by
 * scenario, year and slice (all, capability, sector, place) with mean and P10/P50/P90; and
 * comparison_summary.csv, each scenario's year: costs, target gap, gap closed, cost per FTE closed and
 * the probability the target gap is below the target.
 */
public final class ComparisonCsvWriter {

    public void write(ScenarioComparison.Result result, Path gaps, Path summary) throws IOException {
        try (Writer w = Files.newBufferedWriter(gaps, StandardCharsets.UTF_8)) {
            writeGaps(result, w);
        }
        try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
            writeSummary(result, w);
        }
    }

    /** comparison.csv to w, which stays open. */
    public void writeGaps(ScenarioComparison.Result result, Writer w) throws IOException {
        {
            w.write("scenario,year,dimension,code,gap_fte_mean,gap_fte_p10,gap_fte_p50,gap_fte_p90,"
                    + "gap_closed_fte_mean,gap_closed_fte_p10,gap_closed_fte_p50,gap_closed_fte_p90\n");
            for (ScenarioComparison.GapRow r : result.gaps()) {
                w.write(String.join(
                        ",",
                        r.scenario(),
                        year(r.year()),
                        r.dimension(),
                        r.code(),
                        figure(r.gap()),
                        figure(r.gapClosed())));
                w.write('\n');
            }
        }
        w.flush();
    }

    /** comparison_summary.csv to w, which stays open. */
    public void writeSummary(ScenarioComparison.Result result, Writer w) throws IOException {
        {
            w.write(
                    "scenario,year,programme_cost_gbp,pay_cost_gbp,extra_cost_gbp,target_gap_fte_mean,target_gap_fte_p10,"
                            + "target_gap_fte_p50,target_gap_fte_p90,target_gap_closed_fte_mean,target_gap_closed_fte_p10,"
                            + "target_gap_closed_fte_p50,target_gap_closed_fte_p90,cost_per_fte_closed_gbp,probability_below_target,"
                            + "extra_care_worker_fte,bed_days_saved_per_year,ga_occupancy_change\n");
            for (ScenarioComparison.YearRow r : result.summary()) {
                w.write(String.join(
                        ",",
                        r.scenario(),
                        year(r.year()),
                        money(r.programmeCostGbp()),
                        money(r.payCostGbp()),
                        money(r.extraCostGbp()),
                        figure(r.targetGap()),
                        figure(r.targetGapClosed()),
                        Double.isNaN(r.costPerFteClosedGbp()) ? "" : money(r.costPerFteClosedGbp()),
                        String.format(Locale.ROOT, "%.4f", r.probabilityBelowTarget()),
                        discharge(r)));
                w.write('\n');
            }
        }
        w.flush();
    }

    /** Text for the discharge columns when the dataset has no discharge.csv: not a 0, which would read as "no benefit". */
    public static final String NO_DISCHARGE = "not available (no discharge.csv)";

    /** The discharge benefit beside the costs: extra care worker FTE, bed days saved a year, occupancy change (0-1). */
    private static String discharge(ScenarioComparison.YearRow r) {
        if (r.discharge().isEmpty()) return String.join(",", NO_DISCHARGE, NO_DISCHARGE, NO_DISCHARGE);
        ScenarioComparison.Discharge d = r.discharge().get();
        return String.join(
                ",",
                fte(d.extraCareWorkerFte()),
                String.format(Locale.ROOT, "%.2f", d.benefit().bedDaysSavedPerYear()),
                String.format(Locale.ROOT, "%.6f", d.occupancyChange()));
    }

    /** Financial year label, 2025 -> 2025/26. */
    public static String year(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    private static String figure(ScenarioComparison.Figure f) {
        return String.join(",", fte(f.mean()), fte(f.p10()), fte(f.p50()), fte(f.p90()));
    }

    private static String fte(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
