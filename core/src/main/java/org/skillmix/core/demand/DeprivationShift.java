package org.skillmix.core.demand;

/**
 * How a draw's deprivation elasticity moves a service's demand between places, its total held. A service's demand
 * in place p carries dep = r_p^e (r_p the place's IMD score over the reference, e the service's elasticity); a draw
 * that scales the elasticity by k (deprivation_elasticity_factor, mode 1) gives r_p^(k e), so each place's demand is
 * multiplied by
 *
 * <pre>
 *   m[s][p] = r_p^((k − 1) e_s) · R_s,     R_s = Σ_p B[s][p] / Σ_p B[s][p] · r_p^((k − 1) e_s)
 * </pre>
 *
 * with B the base year's activity of the service in each place at the given elasticity. R_s holds the service's
 * base-year total: that total is what the published activity calibrated (the importer scales utilisation to the
 * ICB's attendances, bed days or hours); the elasticity is a judgement of how it splits between places. A place
 * without an IMD score, or a service with elasticity 0, has exponent 0.
 */
public final class DeprivationShift {
    /** [service][place]: e_s · ln r_p. */
    private final double[][] exponent;
    /** [service][place]: the base year's activity (any fixed unit; only the shares matter). */
    private final double[][] weight;

    DeprivationShift(double[][] exponent, double[][] weight) {
        this.exponent = exponent;
        this.weight = weight;
    }

    /**
     * Writes m[s][p] for the factors k (per service) into out; returns false, leaving out untouched, when every k is
     * exactly 1 (no shift: the caller passes no factors, so a run without the parameter is unchanged to the bit).
     */
    public boolean fill(double[] k, double[][] out) {
        boolean any = false;
        for (double v : k) any |= v != 1.0;
        if (!any) return false;
        for (int s = 0; s < exponent.length; s++) {
            double shifted = 0, total = 0;
            for (int p = 0; p < exponent[s].length; p++) {
                out[s][p] = Math.exp((k[s] - 1) * exponent[s][p]);
                shifted += weight[s][p] * out[s][p];
                total += weight[s][p];
            }
            double hold = shifted > 0 ? total / shifted : 1;
            for (int p = 0; p < exponent[s].length; p++) out[s][p] *= hold;
        }
        return true;
    }
}
