package org.skillmix.core.projection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.measure.Measure;

/**
 * The whole-system series of draws stepped elsewhere: a scenario comparison's baseline runs the same draws as a
 * projection (the same seed gives every draw the same parameters), so a caller that needs both, such as the board
 * pack, records the baseline's months here instead of projecting the draws a second time.
 *
 * <p>Kept per draw and month: the system's demand, supply and unmet FTE (sums over the active cells; the net gap is
 * demand - supply, as in a projection's totals), each place's demand and supply in the last month (for the
 * pack's inequalities), and the gaps {@link SpreadDrivers} regress. Each draw writes only its own row, so any thread may
 * record any draw; sums over draws are taken in draw order, so nothing depends on the thread count. Means are
 * summed in double; quantiles are of the values as floats, type 7, as a projection's ({@link Projector}).
 */
public final class SystemTotalsSample {
    /** The measures kept, in the order of {@link #projection}'s series. */
    private static final List<Measure> MEASURES =
            List.of(Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.GAP_FTE, Measure.UNMET_FTE);

    private final ProjectionKernel kernel;
    private final ProjectionSettings settings;
    private final int months;
    private final int rows;
    private final int[] activeCells;
    private final int places;
    /** [draw][measure: demand, supply, unmet][month]. */
    private final double[][][] totals;
    /** [draw][place][demand, supply] in the last month. */
    private final double[][][] lastByPlace;

    private final SpreadSample spread;

    /**
     * @param kernel   the kernel the draws are stepped on, prepared for at least the settings' months
     * @param settings the draws' settings (draws 0: one deterministic row, every quantile its mean)
     */
    public SystemTotalsSample(ProjectionKernel kernel, ProjectionSettings settings) {
        if (settings.months() > kernel.months())
            throw new IllegalArgumentException("kernel prepared for " + kernel.months() + " months");
        this.kernel = kernel;
        this.settings = settings;
        this.months = settings.months();
        this.rows = Math.max(1, settings.draws());
        this.activeCells = kernel.activeCells();
        this.places = kernel.demand().places().size();
        this.totals = new double[rows][3][months];
        this.lastByPlace = new double[rows][places][2];
        this.spread = settings.deterministic() ? null : new SpreadSample(kernel, months, rows);
    }

    /** Keeps draw's figures of month t, just stepped by worker. */
    public void record(int draw, int t, ProjectionKernel.Worker worker) {
        if (t >= months) return;
        double[] demand = worker.demandCells(), supply = worker.supplyCells(), unmet = worker.unmetCells();
        double d = 0, s = 0, u = 0;
        for (int c : activeCells) {
            d += demand[c];
            s += supply[c];
            u += unmet[c];
        }
        double[][] row = totals[draw];
        row[0][t] = d;
        row[1][t] = s;
        row[2][t] = u;
        if (t == months - 1) {
            double[][] at = lastByPlace[draw];
            for (int c : activeCells) {
                at[c % places][0] += demand[c];
                at[c % places][1] += supply[c];
            }
        }
        if (spread != null) spread.record(draw, t, worker);
    }

    /** The recorded draws as a projection holding the system's {@link #MEASURES}, with the spread drivers. */
    public Projection projection() {
        List<YearMonth> monthList = new ArrayList<>(months);
        YearMonth base = kernel.model().info().baseMonth();
        for (int t = 0; t < months; t++) monthList.add(base.plusMonths(t));
        List<Series> series = new ArrayList<>();
        for (Measure measure : MEASURES) {
            double[] mean = new double[months];
            float[] values = new float[rows * months];
            for (int draw = 0; draw < rows; draw++) {
                for (int t = 0; t < months; t++) {
                    double v = value(measure, draw, t);
                    mean[t] += v;
                    values[draw * months + t] = (float) v;
                }
            }
            for (int t = 0; t < months; t++) mean[t] /= rows;
            SeriesKey key =
                    new SeriesKey(measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL);
            if (settings.deterministic()) {
                series.add(new Series(key, mean, mean.clone(), mean.clone(), mean.clone()));
                continue;
            }
            double[] p10 = new double[months], p50 = new double[months], p90 = new double[months];
            DecileSelector selector = new DecileSelector(rows);
            double[] three = new double[3];
            for (int t = 0; t < months; t++) {
                selector.deciles(values, months, t, three);
                p10[t] = three[0];
                p50[t] = three[1];
                p90[t] = three[2];
            }
            series.add(new Series(key, mean, p10, p50, p90));
        }
        SpreadDrivers drivers =
                spread == null ? null : spread.drivers(settings.seed(), kernel.groups(settings.baseline()));
        return new Projection(settings, monthList, series, drivers);
    }

    /**
     * Each place's mean demand, supply and net gap (demand - supply) FTE over the draws in the last month, by place
     * code in the model's order.
     */
    public Map<String, PlaceFte> lastMonthByPlace() {
        Map<String, PlaceFte> out = new LinkedHashMap<>();
        List<String> codes = kernel.demand().places();
        for (int p = 0; p < places; p++) {
            double demand = 0, supply = 0;
            for (int draw = 0; draw < rows; draw++) {
                demand += lastByPlace[draw][p][0];
                supply += lastByPlace[draw][p][1];
            }
            out.put(codes.get(p), new PlaceFte(demand / rows, supply / rows, (demand - supply) / rows));
        }
        return out;
    }

    private double value(Measure measure, int draw, int t) {
        double[][] row = totals[draw];
        return switch (measure) {
            case DEMAND_FTE -> row[0][t];
            case SUPPLY_FTE -> row[1][t];
            case GAP_FTE -> row[0][t] - row[1][t];
            case UNMET_FTE -> row[2][t];
            default -> throw new IllegalArgumentException("not kept: " + measure);
        };
    }
}
