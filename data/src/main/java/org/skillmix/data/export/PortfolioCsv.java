package org.skillmix.data.export;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.skillmix.core.portfolio.Portfolio;
import org.skillmix.core.portfolio.PortfolioOption;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.supply.Baseline;

/**
 * portfolio.csv (docs/interventions.md): each candidate intervention (its code and the name a planner reads), the level the optimiser funds it at and the
 * scale that funds, and the linearised effect and cost per level in the last year. Every row starts with the supply
 * baseline the effects were measured on, as the projection and comparison files do.
 */
public final class PortfolioCsv {
    public static final String FILE = "portfolio.csv";
    static final String HEADER =
            "baseline,intervention_code,intervention_name,kind,level,scale_funded,target_gap_closed_fte_per_level_last_year,"
                    + "cost_per_level_gbp_last_year,fixed_cost_gbp_last_year";

    private PortfolioCsv() {}

    /**
     * @param baseline   the supply baseline every candidate's marginal run was projected against
     * @param candidates the interventions in the order of the options measured for them
     * @param last       the index of the last year
     */
    public static void write(
            Baseline baseline,
            List<Intervention> candidates,
            List<PortfolioOption> options,
            Portfolio portfolio,
            int last,
            Writer out) {
        CsvOutput csv = CsvOutput.withHeader(out, HEADER);
        for (int i = 0; i < candidates.size(); i++) {
            Intervention iv = candidates.get(i);
            PortfolioOption o = options.get(i);
            int level = portfolio.levels()[i];
            csv.text(baseline.code())
                    .text(iv.code())
                    .text(iv.shownName())
                    .text(iv.kind().code())
                    .integer(level)
                    // As the scale is written in interventions.csv: every digit the level times it has.
                    .number(BigDecimal.valueOf(level * iv.scale()))
                    .number(o.closedPerLevel()[last], 3)
                    .number(o.costPerLevel()[last], 0)
                    .number(o.fixedCost()[last], 0)
                    .endRow();
        }
        csv.flush();
    }
}
