package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlan.Measure;
import org.skillmix.core.winter.WinterRow;

/**
 * The winter plan's page (winter-plan.html): total demand against supply week by week, and where and when
 * the shortfalls fall, as two heatmaps (week x service, week x place), with a table of the weekly totals.
 * Self-contained (ECharts inlined) so it can be mailed to partners.
 */
public final class WinterReport {

    public String html(
            String title,
            WinterPlan plan,
            Map<String, String> serviceNames,
            Map<String, String> placeNames,
            String text) {
        int weeks = plan.weeks();
        StringBuilder weekLabels = new StringBuilder("[");
        StringBuilder totals = new StringBuilder("[");
        for (int w = 1; w <= weeks; w++) {
            if (w > 1) {
                weekLabels.append(',');
                totals.append(',');
            }
            weekLabels
                    .append("\"W")
                    .append(w)
                    .append(' ')
                    .append(plan.weekStart(w))
                    .append('"');
            totals.append(String.format(
                    Locale.ROOT,
                    "[%.2f,%.2f,%.2f,%.2f]",
                    plan.total(w, Measure.BASELINE_DEMAND),
                    plan.total(w, Measure.DEMAND),
                    plan.total(w, Measure.SUPPLY),
                    plan.total(w, Measure.SHORTFALL)));
        }
        weekLabels.append(']');
        totals.append(']');
        String json = "{\"weeks\":" + weekLabels + ",\"totals\":" + totals
                + ",\"byService\":" + heat(plan, WinterRow::serviceCode, serviceNames)
                + ",\"byPlace\":" + heat(plan, WinterRow::placeCode, placeNames) + "}";

        StringBuilder page = new StringBuilder(1_200_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title))
                .append(
                        "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:1em auto;padding:0 1em}"
                                + "pre{background:#f4f4f4;padding:1em;overflow:auto}.chart{height:420px}table{border-collapse:collapse}"
                                + "td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n")
                .append(
                        "<p>Demand (with the surge) against the staff time the projection gives, week by week, in FTE. The dashed line is "
                                + "demand without the surge.</p>\n<div id=\"totals\" class=\"chart\"></div>\n")
                .append(
                        "<h2>Where and when the shortfalls fall</h2>\n<p>Shortfall in FTE (demand a service's own staff cannot meet), "
                                + "summed over organisations, capabilities and places.</p>\n<div id=\"services\" class=\"chart\"></div>\n")
                .append("<p>The same by place.</p>\n<div id=\"places\" class=\"chart\"></div>\n");
        page.append(
                "<h2>Weekly totals</h2>\n<table>\n<tr><th>week</th><th>starts</th><th>baseline demand</th><th>demand</th>"
                        + "<th>supply</th><th>shortfall</th></tr>\n");
        for (int w = 1; w <= weeks; w++) {
            page.append(String.format(
                    Locale.ROOT,
                    "<tr><td>%d</td><td>%s</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>%n",
                    w,
                    plan.weekStart(w),
                    plan.total(w, Measure.BASELINE_DEMAND),
                    plan.total(w, Measure.DEMAND),
                    plan.total(w, Measure.SUPPLY),
                    plan.total(w, Measure.SHORTFALL)));
        }
        page.append("</table>\n<pre>").append(Html.escape(text)).append("</pre>\n");
        page.append("<script type=\"application/json\" id=\"data\">")
                .append(Html.scriptSafeJson(json))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n");
        page.append("""
                <script>
                const data = JSON.parse(document.getElementById('data').textContent);
                echarts.init(document.getElementById('totals')).setOption({
                  tooltip: {trigger: 'axis'}, legend: {data: ['demand', 'baseline demand', 'supply', 'shortfall']},
                  xAxis: {type: 'category', data: data.weeks}, yAxis: {type: 'value', name: 'FTE'},
                  series: [
                    {name: 'demand', type: 'line', data: data.totals.map(t => t[1])},
                    {name: 'baseline demand', type: 'line', lineStyle: {type: 'dashed'}, data: data.totals.map(t => t[0])},
                    {name: 'supply', type: 'line', data: data.totals.map(t => t[2])},
                    {name: 'shortfall', type: 'bar', data: data.totals.map(t => t[3])}
                  ]
                });
                function heat(id, h) {
                  const max = Math.max(1, ...h.cells.map(c => c[2]));
                  echarts.init(document.getElementById(id)).setOption({
                    tooltip: {formatter: p => h.names[p.value[1]] + ', ' + data.weeks[p.value[0]] + ': ' + p.value[2].toFixed(1) + ' FTE short'},
                    grid: {left: 220, bottom: 90},
                    xAxis: {type: 'category', data: data.weeks, axisLabel: {rotate: 45}},
                    yAxis: {type: 'category', data: h.names},
                    visualMap: {min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
                                inRange: {color: ['#fff5f0', '#fb6a4a', '#67000d']}},
                    series: [{type: 'heatmap', data: h.cells, label: {show: h.names.length * data.weeks.length <= 200,
                              formatter: p => p.value[2] >= 0.05 ? p.value[2].toFixed(1) : ''}}]
                  });
                }
                heat('services', data.byService);
                heat('places', data.byPlace);
                </script>
                </body>
                </html>
                """);
        return page.toString();
    }

    /** {"names": [...], "cells": [[week index, row index, shortfall], ...]}. */
    private static String heat(WinterPlan plan, Function<WinterRow, String> key, Map<String, String> names) {
        TreeSet<String> codes = new TreeSet<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (WinterRow r : plan.rows()) {
            String code = key.apply(r);
            codes.add(code);
            sums.computeIfAbsent(code, c -> new double[plan.weeks()])[r.week() - 1] += r.shortfallFte();
        }
        List<String> ordered = List.copyOf(codes);
        StringBuilder out = new StringBuilder("{\"names\":[");
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0) out.append(',');
            out.append('"')
                    .append(jsonText(names.getOrDefault(ordered.get(i), ordered.get(i))))
                    .append('"');
        }
        out.append("],\"cells\":[");
        boolean first = true;
        for (int i = 0; i < ordered.size(); i++) {
            double[] byWeek = sums.get(ordered.get(i));
            for (int w = 0; w < byWeek.length; w++) {
                if (!first) out.append(',');
                first = false;
                out.append(String.format(Locale.ROOT, "[%d,%d,%.2f]", w, i, byWeek[w]));
            }
        }
        return out.append("]}").toString();
    }

    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String resource(String name) {
        try (InputStream in = WinterReport.class.getResourceAsStream("/org/skillmix/data/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
