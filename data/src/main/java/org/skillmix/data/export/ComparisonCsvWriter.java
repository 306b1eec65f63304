package org.skillmix.data.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.intervention.ScenarioComparison;

/**
 * A scenario comparison as two CSV files (docs/outputs.md): comparison.csv, the gap and gap closed by
 * scenario, year and slice (all, capability, sector, place) with mean and P10/P50/P90; and
 * comparison_summary.csv, each scenario's year: costs, target gap, gap closed, cost per FTE closed and
 * the probability the target gap is below the target.
 *
 * <p>Both start every row with the comparison's supply baseline ({@code funded-plan} or {@code current-trends}),
 * which every scenario is projected against, as projection.csv does: column {@code baseline} is that, while the
 * scenario {@code baseline} is the reference with no interventions. Each year's last month follows its label
 * ({@code year_end}, as projection_summary.csv has it): the label is the financial year of the year's first month,
 * which a dataset starting in a month other than April does not fill. Each slice's name follows its code.
 */
public final class ComparisonCsvWriter {
    public static final String GAPS_HEADER =
            "baseline,scenario,year,year_end,dimension,code,name,gap_fte_mean,gap_fte_p10,gap_fte_p50,gap_fte_p90,"
                    + "gap_closed_fte_mean,gap_closed_fte_p10,gap_closed_fte_p50,gap_closed_fte_p90";
    public static final String SUMMARY_HEADER =
            "baseline,scenario,year,year_end,programme_cost_gbp,pay_cost_gbp,extra_cost_gbp,target_gap_fte_mean,target_gap_fte_p10,"
                    + "target_gap_fte_p50,target_gap_fte_p90,target_gap_closed_fte_mean,target_gap_closed_fte_p10,"
                    + "target_gap_closed_fte_p50,target_gap_closed_fte_p90,cost_per_fte_closed_gbp,probability_below_target,"
                    + "extra_care_worker_fte,bed_days_saved_per_year_p10,bed_days_saved_per_year_p50,"
                    + "bed_days_saved_per_year_p90,ga_occupancy_change_p10,ga_occupancy_change_p50,"
                    + "ga_occupancy_change_p90,discharge_basis";

    /** Text for the discharge columns when the dataset has no discharge.csv: not a 0, which would read as "no benefit". */
    public static final String NO_DISCHARGE = "not available (no discharge.csv)";

    private final CodeNames names;
    private final YearMonth baseMonth;

    /**
     * @param names     the slices' names (report.Names for a dataset's)
     * @param baseMonth the month the projection years start in
     */
    public ComparisonCsvWriter(CodeNames names, YearMonth baseMonth) {
        this.names = names;
        this.baseMonth = baseMonth;
    }

    public void write(ScenarioComparison.Result result, Path gaps, Path summary) throws IOException {
        try (Writer w = Files.newBufferedWriter(gaps, StandardCharsets.UTF_8)) {
            writeGaps(result, w);
        }
        try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
            writeSummary(result, w);
        }
    }

    /** comparison.csv to w, which stays open. */
    public void writeGaps(ScenarioComparison.Result result, Writer w) {
        CsvOutput csv = CsvOutput.withHeader(w, GAPS_HEADER);
        String baseline = result.settings().baseline().code();
        for (ScenarioComparison.GapRow r : result.gaps()) {
            csv.text(baseline)
                    .text(r.scenario())
                    .text(year(r.year()))
                    .text(yearEnd(result, r.year()))
                    .text(r.dimension())
                    .text(r.code())
                    .text(names.slice(r.dimension(), r.code()));
            figure(csv, r.gap());
            figure(csv, r.gapClosed());
            csv.endRow();
        }
        csv.flush();
    }

    /** comparison_summary.csv to w, which stays open. */
    public void writeSummary(ScenarioComparison.Result result, Writer w) {
        CsvOutput csv = CsvOutput.withHeader(w, SUMMARY_HEADER);
        String baseline = result.settings().baseline().code();
        for (ScenarioComparison.YearRow r : result.summary()) {
            csv.text(baseline)
                    .text(r.scenario())
                    .text(year(r.year()))
                    .text(yearEnd(result, r.year()))
                    .number(r.programmeCostGbp(), 0)
                    .number(r.payCostGbp(), 0)
                    .number(r.extraCostGbp(), 0);
            figure(csv, r.targetGap());
            figure(csv, r.targetGapClosed());
            // NaN here means no gap was closed, so there is no cost per FTE closed: a blank, not a figure.
            if (Double.isNaN(r.costPerFteClosedGbp())) csv.blank();
            else csv.number(r.costPerFteClosedGbp(), 0);
            csv.number(r.probabilityBelowTarget(), 4);
            discharge(csv, r);
            csv.endRow();
        }
        csv.flush();
    }

    /**
     * The discharge benefit beside the costs: extra care worker FTE, then bed days saved a year and the occupancy
     * change (0-1) each as P10, P50 and P90 (a range, never one unidentified figure), and where they come from.
     */
    private static void discharge(CsvOutput csv, ScenarioComparison.YearRow r) {
        if (r.discharge().isEmpty()) {
            for (int i = 0; i < 8; i++) csv.text(NO_DISCHARGE);
            return;
        }
        ScenarioComparison.Discharge d = r.discharge().get();
        DischargeBenefitRange.Spread bed = d.benefit().bedDaysSavedPerYear();
        DischargeBenefitRange.Spread occupancy = d.benefit().occupancyChange();
        csv.number(d.extraCareWorkerFte(), 3)
                .number(bed.p10(), 2)
                .number(bed.p50(), 2)
                .number(bed.p90(), 2)
                .number(occupancy.p10(), 6)
                .number(occupancy.p50(), 6)
                .number(occupancy.p90(), 6)
                // A sentence: in quotes, as it was first written.
                .quoted(d.benefit().basis());
    }

    /** The last month of the projection year labelled year, as 2026-03. */
    private String yearEnd(ScenarioComparison.Result result, int year) {
        return baseMonth.plusMonths(12L * result.years().indexOf(year) + 11).toString();
    }

    /** Financial year label, 2025 -> 2025/26. */
    public static String year(int startYear) {
        return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
    }

    private static void figure(CsvOutput csv, ScenarioComparison.Figure f) {
        csv.number(f.mean(), 3).number(f.p10(), 3).number(f.p50(), 3).number(f.p90(), 3);
    }
}
