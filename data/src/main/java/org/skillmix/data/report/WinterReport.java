package org.skillmix.data.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlan.Measure;
import org.skillmix.core.winter.WinterRow;

/**
 * The winter plan's page (winter-plan.html, template {@code winter.html}): total demand against supply week by
 * week, and where and when the shortfalls fall, as two heatmaps (week x service, week x place), with a table of
 * the weekly totals. Self-contained (ECharts inlined) so it can be mailed to partners.
 */
public final class WinterReport {

    /** A row of the weekly totals table: the week, the day it starts and its totals in FTE, one decimal. */
    public record WeekRow(
            int week, String starts, String baselineDemand, String demand, String supply, String shortfall) {}

    /** A heatmap: its rows' names and cells [week index, row index, shortfall FTE]. */
    record Heat(List<String> names, List<List<Number>> cells) {}

    /** The charts' data: week labels, each week's [baseline demand, demand, supply, shortfall], the two heatmaps. */
    record Data(List<String> weeks, List<List<BigDecimal>> totals, Heat byService, Heat byPlace) {}

    /**
     * Renders an empty season's page on a background thread, so that the command's real render finds Thymeleaf,
     * Jackson and the template loaded while it projects (docs/performance.md, "Fixed costs of a run").
     */
    public static void warmUpInBackground() {
        WarmUp.inBackground("winter-page-warm-up", WinterReport::warmUpPage);
    }

    /** The warm-up's page: a season of no weeks. */
    static String warmUpPage() {
        return new WinterReport()
                .html("", new WinterPlan(LocalDate.EPOCH, 0, List.of(), Baseline.FUNDED_PLAN), Map.of(), Map.of(), "");
    }

    public String html(
            String title,
            WinterPlan plan,
            Map<String, String> serviceNames,
            Map<String, String> placeNames,
            String text) {
        List<String> labels = new ArrayList<>();
        List<List<BigDecimal>> totals = new ArrayList<>();
        List<WeekRow> rows = new ArrayList<>();
        for (int w = 1; w <= plan.weeks(); w++) {
            double[] t = {
                plan.total(w, Measure.BASELINE_DEMAND),
                plan.total(w, Measure.DEMAND),
                plan.total(w, Measure.SUPPLY),
                plan.total(w, Measure.SHORTFALL)
            };
            labels.add("W" + w + " " + EnglandTime.shortDay(plan.weekStart(w)));
            totals.add(
                    Arrays.stream(t).mapToObj(x -> ChartFigures.rounded(x, 2)).toList());
            rows.add(new WeekRow(
                    w,
                    EnglandTime.day(plan.weekStart(w)),
                    oneDecimal(t[0]),
                    oneDecimal(t[1]),
                    oneDecimal(t[2]),
                    oneDecimal(t[3])));
        }
        Data data = new Data(
                labels,
                totals,
                heat(plan, WinterRow::serviceCode, serviceNames),
                heat(plan, WinterRow::placeCode, placeNames));

        Map<String, Object> v = new HashMap<>();
        v.put("title", title);
        v.put("weeks", rows);
        v.put("text", text);
        v.put("data", ChartFigures.json(data));
        v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
        v.put("winterJs", Html.scriptSafeCode(Templates.resource("winter.js")));
        return Templates.render("winter", v);
    }

    /** The shortfall by week of each service or place (by code, named where a name is known). */
    private static Heat heat(WinterPlan plan, Function<WinterRow, String> key, Map<String, String> names) {
        Map<String, double[]> sums = new TreeMap<>();
        for (WinterRow r : plan.rows()) {
            sums.computeIfAbsent(key.apply(r), c -> new double[plan.weeks()])[r.week() - 1] += r.shortfallFte();
        }
        List<String> rowNames = new ArrayList<>();
        List<List<Number>> cells = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            int i = rowNames.size();
            rowNames.add(names.getOrDefault(e.getKey(), e.getKey()));
            double[] byWeek = e.getValue();
            for (int w = 0; w < byWeek.length; w++) cells.add(Arrays.asList(w, i, ChartFigures.rounded(byWeek[w], 2)));
        }
        return new Heat(rowNames, cells);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
