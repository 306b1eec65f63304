package org.skillmix.data.boardpack;

import org.skillmix.core.intervention.ScenarioComparison.Figure;
import org.skillmix.core.portfolio.SwitchingValues;
import org.skillmix.core.scenario.Intervention;

/**
 * One candidate of the optimiser's choice, as the pack's "How firm the choice is" shows it (docs/outputs.md, "Board
 * pack"): what the choice was made on (the central run, every assumption at its most likely value), the range the
 * Monte Carlo gives the same intervention run alone, and its switching value. Figures are of the last projection year
 * and of {@link #shownLevel}: the funded level, or level 1 (the scale as given) for one left out.
 *
 * @param candidate      the intervention at its given scale
 * @param centralClosed  FTE of the target gap closed in the central run
 * @param centralCostGbp GBP a year over the baseline in the central run, the programme cost and the pay bill change
 * @param closed         FTE closed over the one-at-a-time draws (mean, P10-P90; the central run's when no draws)
 * @param costGbp        GBP a year over the baseline over the same draws (the programme cost has no spread)
 * @param switching      the change in its gap closed that would reverse the decision, and whether that is a close call
 */
public record ChoiceCheck(
        Intervention candidate,
        int shownLevel,
        double centralClosed,
        double centralCostGbp,
        Figure closed,
        Figure costGbp,
        SwitchingValues.Value switching) {

    /** The funded level, 0 when left out. */
    public int level() {
        return switching.level();
    }
}
