package org.skillmix.app.web.speakup.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Suppression of small counts in tables with totals, checked by hand and against an exhaustive oracle. */
class CellSuppressionTest {

    /** A table of counts with its row totals, column totals and grand total. */
    static final class Grid {
        final CountTable table = new CountTable();
        final int[][] cell;
        final int[] rowTotal;
        final int[] columnTotal;
        final int grand;

        Grid(long[][] counts) {
            int rows = counts.length, cols = counts[0].length;
            cell = new int[rows][cols];
            for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) cell[r][c] = table.cell(counts[r][c]);
            rowTotal = new int[rows];
            columnTotal = new int[cols];
            long all = 0;
            for (int r = 0; r < rows; r++) {
                long sum = 0;
                List<Integer> parts = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    sum += counts[r][c];
                    parts.add(cell[r][c]);
                }
                rowTotal[r] = table.cell(sum);
                table.sum(rowTotal[r], parts);
                all += sum;
            }
            for (int c = 0; c < cols; c++) {
                long sum = 0;
                List<Integer> parts = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    sum += counts[r][c];
                    parts.add(cell[r][c]);
                }
                columnTotal[c] = table.cell(sum);
                table.sum(columnTotal[c], parts);
            }
            grand = table.cell(all);
            List<Integer> rowParts = new ArrayList<>();
            for (int t : rowTotal) rowParts.add(t);
            table.sum(grand, rowParts);
            List<Integer> colParts = new ArrayList<>();
            for (int t : columnTotal) colParts.add(t);
            table.sum(grand, colParts);
        }
    }

    @Test
    void aLoneSmallCountGetsComplementsSoTheTotalsDoNotGiveItAway() {
        // 3 | 10 | 13
        // 8 | 12 | 20
        // 11| 22 | 33
        Grid g = new Grid(new long[][] {{3, 10}, {8, 12}});
        boolean[] hidden = CellSuppression.suppress(g.table);
        // The 3 alone in its row: the 10 beside it (the row total would give it away), then the 8 below it (its
        // column), then the 12 (the 10's column and the 8's row).
        assertThat(hidden[g.cell[0][0]]).isTrue();
        assertThat(hidden[g.cell[0][1]]).isTrue();
        assertThat(hidden[g.cell[1][0]]).isTrue();
        assertThat(hidden[g.cell[1][1]]).isTrue();
        for (int t : new int[] {g.rowTotal[0], g.rowTotal[1], g.columnTotal[0], g.columnTotal[1], g.grand})
            assertThat(hidden[t]).as("totals of 5 or more stay published").isFalse();
        // The 3 can move round the cycle 3, 10, 12, 8: down by min(3, 12), up by min(10, 8): 0 to 11.
        assertThat(CellSuppression.range(g.table, hidden, g.cell[0][0])).isEqualTo(new CellSuppression.Range(0, 11));
    }

    @Test
    void aSmallTotalIsSuppressedAndSoIsWhatWouldRevealIt() {
        // A row of 1 + 2 = 3: all three are small; the columns' other cells protect them.
        Grid g = new Grid(new long[][] {{1, 2}, {9, 7}, {6, 8}});
        boolean[] hidden = CellSuppression.suppress(g.table);
        assertThat(hidden[g.rowTotal[0]]).isTrue();
        assertThat(hidden[g.cell[0][0]]).isTrue();
        assertThat(hidden[g.cell[0][1]]).isTrue();
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 2; c++) {
                if (g.table.value(g.cell[r][c]) < 5) {
                    assertThat(CellSuppression.range(g.table, hidden, g.cell[r][c])
                                    .width())
                            .isGreaterThanOrEqualTo(CellSuppression.PROTECTION);
                }
            }
        assertNoSumHasOneHidden(g.table, hidden);
    }

    @Test
    void noSmallCountsNothingSuppressedAndZerosArePublished() {
        Grid g = new Grid(new long[][] {{0, 10}, {7, 0}});
        boolean[] hidden = CellSuppression.suppress(g.table);
        for (boolean h : hidden) assertThat(h).isFalse();
    }

    /**
     * Why the audit: two suppressed cycles joined by one cell satisfy the line rule (no line has one suppressed
     * cell) yet give the joining cell away exactly, as the sums over the first cycle's rows and columns differ by it.
     */
    @Test
    void theLineRuleAloneCanLeaveACellExactAndTheAuditCatchesIt() {
        long[][] counts = {
            {6, 7, 9, 9},
            {8, 6, 2, 9},
            {9, 9, 8, 6},
            {9, 9, 7, 8}
        };
        Grid g = new Grid(counts);
        boolean[] pattern = new boolean[g.table.size()];
        for (int[] rc : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 2}, {3, 3}})
            pattern[g.cell[rc[0]][rc[1]]] = true;
        assertNoSumHasOneHidden(g.table, pattern);
        assertThat(CellSuppression.range(g.table, pattern, g.cell[1][2])).isEqualTo(new CellSuppression.Range(2, 2));

        boolean[] hidden = CellSuppression.suppress(g.table);
        assertThat(CellSuppression.range(g.table, hidden, g.cell[1][2]).width())
                .isGreaterThanOrEqualTo(CellSuppression.PROTECTION);
    }

    @Test
    void aSumThatDoesNotAddUpIsRefused() {
        CountTable t = new CountTable();
        int a = t.cell(2), b = t.cell(3), total = t.cell(6);
        assertThatThrownBy(() -> t.sum(total, List.of(a, b))).hasMessageContaining("sum to 5");
        assertThatThrownBy(() -> t.cell(-1)).hasMessageContaining("negative");
    }

    /**
     * Seeded random small tables: every suppressed small count's range, found by trying every table of whole
     * counts that agrees with what is published, equals the audit's, and is at least PROTECTION wide.
     */
    @Test
    void rangesMatchAnExhaustiveSearchOnRandomSmallTables() {
        Random random = new Random(20260415);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            int rows = 2 + random.nextInt(2), cols = 2 + random.nextInt(2);
            long[][] counts = new long[rows][cols];
            for (long[] row : counts)
                for (int c = 0; c < cols; c++) row[c] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(7);
            Grid g = new Grid(counts);
            boolean[] hidden = CellSuppression.suppress(g.table);
            assertNoSumHasOneHidden(g.table, hidden);
            long[][] oracle = exhaustiveRanges(g, counts, hidden);
            if (oracle == null) continue; // too many tables to try
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    int cell = g.cell[r][c];
                    if (!hidden[cell]) continue;
                    CellSuppression.Range range = CellSuppression.range(g.table, hidden, cell);
                    assertThat(range)
                            .as("trial %d, cell %d,%d", trial, r, c)
                            .isEqualTo(new CellSuppression.Range(oracle[cell][0], oracle[cell][1]));
                    if (counts[r][c] > 0 && counts[r][c] < CellSuppression.THRESHOLD) {
                        assertThat(range.width()).isGreaterThanOrEqualTo(CellSuppression.PROTECTION);
                        checked++;
                    }
                }
        }
        assertThat(checked).as("small counts checked against the oracle").isGreaterThan(40);
    }

    /**
     * Every assignment of the suppressed inner cells that agrees with the published totals (suppressed totals are
     * free), each cell from 0 to the grand total when that is published; null if the grand total is suppressed or
     * there are too many to try.
     */
    private static long[][] exhaustiveRanges(Grid g, long[][] counts, boolean[] hidden) {
        if (hidden[g.grand]) return null;
        long grand = g.table.value(g.grand);
        List<int[]> free = new ArrayList<>();
        for (int r = 0; r < counts.length; r++)
            for (int c = 0; c < counts[0].length; c++) if (hidden[g.cell[r][c]]) free.add(new int[] {r, c});
        if (Math.pow(grand + 1, free.size()) > 1e6) return null;
        long[][] range = new long[g.table.size()][];
        long[][] trial = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) trial[r] = counts[r].clone();
        search(g, hidden, free, 0, grand, trial, range);
        return range;
    }

    private static void search(
            Grid g, boolean[] hidden, List<int[]> free, int k, long grand, long[][] trial, long[][] range) {
        if (k == free.size()) {
            if (!agrees(g, hidden, trial)) return;
            for (int[] rc : free) {
                int cell = g.cell[rc[0]][rc[1]];
                long v = trial[rc[0]][rc[1]];
                if (range[cell] == null) range[cell] = new long[] {v, v};
                else range[cell] = new long[] {Math.min(range[cell][0], v), Math.max(range[cell][1], v)};
            }
            return;
        }
        int[] rc = free.get(k);
        for (long v = 0; v <= grand; v++) {
            trial[rc[0]][rc[1]] = v;
            search(g, hidden, free, k + 1, grand, trial, range);
        }
    }

    private static boolean agrees(Grid g, boolean[] hidden, long[][] trial) {
        long all = 0;
        for (int r = 0; r < trial.length; r++) {
            long sum = 0;
            for (long v : trial[r]) sum += v;
            all += sum;
            if (!hidden[g.rowTotal[r]] && sum != g.table.value(g.rowTotal[r])) return false;
        }
        for (int c = 0; c < trial[0].length; c++) {
            long sum = 0;
            for (long[] row : trial) sum += row[c];
            if (!hidden[g.columnTotal[c]] && sum != g.table.value(g.columnTotal[c])) return false;
        }
        return all == g.table.value(g.grand);
    }

    static void assertNoSumHasOneHidden(CountTable table, boolean[] hidden) {
        for (List<Integer> sum : table.sums()) {
            assertThat(sum.stream().filter(c -> hidden[c]).count())
                    .as("suppressed members of sum %s", sum)
                    .isNotEqualTo(1L);
        }
    }
}
