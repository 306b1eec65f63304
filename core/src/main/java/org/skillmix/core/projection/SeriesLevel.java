package org.skillmix.core.projection;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.skillmix.core.measure.Measure;

/**
 * A set of series at one combination of dimensions ({@link SeriesLayout}): which finer figures each of its
 * series sums, in an order fixed once so every run adds them the same way.
 */
final class SeriesLevel {
    final String name;
    final boolean capability;
    /** -1: summed from the finest vector; else the index of a finer level. */
    final int source;

    final int[] map;
    final int size;
    final Measure[] measures;
    /** keys[m][j]. */
    final SeriesKey[][] keys;
    /** Source indices grouped by target: members of target j are order[start[j] .. start[j + 1]). */
    final int[] order;

    final int[] start;
    /** Summed from the finest vector with one member per target in order: a copy, so children read the finest vector. */
    final boolean identity;
    /** Consecutive members mostly go to different targets: scattered adds have no dependency chain. */
    final boolean scatter;

    SeriesLevel(
            String name, boolean capability, int source, int[] map, int size, IntFunction<SeriesKey[]> keysOfMeasure) {
        this.name = name;
        this.capability = capability;
        this.source = source;
        this.map = map;
        this.size = size;
        this.measures = capability ? SeriesLayout.CAPABILITY_MEASURES : SeriesLayout.ROLE_MEASURES;
        this.keys = new SeriesKey[measures.length][];
        for (int m = 0; m < measures.length; m++) keys[m] = keysOfMeasure.apply(m);
        start = new int[size + 1];
        for (int target : map) start[target + 1]++;
        for (int j = 0; j < size; j++) start[j + 1] += start[j];
        order = new int[map.length];
        int[] fill = Arrays.copyOf(start, size);
        for (int i = 0; i < map.length; i++) order[fill[map[i]]++] = i;
        boolean same = source < 0 && map.length == size;
        for (int i = 0; same && i < map.length; i++) same = map[i] == i;
        identity = same;
        int repeats = 0;
        for (int i = 1; i < map.length; i++) if (map[i] == map[i - 1]) repeats++;
        // few members per target, visited in an order that alternates targets: scattered adds; else
        // gather each target's members into registers
        scatter = repeats * 2 < map.length && map.length < 8L * size;
    }

    int summedMeasures() {
        return capability ? SeriesLayout.CAPABILITY_SUMMED : measures.length;
    }
}
