package org.skillmix.app.web.speakup.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts to be published and the sums that tie them (a total is the sum of its parts): everything a reader
 * could combine to work out a suppressed count. Tables that share totals (concerns by organisation and by
 * month share the category totals) go into one CountTable, so they are protected together.
 */
public final class CountTable {
    private final List<Long> values = new ArrayList<>();
    private final List<List<Integer>> sums = new ArrayList<>();
    private final List<Boolean> totals = new ArrayList<>();

    /** Adds a count; returns its index. */
    public int cell(long value) {
        if (value < 0) throw new IllegalArgumentException("a count cannot be negative: " + value);
        values.add(value);
        totals.add(false);
        return values.size() - 1;
    }

    /** Declares {@code total} = the sum of {@code parts}; refuses a sum the counts do not satisfy. */
    public void sum(int total, List<Integer> parts) {
        long sum = parts.stream().mapToLong(values::get).sum();
        if (sum != values.get(total)) {
            throw new IllegalArgumentException(
                    "cell " + total + " is " + values.get(total) + " but its parts " + parts + " sum to " + sum);
        }
        List<Integer> members = new ArrayList<>(parts.size() + 1);
        members.add(total);
        members.addAll(parts);
        sums.add(Collections.unmodifiableList(members));
        totals.set(total, true);
    }

    public int size() {
        return values.size();
    }

    public long value(int cell) {
        return values.get(cell);
    }

    /** Whether the cell is the total of some sum (complementary suppression prefers the cells inside tables). */
    public boolean isTotal(int cell) {
        return totals.get(cell);
    }

    /** Each sum as [total, part, part, ...]. */
    public List<List<Integer>> sums() {
        return Collections.unmodifiableList(sums);
    }

    /** The sum of every count: no count, nor any bound a reader can reach, is above it. */
    long grandBound() {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
