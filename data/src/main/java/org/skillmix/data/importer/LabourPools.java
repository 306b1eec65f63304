package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.supply.SupplyModel;

/**
 * The external recruits a year the published history shows the labour market supplies, for each role the
 * catalogue caps: what the recruits had to be for the stock to keep up with its leavers plus the historical growth,
 * net of the training pipeline and of moves between roles, continued on that trend to the end of the horizon so the
 * cap does not bind where history says recruitment kept up:
 *
 * <pre>
 *   pool[r] = Σ_l S_l · g_l^H · (12 h_l + g_l − 1)  +  out[r] − in[r]  −  Q[r]       (floored at 0)
 * </pre>
 *
 * over the role's workforce lines l: S the FTE in post, h = 1 − (1 − leaver rate)^(1/12) the engine's monthly
 * leaver hazard (12 h leavers a year per FTE), g the line's historical growth ({@link HistoricalGrowth}, the mode),
 * H the horizon in years (the default 10-year projection; a back-test's months); out and in the moves a year to
 * and from other roles (flows.csv at the mode, as the engine moves them, from lines whose destination has the
 * role); Q the pipeline's qualifiers a year of the base year (intake × completion × local retention). Low and high
 * take the leaver rates' low and high, with the pipeline's high and low yield: the history gives the change in the
 * stock, so the intake it implies is as uncertain as the leaver rate it is computed with.
 *
 * <p>Check (one line, no pipeline, no flows): S = 1,000, leaver rate 0.091 (h = 0.0079193), g = 1.046, H = 10:
 * 1,000 × 1.046^10 × (0.095032 + 0.046) = 1,567.9 × 0.141032 = 221.1 recruits a year.
 */
final class LabourPools {

    /** One role's pool: low, mode and high recruits a year, and how they were computed. */
    record Pool(String role, double[] value, String source) {}

    /** A workforce line as the pool needs it. */
    record Line(String org, String role, String sector, double fte, double[] leaverRate) {}

    /** A move between roles a year at the mode, as flows.csv gives it. */
    record Flow(String fromSector, String fromRole, String toSector, String toRole, double rate) {}

    /** The historical growth a year (the mode) of a role's lines in a sector. */
    interface Growth {
        double of(String role, String sector);

        /** The growth {@link HistoricalGrowth} gives a line: by role, then sector; none (1) without a trend. */
        static Growth of(HistoricalGrowth growth) {
            return (role, sector) ->
                    growth.of(role, sector).map(t -> t.growth().mode()).orElse(1.0);
        }
    }

    private LabourPools() {}

    static List<Pool> build(
            List<String> cappedRoles,
            List<Line> lines,
            List<Flow> flows,
            Map<String, double[]> qualifiers,
            Growth growth,
            double horizon,
            String horizonNote) {
        Set<String> employs = new HashSet<>();
        for (Line l : lines) employs.add(l.sector() + "|" + l.role());
        Map<String, double[]> moved = new LinkedHashMap<>();
        for (Flow f : flows) {
            if (f.fromRole().equals(f.toRole()) || !employs.contains(f.toSector() + "|" + f.toRole())) continue;
            double stock = 0;
            for (Line l : lines)
                if (l.sector().equals(f.fromSector()) && l.role().equals(f.fromRole())) stock += l.fte();
            double moves = 12 * SupplyModel.monthlyHazard(f.rate()) * stock;
            moved.computeIfAbsent(f.fromRole(), k -> new double[2])[0] += moves;
            moved.computeIfAbsent(f.toRole(), k -> new double[2])[1] += moves;
        }
        List<Pool> pools = new ArrayList<>();
        for (String role : cappedRoles) {
            double[] need = new double[3];
            double fte = 0;
            for (Line l : lines) {
                if (!l.role().equals(role)) continue;
                double g = growth.of(role, l.sector());
                fte += l.fte();
                for (int x = 0; x < 3; x++) {
                    double h = SupplyModel.monthlyHazard(l.leaverRate()[x]);
                    need[x] += l.fte() * Math.pow(g, horizon) * (12 * h + g - 1);
                }
            }
            double[] flow = moved.getOrDefault(role, new double[2]);
            double[] q = qualifiers.getOrDefault(role, new double[3]);
            double[] pool = new double[3];
            for (int x = 0; x < 3; x++) pool[x] = Math.max(0, need[x] + flow[0] - flow[1] - q[2 - x]);
            String source = "Derived from the published history (docs/backtest.md, Calibration): the recruits a year "
                    + "for the role's " + OutputTable.num(fte, 0) + " FTE in post to keep up with leavers plus the "
                    + "historical growth of their sectors (trend_establishment_growth), continued to " + horizonNote
                    + ": sum of FTE x g^" + OutputTable.num(horizon, 2) + " x (12h + g - 1) = "
                    + OutputTable.num(need[1], 0)
                    + (flow[0] > 0 ? ", + " + OutputTable.num(flow[0], 0) + " moving to" + " other roles" : "")
                    + (flow[1] > 0 ? ", - " + OutputTable.num(flow[1], 0) + " joining from other roles" : "")
                    + (q[1] > 0 ? ", - " + OutputTable.num(q[1], 0) + " qualifiers a year from the pipeline" : "")
                    + "; low/high with the leaver rates' low/high (and the pipeline's high/low yield)";
            pools.add(new Pool(role, pool, source));
        }
        return pools;
    }
}
