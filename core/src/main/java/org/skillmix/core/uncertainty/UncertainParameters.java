package org.skillmix.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every uncertain parameter of a model, in a fixed registration order. A Monte Carlo draw takes one
 * uniform number per parameter from its own stream, in that order, whether or not the parameter is
 * fixed: so adding uncertainty to one parameter never shifts the numbers another one gets, and a draw
 * depends only on the seed and its index (never on threads or scheduling).
 */
public final class UncertainParameters {
    private final List<Interval> intervals = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<ParameterGroup> groups = new ArrayList<>();

    /** Registers a parameter of an assumption group (null: not yet known) and returns its index in the value arrays. */
    public int add(String name, ParameterGroup group, Interval interval) {
        intervals.add(interval);
        names.add(name);
        groups.add(group);
        return intervals.size() - 1;
    }

    /**
     * Puts a registered parameter in its group once the rule that reads it is known (an assumption row is
     * registered before the engine resolves which rule, if any, uses it).
     */
    public void group(int index, ParameterGroup group) {
        groups.set(index, group);
    }

    /** The parameter's group, or null for a parameter nothing reads. */
    public ParameterGroup group(int index) {
        return groups.get(index);
    }

    public int size() {
        return intervals.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    public Interval interval(int index) {
        return intervals.get(index);
    }

    /** Every parameter at its mode: the deterministic run. */
    public double[] modes() {
        double[] values = new double[intervals.size()];
        for (int i = 0; i < values.length; i++) values[i] = intervals.get(i).mode();
        return values;
    }

    /** Draw number draw of the run seeded with seed. */
    public double[] sample(long seed, int draw) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, draw));
        double[] values = new double[intervals.size()];
        for (int i = 0; i < values.length; i++) values[i] = intervals.get(i).quantile(random.nextDouble());
        return values;
    }

    /** The seed of draw number draw's own stream: a SplitMix64 finaliser of seed and index. */
    public static long streamSeed(long seed, int draw) {
        long z = seed + 0x9E3779B97F4A7C15L * (draw + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
