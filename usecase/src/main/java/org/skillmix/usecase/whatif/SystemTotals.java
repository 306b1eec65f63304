package org.skillmix.usecase.whatif;

import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.supply.SupplyModel;

/**
 * The system's totals of one deterministic run, month by month, taken from the kernel's worker as each month is
 * stepped: demand and supply FTE summed over every active capability x sector x place cell, gap = demand -
 * supply, and the pay bill (GBP a month) summed over every workforce line. Nothing else of the projection is
 * kept, which is what makes a preview cheap.
 *
 * <p>Each total is summed over its members in the projection's order (ascending cell index; line order) with
 * four running partial sums combined as (s0 + s1) + (s2 + s3), the order the projection's grand totals use
 * (core/projection SeriesLayout#aggregate), so a preview gives the figures of the full run's series.
 */
final class SystemTotals {
    private static final int PAY = SupplyModel.LINE_MEASURES.indexOf(Measure.PAY_COST_GBP);

    final double[] demand;
    final double[] supply;
    final double[] gap;
    final double[] pay;
    private final int lines;

    SystemTotals(int months, int lines) {
        this.lines = lines;
        demand = new double[months];
        supply = new double[months];
        gap = new double[months];
        pay = new double[months];
    }

    /** Month t's totals from the worker that has just stepped it. */
    void record(int t, ProjectionKernel.Worker worker, int[] activeCells) {
        demand[t] = sumCells(worker.demandCells(), activeCells);
        supply[t] = sumCells(worker.supplyCells(), activeCells);
        gap[t] = demand[t] - supply[t];
        pay[t] = sumRange(worker.lineOut(), PAY * lines, lines);
    }

    /** The sum of values[c] over the cells, in order, in four partial sums. */
    static double sumCells(double[] values, int[] cells) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < cells.length; i += 4) {
            s0 += values[cells[i]];
            s1 += values[cells[i + 1]];
            s2 += values[cells[i + 2]];
            s3 += values[cells[i + 3]];
        }
        for (; i < cells.length; i++) s0 += values[cells[i]];
        return (s0 + s1) + (s2 + s3);
    }

    /** The sum of values[from .. from + count - 1], in four partial sums. */
    static double sumRange(double[] values, int from, int count) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < count; i += 4) {
            s0 += values[from + i];
            s1 += values[from + i + 1];
            s2 += values[from + i + 2];
            s3 += values[from + i + 3];
        }
        for (; i < count; i++) s0 += values[from + i];
        return (s0 + s1) + (s2 + s3);
    }
}
