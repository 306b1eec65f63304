package org.skillmix.data.export;

import java.io.Writer;
import java.math.BigDecimal;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.portfolio.ChoiceCheck;
import org.skillmix.core.portfolio.PortfolioChoice;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.supply.Baseline;

/**
 * portfolio.csv (docs/outputs.md, docs/interventions.md): a row per candidate intervention and level it can take, in
 * the last year. Each row gives the candidate (its code, the name a planner reads, its kind), the level the portfolio
 * funds it at (0: not funded), the row's level and the scale it stands for, and what the choice was made on: that
 * level's gap closed and cost on the central run, every assumption at its most likely value. The row of the level it
 * is funded at (level 1 when left out) also says how firm the decision is: its switching value beside the stated
 * range of its effect and the verdict, and the Monte Carlo range of it run alone at that level. Every row starts
 * with the supply baseline the runs were projected against, as the projection and comparison files do.
 */
public final class PortfolioCsv {
    public static final String FILE = "portfolio.csv";
    static final String HEADER = "baseline,intervention_code,intervention_name,kind,funded_level,level,scale,"
            + "central_target_gap_closed_fte_last_year,central_cost_gbp_last_year,fixed_cost_gbp_last_year,"
            + "switching_value,effect_low_share,effect_high_share,verdict,draws,"
            + "target_gap_closed_fte_mean_last_year,target_gap_closed_fte_p10_last_year,"
            + "target_gap_closed_fte_p90_last_year,cost_gbp_mean_last_year,cost_gbp_p10_last_year,"
            + "cost_gbp_p90_last_year";

    private PortfolioCsv() {}

    /** @param baseline the supply baseline every candidate's runs were projected against */
    public static void write(Baseline baseline, PortfolioChoice choice, Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        int last = choice.last();
        for (int i = 0; i < choice.candidates().size(); i++) {
            Intervention iv = choice.candidates().get(i);
            PortfolioOption o = choice.central().options().get(i);
            ChoiceCheck check =
                    choice.checks().isEmpty() ? null : choice.checks().get(i);
            int funded = choice.portfolio().levels()[i];
            for (int level = 1; level <= o.maxLevel(); level++) {
                csv.text(baseline.code())
                        .text(iv.code())
                        .text(iv.shownName())
                        .text(iv.kind().code())
                        .integer(funded)
                        .integer(level)
                        // As the scale is written in interventions.csv: every digit the level times it has.
                        .number(BigDecimal.valueOf(level * iv.scale()))
                        // never "-0.000": a gap closed of -0.00001 FTE is none, not a shortfall added
                        .fixed(o.closed(last, level), 3)
                        .fixed(o.cost(last, level), 0)
                        .fixed(o.fixedCost()[last], 0);
                boolean shown = check != null && check.shownLevel() == level;
                switching(csv, shown ? check.switching() : null);
                if (shown && choice.marginalDraws() > 0) {
                    csv.integer(choice.marginalDraws());
                    range(csv, check.closed(), 3);
                    range(csv, check.costGbp(), 0);
                } else {
                    for (int c = 0; c < 7; c++) csv.blank();
                }
                csv.endRow();
            }
        }
        csv.flush();
    }

    /**
     * The switching value (blank when no change in its gap closed could reverse the decision), the effect's range and
     * the verdict; all blank off the decision's row.
     */
    private static void switching(CsvOutput csv, SwitchingValues.Value v) {
        if (v == null) {
            for (int c = 0; c < 4; c++) csv.blank();
            return;
        }
        if (Double.isInfinite(v.change())) csv.blank();
        else csv.fixed(v.change(), 4);
        csv.fixed(v.low(), 4).fixed(v.high(), 4).text(v.verdict());
    }

    private static void range(CsvOutput csv, Figure f, int decimals) {
        csv.fixed(f.mean(), decimals).fixed(f.p10(), decimals).fixed(f.p90(), decimals);
    }
}
