package org.skillmix.usecase.comparison;

import java.util.List;
import java.util.Locale;
import org.skillmix.core.intervention.ScenarioComparison;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ComparisonCsvWriter;
import org.skillmix.data.report.ComparisonReport;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;

/**
 * Scenarios side by side with the baseline on the same draws (docs/interventions.md): comparison.csv (gap and
 * gap closed by scenario, year and slice), comparison_summary.csv (costs, target gap, discharge benefit) and
 * comparison.html.
 */
public final class ComparisonUseCase {
    public static final String COMPARISON_CSV = "comparison.csv";
    public static final String COMPARISON_SUMMARY_CSV = "comparison_summary.csv";
    public static final String COMPARISON_HTML = "comparison.html";

    public record Result(ScenarioComparison.Result comparison, Outputs outputs) {
        /**
         * The last year's line for each scenario: average shortfall over the year of the target capabilities,
         * shortfall closed, extra cost a year, P(average shortfall &lt; target) (with the level 9 draws in 10 reach).
         */
        public String describe() {
            ScenarioComparison.Result result = comparison;
            int last = result.years().get(result.years().size() - 1);
            double target = result.settings().targetFte();
            StringBuilder text = new StringBuilder();
            Figures figures = new Figures();
            for (Scenario s : result.scenarios()) {
                ScenarioComparison.YearRow r = result.summary(s.code(), last);
                text.append(String.format(
                        Locale.ROOT,
                        "  %-12s %-30s average shortfall %,10.1f FTE (P10 %,.1f, P90 %,.1f)  closed %,8.1f  extra cost"
                                + " %9s a year  P(shortfall < %,.0f) %s%n",
                        s.code(),
                        shownName(s),
                        r.targetGap().mean(),
                        r.targetGap().p10(),
                        r.targetGap().p90(),
                        r.targetGapClosed().mean(),
                        figures.millions(r.extraCostGbp()),
                        target,
                        org.skillmix.data.report.ComparisonReport.probability(
                                r, comparison.settings().draws())));
            }
            return text.toString();
        }

        /** A scenario's name as the line has room for it: the baseline's says it has no interventions. */
        static String shownName(Scenario s) {
            String name = s.code().equals(Scenario.BASELINE) ? "no interventions" : s.name();
            if (name == null || name.isBlank()) return "";
            return name.length() <= 30 ? name : name.substring(0, 29) + "…";
        }

        /** The last year as the files label it: 2034/35. */
        public String lastYear() {
            return ComparisonCsvWriter.year(
                    comparison.years().get(comparison.years().size() - 1));
        }
    }

    /**
     * The scenarios to compare, checked against the dataset before any work, as are the target capabilities.
     *
     * @throws InvalidSetting naming the scenario or capability the dataset does not have
     */
    public List<Scenario> check(SystemModel model, ComparisonRequest request) {
        List<Scenario> chosen = request.scenarios().isEmpty()
                ? model.scenarios()
                : ScenarioChoice.scenarios(model, request.scenarios(), "scenarios");
        if (chosen.isEmpty()) {
            throw new InvalidSetting(
                    "scenarios", "choose at least one scenario to compare with the baseline (interventions.csv)");
        }
        ScenarioChoice.capabilities(model, request.targetCapabilities(), "targetCapabilities");
        RunDefaults.checkBaseline(model, request.baseline());
        return chosen;
    }

    public Result run(SystemModel model, ComparisonRequest request, Progress progress) {
        List<Scenario> chosen = check(model, request);
        ScenarioComparison.Settings settings = new ScenarioComparison.Settings(
                request.years(),
                request.draws(),
                request.seed(),
                request.threads(),
                ScenarioChoice.capabilities(model, request.targetCapabilities(), "targetCapabilities"),
                request.targetFte(),
                request.baseline());
        ScenarioComparison.Result result;
        try {
            result = new ScenarioComparison(model, chosen, request.years()).run(settings, progress.draws());
        } catch (IllegalArgumentException e) {
            // An intervention the dataset cannot apply (an unknown target role): the scenarios are at fault.
            throw new InvalidSetting("scenarios", e.getMessage());
        }
        ComparisonCsvWriter csv =
                new ComparisonCsvWriter(new Names(model), model.info().baseMonth());
        Outputs outputs = Outputs.of(
                Output.csv(COMPARISON_CSV, out -> csv.writeGaps(result, out)),
                Output.csv(COMPARISON_SUMMARY_CSV, out -> csv.writeSummary(result, out)),
                Output.text(COMPARISON_HTML, Output.HTML, new ComparisonReport(model, result).render()));
        return new Result(result, outputs);
    }
}
