package org.skillmix.core.portfolio;

import java.util.Objects;
import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.scenario.Intervention;

/**
 * One candidate of a portfolio chosen on the central run ({@link PortfolioChoice}), as the board pack's "How firm the
 * choice is" and optimise's portfolio.csv and portfolio.txt show it: what the choice was made on (the central run,
 * every assumption at its most likely value), the range the Monte Carlo gives the same intervention run alone, and
 * its switching value. Figures are of the last projection year and of {@link #shownLevel}: the funded level, or level
 * 1 (the scale as given) for one left out.
 *
 * @param candidate      the intervention at its given scale
 * @param level          the level the portfolio funds it at, 0 when left out
 * @param shownLevel     the level its figures are of: {@code level}, or 1 when left out
 * @param centralClosed  FTE of the target gap closed in the central run
 * @param centralCostGbp GBP a year over the baseline in the central run, the programme cost and the pay bill change,
 *                       as the optimiser charged it (a saving, below 0)
 * @param closed         FTE closed over the one-at-a-time draws (mean, P10-P90; the central run's when no draws)
 * @param costGbp        GBP a year over the baseline over the same draws (the programme cost has no spread; a saving
 *                       shows as one)
 * @param switching      the change in its gap closed that would reverse the decision, and whether that is a close
 *                       call ({@link SwitchingValues}: of the most gap closed within the budget, or of the cheapest
 *                       way to a target)
 */
public record ChoiceCheck(
        Intervention candidate,
        int level,
        int shownLevel,
        double centralClosed,
        double centralCostGbp,
        Figure closed,
        Figure costGbp,
        SwitchingValues.Value switching) {

    public ChoiceCheck {
        Objects.requireNonNull(switching, "switching");
    }

    public boolean funded() {
        return level > 0;
    }
}
