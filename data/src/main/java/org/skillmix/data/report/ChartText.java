package org.skillmix.data.report;

import java.time.YearMonth;
import java.util.List;
import org.skillmix.core.projection.Series;
import org.skillmix.data.export.ProjectionYear;

/** The short text under each chart: what the chart shows, for screen readers, print and a quick read. */
final class ChartText {
    /** Changes under half a percent read as "stays about level". */
    private static final double LEVEL = 0.005;

    private final Figures figures;
    private final List<YearMonth> months;

    ChartText(Figures figures, List<YearMonth> months) {
        this.figures = figures;
        this.months = months;
    }

    String fan(String name, Series demand, Series supply) {
        if (months.isEmpty()) return name + ": no months projected.";
        StringBuilder text = new StringBuilder(name).append(": ");
        text.append(course("demand", demand))
                .append("; ")
                .append(course("supply", supply))
                .append('.');
        if (demand != null && supply != null) {
            int last = months.size() - 1;
            double gap = demand.mean()[last] - supply.mean()[last];
            String when = ProjectionYear.monthLabel(months.get(last));
            if (Math.abs(gap) < 0.05) text.append(" In ").append(when).append(" supply matches demand.");
            else if (gap > 0)
                text.append(" In ")
                        .append(when)
                        .append(" demand exceeds supply by ")
                        .append(figures.fte(gap))
                        .append(" FTE.");
            else
                text.append(" In ")
                        .append(when)
                        .append(" supply exceeds demand by ")
                        .append(figures.fte(-gap))
                        .append(" FTE.");
        }
        return text.toString();
    }

    private String course(String what, Series series) {
        if (series == null) return "no " + what + " figures";
        int last = months.size() - 1;
        double start = series.mean()[0];
        double end = series.mean()[last];
        String direction;
        if (Math.abs(end - start) <= LEVEL * Math.max(Math.abs(start), 1e-9)) direction = " stays about level, from ";
        else direction = end > start ? " rises from " : " falls from ";
        String text = what + direction + figures.fte(start) + " FTE in " + ProjectionYear.monthLabel(months.get(0))
                + " to " + figures.fte(end) + " FTE in " + ProjectionYear.monthLabel(months.get(last));
        if (series.hasQuantiles()) {
            text += " (P10–P90 " + figures.fte(series.p10()[last]) + "–" + figures.fte(series.p90()[last]) + ")";
        }
        return text;
    }

    /** What the heatmap shows in one month (the script writes the same sentence when the month changes). */
    String heatmap(ReportData.Heatmap heatmap, int month) {
        double worst = Double.NEGATIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        String worstCell = null;
        String bestCell = null;
        for (int c = 0; c < heatmap.capabilities().size(); c++) {
            for (int p = 0; p < heatmap.places().size(); p++) {
                Double[] cell = heatmap.gap()[c][p];
                if (cell == null || cell[month] == null) continue;
                double v = cell[month];
                String where = heatmap.capabilities().get(c) + " in "
                        + heatmap.places().get(p);
                if (v > worst) {
                    worst = v;
                    worstCell = where;
                }
                if (v < best) {
                    best = v;
                    bestCell = where;
                }
            }
        }
        String when = ProjectionYear.monthLabel(months.get(month));
        if (worstCell == null) return "No gap figures for " + when + ".";
        StringBuilder text = new StringBuilder("In ").append(when).append(": ");
        if (worst > 0)
            text.append("the largest shortfall is ")
                    .append(figures.fte(worst))
                    .append(" FTE (")
                    .append(worstCell)
                    .append("); ");
        else text.append("no capability has a shortfall in any place; ");
        if (best < 0)
            text.append("the largest surplus is ")
                    .append(figures.fte(-best))
                    .append(" FTE (")
                    .append(bestCell)
                    .append(").");
        else text.append("no capability has a surplus in any place.");
        return text.toString();
    }
}
