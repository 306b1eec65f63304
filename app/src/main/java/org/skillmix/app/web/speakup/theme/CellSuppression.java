package org.skillmix.app.web.speakup.theme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Small-number suppression with complementary suppression, audited (docs/speak-up.md, "Themes").
 *
 * <ol>
 *   <li>Primary: every count from 1 to {@link #THRESHOLD} − 1 is suppressed.
 *   <li>Complementary: no sum may have exactly one suppressed member, or it is the total minus the others; the
 *       smallest non-zero count inside the table (not a total) is suppressed beside it.
 *   <li>Audit: for each primary cell, the least and greatest whole counts consistent with every published figure
 *       and every sum are found by linear programming (ojAlgo), exact for these tables (see bound), or integer
 *       programming where it is not. If they are less than {@link #PROTECTION} apart,
 *       a reader can narrow the count too far: another count in a sum with it is suppressed and the audit runs
 *       again. It ends, since each round suppresses more and a fully suppressed table is protected.
 * </ol>
 *
 * The line rule alone is not enough: a reader combining several sums can sometimes solve for a cell that no single
 * sum gives away, which is why the audit solves the whole system of sums, across every table in the CountTable.
 */
public final class CellSuppression {
    /** Counts of 1 to 4 are suppressed: the NHS's usual rule for counts that could identify people. */
    public static final int THRESHOLD = 5;
    /** A suppressed small count must stay uncertain over at least this many values (e.g. 0 to 5). */
    public static final int PROTECTION = 5;

    private CellSuppression() {}

    /** The least and greatest value a reader can deduce for a suppressed cell. */
    public record Range(long low, long high) {
        public long width() {
            return high - low;
        }
    }

    /** Which cells to suppress; the result protects every count from 1 to THRESHOLD − 1. */
    public static boolean[] suppress(CountTable table) {
        boolean[] hidden = new boolean[table.size()];
        boolean[] primary = new boolean[table.size()];
        for (int i = 0; i < table.size(); i++) {
            long v = table.value(i);
            primary[i] = hidden[i] = v > 0 && v < THRESHOLD;
        }
        // More suppression only widens a range (fewer published figures, fewer constraints), so a cell found
        // protected stays protected: each round audits only the cells not yet found so.
        boolean[] safe = new boolean[table.size()];
        while (true) {
            lineRule(table, hidden);
            List<Integer> exposed = new ArrayList<>();
            for (int i = 0; i < table.size(); i++) {
                if (!primary[i] || safe[i]) continue;
                if (isProtected(table, hidden, i)) safe[i] = true;
                else exposed.add(i);
            }
            if (exposed.isEmpty()) return hidden;
            for (int cell : exposed) {
                Optional<Integer> next = complement(table, hidden, sumsWith(table, cell));
                if (next.isEmpty()) next = complement(table, hidden, List.of(allCells(table)));
                next.ifPresent(c -> hidden[c] = true);
            }
        }
    }

    /**
     * Whether the suppressed cell's range is at least PROTECTION wide. The greatest value is found first: the least is
     * at most the cell's own value, so if the greatest is PROTECTION above that, the least need not be found.
     */
    static boolean isProtected(CountTable table, boolean[] hidden, int cell) {
        long high = Math.round(bound(table, hidden, cell, true));
        if (high - table.value(cell) >= PROTECTION) return true;
        long low = Math.round(bound(table, hidden, cell, false));
        return high - low >= PROTECTION;
    }

    /** Until no sum has exactly one suppressed member: one alone is its total minus the rest. */
    static void lineRule(CountTable table, boolean[] hidden) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> sum : table.sums()) {
                long count = sum.stream().filter(c -> hidden[c]).count();
                if (count != 1) continue;
                Optional<Integer> next = complement(table, hidden, List.of(sum));
                if (next.isPresent()) {
                    hidden[next.get()] = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * The cell's range over every table of whole, non-negative counts that agrees with the published cells and
     * satisfies every sum. A published cell's range is its value.
     */
    public static Range range(CountTable table, boolean[] hidden, int cell) {
        if (!hidden[cell]) return new Range(table.value(cell), table.value(cell));
        return new Range(Math.round(bound(table, hidden, cell, false)), Math.round(bound(table, hidden, cell, true)));
    }

    /**
     * The least or greatest whole value of the cell. The linear programme is solved first: tables whose sums form a
     * network (rows, columns, nested subtotals, as here) have whole-numbered corners, and when its best point is
     * whole it is the whole-number answer too. Otherwise the integer programme decides.
     */
    private static double bound(CountTable table, boolean[] hidden, int cell, boolean greatest) {
        Optimisation.Result relaxed = solve(table, hidden, cell, greatest, false);
        for (int i = 0; i < relaxed.size(); i++) {
            double v = relaxed.doubleValue(i);
            if (Math.abs(v - Math.rint(v)) > 1e-6)
                return solve(table, hidden, cell, greatest, true).getValue();
        }
        return relaxed.getValue();
    }

    private static Optimisation.Result solve(
            CountTable table, boolean[] hidden, int cell, boolean greatest, boolean integer) {
        // No reader's bound exceeds the sum of all counts plus the protection: at that cap the range is wide enough.
        long cap = table.grandBound() + PROTECTION + 1;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[table.size()];
        for (int i = 0; i < table.size(); i++) {
            if (hidden[i]) x[i] = model.addVariable("x" + i).lower(0).upper(cap).integer(integer);
        }
        int n = 0;
        for (List<Integer> sum : table.sums()) {
            if (sum.stream().noneMatch(c -> hidden[c])) continue;
            // total − Σ parts = 0, the published members moved to the right-hand side.
            Expression e = model.addExpression("sum" + n++);
            long rhs = 0;
            for (int k = 0; k < sum.size(); k++) {
                int c = sum.get(k);
                int sign = k == 0 ? 1 : -1;
                if (hidden[c]) e.set(x[c], sign);
                else rhs -= sign * table.value(c);
            }
            e.level(BigDecimal.valueOf(rhs));
        }
        x[cell].weight(1);
        Optimisation.Result result = greatest ? model.maximise() : model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the published counts admit no table: " + result.getState());
        }
        return result;
    }

    /**
     * The cell to suppress next among the unsuppressed members of these sums: inside the table before a total, a
     * non-zero count before a zero (a zero cannot move down, so it protects little), then the smallest.
     */
    private static Optional<Integer> complement(CountTable table, boolean[] hidden, List<List<Integer>> sums) {
        return sums.stream()
                .flatMap(List::stream)
                .distinct()
                .filter(c -> !hidden[c])
                .min(Comparator.<Integer, Boolean>comparing(table::isTotal)
                        .thenComparing(c -> table.value(c) == 0)
                        .thenComparing(table::value)
                        .thenComparing(c -> c));
    }

    private static List<List<Integer>> sumsWith(CountTable table, int cell) {
        return table.sums().stream().filter(s -> s.contains(cell)).toList();
    }

    private static List<Integer> allCells(CountTable table) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) all.add(i);
        return all;
    }
}
