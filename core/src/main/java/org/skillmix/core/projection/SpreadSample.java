package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * The per-draw totals a Monte Carlo run keeps for {@link SpreadDrivers}: each draw's gap by sector and for
 * the system at the end of years 5 and 10. Each draw writes only its own row, so rows are filled in any
 * thread order and read in draw order: the drivers do not depend on the thread count.
 */
final class SpreadSample {
    private static final String ALL = SeriesKey.ALL;

    private final ProjectionKernel kernel;
    private final YearMonth base;
    /** Per month: which target year it ends (index into years), or -1. */
    private final int[] targetOfMonth;

    private final List<Integer> years = new ArrayList<>();
    /** Per active cell (in activeCells order): its output slot; slot 0 is the system. */
    private final int[] slotOfCell;

    private final List<String> slots = new ArrayList<>();
    private final int[] activeCells;
    /** gap[draw][year * slots + slot]. */
    private final double[][] gap;

    SpreadSample(ProjectionKernel kernel, int months, int draws) {
        this.kernel = kernel;
        this.base = kernel.model().info().baseMonth();
        targetOfMonth = new int[months];
        Arrays.fill(targetOfMonth, -1);
        for (int year : new int[] {5, 10}) {
            if (12 * year <= months) {
                targetOfMonth[12 * year - 1] = years.size();
                years.add(year);
            }
        }
        if (years.isEmpty()) {
            targetOfMonth[months - 1] = 0;
            years.add(months / 12);
        }
        activeCells = kernel.activeCells();
        int places = kernel.demand().places().size();
        int[] slotOfSector = new int[DemandModel.SECTORS];
        Arrays.fill(slotOfSector, -1);
        slots.add(ALL);
        for (int c : activeCells) slotOfSector[(c / places) % DemandModel.SECTORS] = 0;
        for (Sector sector : Sector.values()) {
            if (slotOfSector[sector.ordinal()] < 0) continue;
            slotOfSector[sector.ordinal()] = slots.size();
            slots.add(sector.code());
        }
        slotOfCell = new int[activeCells.length];
        for (int j = 0; j < activeCells.length; j++)
            slotOfCell[j] = slotOfSector[(activeCells[j] / places) % DemandModel.SECTORS];
        gap = new double[draws][years.size() * slots.size()];
    }

    /** Keeps draw's gaps if month t ends a target year. */
    void record(int draw, int t, ProjectionKernel.Worker worker) {
        int year = targetOfMonth[t];
        if (year < 0) return;
        double[] demand = worker.demandCells(), supply = worker.supplyCells();
        double[] row = gap[draw];
        int at = year * slots.size();
        for (int j = 0; j < activeCells.length; j++) {
            int c = activeCells[j];
            double g = demand[c] - supply[c];
            row[at + slotOfCell[j]] += g;
            row[at] += g;
        }
    }

    /**
     * The drivers of every kept total with some spread: the draws' parameter values are sampled again from
     * the seed (the same numbers the draws ran with) and regressed on ({@link FirstOrderIndices}).
     */
    SpreadDrivers drivers(long seed, ParameterGroup[] groups) {
        UncertainParameters parameters = kernel.parameters();
        int draws = gap.length;
        List<Integer> used = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++)
            if (groups[p] != null && !parameters.interval(p).isFixed()) used.add(p);
        double[][] x = new double[used.size()][draws];
        ParameterGroup[] usedGroups = new ParameterGroup[used.size()];
        for (int i = 0; i < used.size(); i++) usedGroups[i] = groups[used.get(i)];
        for (int d = 0; d < draws; d++) {
            double[] values = parameters.sample(seed, d);
            for (int i = 0; i < used.size(); i++) x[i][d] = values[used.get(i)];
        }
        List<SpreadDrivers.Target> targets = new ArrayList<>();
        double[] y = new double[draws];
        for (int k = 0; k < years.size(); k++) {
            for (int s = 0; s < slots.size(); s++) {
                int column = k * slots.size() + s;
                for (int d = 0; d < draws; d++) y[d] = gap[d][column];
                if (draws < 3 || !FirstOrderIndices.varies(y)) continue;
                int year = years.get(k);
                targets.add(new SpreadDrivers.Target(
                        slots.get(s),
                        year,
                        base.plusMonths(12L * year - 1),
                        new Mean().evaluate(y),
                        new StandardDeviation().evaluate(y),
                        FirstOrderIndices.estimate(x, usedGroups, y)));
            }
        }
        return new SpreadDrivers(targets);
    }
}
