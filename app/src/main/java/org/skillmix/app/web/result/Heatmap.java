package org.skillmix.app.web.result;

import java.util.List;

/**
 * A grid of one measure at one month: rows × columns, cells as [rowIndex, columnIndex, value] (the shape
 * ECharts' heatmap takes). A missing cell has no series (e.g. a capability no one demands in a place).
 */
public record Heatmap(
        String measure,
        String month,
        String rowDimension,
        String columnDimension,
        List<String> rows,
        List<String> columns,
        List<double[]> cells) {

    /** The same figures as a row × column table (null where there is no series): the page's table view. */
    public Double[][] matrix() {
        Double[][] m = new Double[rows.size()][columns.size()];
        for (double[] c : cells) m[(int) c[0]][(int) c[1]] = c[2];
        return m;
    }
}
