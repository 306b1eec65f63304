package org.skillmix.core.intervention;

import org.skillmix.core.projection.Quantiles;

/** A comparison's figures over the draws: the mean, and P10, P50 and P90 (type 7 deciles). */
final class DrawFigures {
    private DrawFigures() {}

    static double mean(double[] v) {
        double t = 0;
        for (double x : v) t += x;
        return t / v.length;
    }

    static ScenarioComparison.Figure of(float[] values) {
        double t = 0;
        for (float v : values) t += v;
        return withMean(values, t / values.length);
    }

    static ScenarioComparison.Figure withMean(float[] values, double mean) {
        double[] q = new double[3];
        Quantiles.deciles(values.clone(), q);
        return new ScenarioComparison.Figure(mean, q[0], q[1], q[2]);
    }
}
