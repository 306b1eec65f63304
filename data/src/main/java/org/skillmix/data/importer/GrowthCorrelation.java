package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a trust's establishment growth it shares with the other trusts of its ICB: the correlation of the
 * trusts' growth within ICBs, measured on the published history. It tested an assumption of the engine, which drew
 * each trust's trend growth on its own: were the trusts of an ICB to grow together (a regional labour market, a
 * regional funding settlement), the band of an ICB's total would be too narrow by the factor sqrt(1 + (n − 1)ρ).
 * The engine now centres the trusts' own draws on their system and draws a common part whose variance is the
 * totals' mean square below ({@link HistoricalGrowth#commonGrowth}).
 *
 * <p>A trust's growth over the history, in logs and less its sector's (x_i = ln(observed_i /
 * base_i) − Y ln g_s, Y years, g_s England's growth of sector s), is taken as x_i = a_j + e_i: a_j its ICB's common
 * part (variance σa²), e_i its own. Services moved between the trusts of one ICB (a hospital from one trust to its
 * neighbour) make the trusts of an ICB move apart, which hides a_j from an estimator over the trusts one by one;
 * it cancels in the ICB's total, so the estimate is made from the totals. An ICB's total, against what England's
 * sector growth gives its trusts, r_j = ln(Σ observed_i / Σ base_i g_s^Y), has E[r_j²] ≈ σa² + H_j σe², with H_j =
 * Σ w_i² (w_i the trust's share of the ICB's base FTE), so with σT² = σa² + σe² the variance of x over England's
 * trusts (method of moments over the k ICBs):
 *
 * <pre>
 *   σa² = max(0, Σ_j (r_j² − H_j σT²) / Σ_j (1 − H_j))          ρ = σa² / σT²
 * </pre>
 *
 * On the shared files (205 trusts in 42 ICBs, June 2018 to 2024/25) σT² = 0.0161 and the ICBs' totals vary less
 * than independent trusts with England's whole spread would make them (Σ r_j² below Σ H_j σT²), so ρ = 0.
 *
 * <p>The engine does not draw a trust's growth with σT², though: its triangle matches the trusts' P10 and P90,
 * and England's trusts have fat tails (services moved between trusts), so the variance it draws, τ_i² for trust
 * i over the history, is smaller. The test that matters is then whether those independent draws spread an ICB's
 * total as widely as history spread the ICBs' totals: totalsSquare = Σ_j r_j² / k against drawnSquare =
 * Σ_j Σ_i w_i² τ_i² / k (w_i the trust's share of its ICB's base FTE). On the shared files 0.00194 against 0.00234:
 * they do, with room, so a common part would only widen bands the history does not call for (docs/backtest.md).
 */
record GrowthCorrelation(
        double rho,
        int icbs,
        int trusts,
        double commonVariance,
        double totalVariance,
        double totalsSquare,
        double drawnSquare) {
    // commonVariance is the unclipped moment estimate of σa²; rho clips it at 0

    /**
     * One trust's history: its ICB and sector, FTE at the base and observed, the growth its sector's trend gives it,
     * and the variance of ln(growth over the history) that the engine's own draw of the trust's growth gives (its
     * sector's triangle; 0 where not known).
     */
    record Growth(
            String icb, String sector, double baseFte, double observedFte, double sectorFactor, double drawnVariance) {

        /** ln(observed / base) less the sector's: x_i. */
        double residual() {
            return Math.log(observedFte / baseFte) - Math.log(sectorFactor);
        }
    }

    /** The estimate over the given trusts (at least two ICBs and two trusts are needed). */
    static GrowthCorrelation estimate(Collection<Growth> growths) {
        Map<String, List<Growth>> byIcb = new TreeMap<>();
        for (Growth g : growths)
            byIcb.computeIfAbsent(g.icb(), k -> new ArrayList<>()).add(g);
        int k = byIcb.size(), n = growths.size();
        if (k < 2 || n < 2)
            throw new IllegalArgumentException("the growth correlation needs trusts in at least two ICBs; have " + n
                    + " trusts in " + k + " ICBs");
        double mean = growths.stream().mapToDouble(Growth::residual).average().orElseThrow();
        double total = growths.stream()
                        .mapToDouble(g -> (g.residual() - mean) * (g.residual() - mean))
                        .sum()
                / (n - 1);
        double excess = 0, totalsSquare = 0, drawnSquare = 0, weight = 0;
        for (List<Growth> trusts : byIcb.values()) {
            double base = 0, observed = 0, expected = 0, herfindahl = 0, drawn = 0;
            for (Growth g : trusts) {
                base += g.baseFte();
                observed += g.observedFte();
                expected += g.baseFte() * g.sectorFactor();
            }
            for (Growth g : trusts) {
                double w = g.baseFte() / base;
                herfindahl += w * w;
                drawn += w * w * g.drawnVariance();
            }
            double r = Math.log(observed / expected);
            excess += r * r - herfindahl * total;
            totalsSquare += r * r;
            drawnSquare += drawn;
            weight += 1 - herfindahl;
        }
        // the moment estimate itself (negative when the totals vary less than independent trusts'), kept for the report
        double common = weight > 0 ? excess / weight : 0;
        double rho = total > 0 ? Math.max(0, common) / total : 0;
        return new GrowthCorrelation(rho, k, n, common, total, totalsSquare / k, drawnSquare / k);
    }
}
