package org.skillmix.app.web.result;

import java.util.List;

/**
 * A grid of one measure at one month: rows × columns, cells as [rowIndex, columnIndex, value] (the shape
 * ECharts' heatmap takes). A missing cell has no series (e.g. a capability no one demands in a place); a
 * suppressed cell (small-number suppression for this reader) is listed as [rowIndex, columnIndex] instead.
 */
public record Heatmap(
        String measure,
        String month,
        String rowDimension,
        String columnDimension,
        List<String> rows,
        List<String> columns,
        List<double[]> cells,
        List<int[]> suppressed) {

    /**
     * The same figures as a row × column table of text, as the page's table view shows them: one decimal, blank
     * where there is no series, [c] where the figure is suppressed.
     */
    public String[][] matrix() {
        String[][] m = new String[rows.size()][columns.size()];
        for (double[] c : cells) m[(int) c[0]][(int) c[1]] = String.format(java.util.Locale.UK, "%,.1f", c[2]);
        for (int[] c : suppressed) m[c[0]][c[1]] = VisibleResults.MARK;
        return m;
    }
}
