package org.skillmix.data.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Series;
import org.skillmix.data.export.ProjectionYear;

/**
 * What the report's script draws, embedded once in the page as JSON (element id "skillmix-data").
 * FTE are rounded to 0.1: finer detail is invisible on a chart and would only bloat the file.
 *
 * @param months      "YYYY-MM" of each month
 * @param monthLabels "Apr 2025" of each month
 * @param fans        demand and supply bands: the whole system first, then sectors, then capabilities
 * @param heatmap     gap by capability x place and month, or null if the projection has none
 * @param drivers     which assumptions drive the spread of each key total (empty without draws)
 * @param defaultDriver the total whose drivers the tornado chart shows first
 */
record ReportData(
        List<String> months,
        List<String> monthLabels,
        List<Fan> fans,
        Heatmap heatmap,
        List<SpreadChart> drivers,
        int defaultDriver) {

    ReportData withDrivers(List<SpreadChart> drivers, int defaultDriver) {
        return new ReportData(months, monthLabels, fans, heatmap, List.copyOf(drivers), defaultDriver);
    }

    /** @param group "system", "sector" or "capability"; code its sector or capability code ("ALL" for the system) */
    record Fan(String group, String code, String name, Band demand, Band supply) {}

    /** A series' values per month; quantiles absent for a mean-only series. Null entries are gaps in the data. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Band(Double[] mean, Double[] p10, Double[] p50, Double[] p90) {

        static Band of(Series series) {
            if (series == null) return null;
            return new Band(
                    rounded(series.mean()), rounded(series.p10()), rounded(series.p50()), rounded(series.p90()));
        }
    }

    /**
     * @param capabilities names of the rows, in dataset order
     * @param places       names of the columns, in dataset order
     * @param gap          gap[capability][place][month] in FTE; a null inner array where there is no series
     * @param limit        largest |gap| over all cells and months, so colours mean the same in every month
     * @param defaultMonth the month shown first (the last)
     */
    record Heatmap(List<String> capabilities, List<String> places, Double[][][] gap, double limit, int defaultMonth) {}

    static ReportData build(
            SeriesTotals totals,
            Names names,
            List<YearMonth> months,
            List<String> sectors,
            List<String> capabilities,
            List<String> places) {
        List<String> codes = months.stream().map(YearMonth::toString).toList();
        List<String> labels = months.stream().map(ProjectionYear::monthLabel).toList();
        List<Fan> fans = new ArrayList<>();
        fans.add(fan(totals, "system", SeriesTotals.ALL, "Whole system", SeriesTotals.ALL, SeriesTotals.ALL));
        for (String sector : sectors) {
            fans.add(fan(totals, "sector", sector, Names.sector(sector), SeriesTotals.ALL, sector));
        }
        for (String capability : capabilities) {
            fans.add(fan(totals, "capability", capability, names.capability(capability), capability, SeriesTotals.ALL));
        }
        return new ReportData(
                codes, labels, fans, heatmap(totals, names, months.size(), capabilities, places), List.of(), 0);
    }

    private static Fan fan(
            SeriesTotals totals, String group, String code, String name, String capability, String sector) {
        Series demand = totals.capability(Measure.DEMAND_FTE, capability, sector, SeriesTotals.ALL);
        Series supply = totals.capability(Measure.SUPPLY_FTE, capability, sector, SeriesTotals.ALL);
        return new Fan(group, code, name, Band.of(demand), Band.of(supply));
    }

    private static Heatmap heatmap(
            SeriesTotals totals, Names names, int months, List<String> capabilities, List<String> places) {
        if (capabilities.isEmpty() || places.isEmpty() || months == 0) return null;
        Double[][][] gap = new Double[capabilities.size()][places.size()][];
        double limit = 0;
        boolean any = false;
        for (int c = 0; c < capabilities.size(); c++) {
            for (int p = 0; p < places.size(); p++) {
                Series series =
                        totals.capability(Measure.GAP_FTE, capabilities.get(c), SeriesTotals.ALL, places.get(p));
                if (series == null) continue;
                any = true;
                gap[c][p] = rounded(series.mean());
                for (double v : series.mean()) if (Double.isFinite(v)) limit = Math.max(limit, Math.abs(v));
            }
        }
        if (!any) return null;
        return new Heatmap(
                capabilities.stream().map(names::capability).toList(),
                places.stream().map(names::place).toList(),
                gap,
                limit > 0 ? round(limit) : 1.0,
                months - 1);
    }

    static Double[] rounded(double[] values) {
        if (values == null) return null;
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isFinite(values[i]) ? round(values[i]) : null; // JSON has no NaN
        }
        return out;
    }

    private static double round(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == 0 ? 0.0 : r; // no "-0.0"
    }
}
