package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far an ICB's trusts of one sector together grew unlike England's sector beyond what the engine already draws
 * for them, measured on the published history: the variance of each sector's part (trend_growth_sector) and what is
 * left of the part common to the system's trusts (trend_growth_common) once the sector parts are drawn.
 *
 * <p>Why: the back-test over every ICB found the trust totals' band as wide as the history's errors (rms z 1.07),
 * but mental health and community totals' errors twice their bands (rms z 1.78 and 2.22, docs/backtest.md): services
 * carved out between sectors since 2018 and a sector's own commissioning move a sector's trusts together, which
 * neither the system's common part nor the trusts' own draws (centred on the system) carry.
 *
 * <p>The engine draws, in logs over the history, a sector total's deviation from England's sector growth as o + c +
 * d_k: o the trusts' own draws centred on the system, c the common part (variance V_c), d_k the sector's part
 * (variance v_k). For ICB j with trusts s of base shares w_s (of all the ICB's trusts) and the sector's share W_k,
 * o has variance O_kj = Σ_s b_s² τ_s², b_s = [s in k] w_s / W_k − w_s, τ_s² the variance of the trust's own draw
 * over the history. The history gives the sector totals' mean square R_k = mean_j r_kj² (r_kj = ln(observed / base
 * g_k^Y)) and the ICBs' trust totals' T (GrowthCorrelation#totalsSquare), so by the method of moments
 *
 * <pre>
 *   v_k = max(0, R_k − O_k − V_c)         O_k = mean_j O_kj over the ICBs with trusts of sector k
 *   V_c = max(0, T − Σ_k A_k v_k)          A_k = mean_j W_kj² over all the ICBs (0 where j has none)
 * </pre>
 *
 * since d_k moves the system's total by W_k d_k. The two are solved together by iterating from V_c = T (each step
 * moves both monotonically, so it converges). At v_k = 0 for every sector this is the common part alone.
 */
record SectorParts(Map<String, SectorParts.Part> parts, double commonVariance) {

    /** One sector's part: over how many ICBs, the history's R_k, the own draws' O_k and the part's variance v_k. */
    record Part(String sector, int icbs, double totalsSquare, double drawnSquare, double variance) {}

    /** The part of the given sector, or null where no ICB of the history has a trust of it. */
    Part of(String sector) {
        return parts.get(sector);
    }

    /** The estimate over the given trusts, against the ICBs' trust totals' mean square totalsSquare. */
    static SectorParts estimate(Collection<GrowthCorrelation.Growth> growths, double totalsSquare) {
        Map<String, List<GrowthCorrelation.Growth>> byIcb = new TreeMap<>();
        for (GrowthCorrelation.Growth g : growths)
            byIcb.computeIfAbsent(g.icb(), k -> new ArrayList<>()).add(g);
        Map<String, double[]> sums = new TreeMap<>(); // sector -> {ICBs, Σ r², Σ O, Σ W²}
        for (List<GrowthCorrelation.Growth> trusts : byIcb.values()) {
            double base = trusts.stream()
                    .mapToDouble(GrowthCorrelation.Growth::baseFte)
                    .sum();
            for (String sector : trusts.stream()
                    .map(GrowthCorrelation.Growth::sector)
                    .distinct()
                    .toList()) {
                double share = 0, observed = 0, expected = 0;
                for (GrowthCorrelation.Growth g : trusts) {
                    if (!g.sector().equals(sector)) continue;
                    share += g.baseFte() / base;
                    observed += g.observedFte();
                    expected += g.baseFte() * g.sectorFactor();
                }
                double own = 0;
                for (GrowthCorrelation.Growth g : trusts) {
                    double w = g.baseFte() / base;
                    double b = (g.sector().equals(sector) ? w / share : 0) - w;
                    own += b * b * g.drawnVariance();
                }
                double r = Math.log(observed / expected);
                double[] s = sums.computeIfAbsent(sector, k -> new double[4]);
                s[0]++;
                s[1] += r * r;
                s[2] += own;
                s[3] += share * share;
            }
        }
        int icbs = byIcb.size();
        double common = totalsSquare;
        double[] variance = new double[sums.size()];
        for (int iteration = 0; iteration < 200; iteration++) {
            int k = 0;
            double added = 0;
            for (double[] s : sums.values()) {
                // a rest within rounding of the mean square is none: no row of ±0 for a sector that spreads no more
                double rest = s[1] / s[0] - s[2] / s[0] - common;
                variance[k] = rest > 1e-9 * s[1] / s[0] ? rest : 0;
                added += s[3] / icbs * variance[k++];
            }
            double next = Math.max(0, totalsSquare - added);
            if (Math.abs(next - common) <= 1e-12) break;
            common = next;
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            parts.put(e.getKey(), new Part(e.getKey(), (int) s[0], s[1] / s[0], s[2] / s[0], variance[k++]));
        }
        return new SectorParts(parts, common);
    }
}
