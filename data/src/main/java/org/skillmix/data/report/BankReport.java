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
import org.skillmix.core.bank.BankPlan;

/**
 * The collaborative bank's page (bank.html): spend with the cap against without it, and the fill rate by
 * organisation and week as a heatmap. Self-contained (ECharts inlined).
 */
public final class BankReport {

    public String html(String title, BankPlan plan, String text) {
        TreeSet<Integer> weeks = new TreeSet<>();
        Map<String, Map<Integer, double[]>> byOrg = new TreeMap<>();
        for (BankPlan.Cover c : plan.covers()) {
            weeks.add(c.shift().week());
            double[] v = byOrg.computeIfAbsent(c.shift().orgCode(), o -> new TreeMap<>())
                    .computeIfAbsent(c.shift().week(), w -> new double[2]);
            v[0] += c.shift().hours();
            v[1] += c.bankHours();
        }
        List<Integer> weekList = List.copyOf(weeks);
        List<String> orgs = List.copyOf(byOrg.keySet());
        StringBuilder cells = new StringBuilder("[");
        for (int o = 0; o < orgs.size(); o++) {
            for (Map.Entry<Integer, double[]> e : byOrg.get(orgs.get(o)).entrySet()) {
                if (cells.length() > 1) cells.append(',');
                cells.append(String.format(
                        Locale.ROOT,
                        "[%d,%d,%.1f]",
                        weekList.indexOf(e.getKey()),
                        o,
                        100 * e.getValue()[1] / e.getValue()[0]));
            }
        }
        cells.append(']');
        StringBuilder json = new StringBuilder("{\"weeks\":")
                .append(weekList.stream().map(w -> "\"W" + w + "\"").toList())
                .append(",\"orgs\":[");
        for (int o = 0; o < orgs.size(); o++)
            json.append(o > 0 ? "," : "")
                    .append('"')
                    .append(orgs.get(o).replace("\"", ""))
                    .append('"');
        json.append("],\"cells\":")
                .append(cells)
                .append(String.format(
                        Locale.ROOT, ",\"spend\":[%.0f,%.0f]}", plan.spendCapped(), plan.spendUncapped()));

        StringBuilder page = new StringBuilder(1_200_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title))
                .append(
                        "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:1em auto;padding:0 1em}"
                                + "pre{background:#f4f4f4;padding:1em;overflow:auto}.chart{height:380px}</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<pre>")
                .append(Html.escape(text))
                .append("</pre>\n")
                .append("<h2>Spend for the same cover</h2>\n<div id=\"spend\" class=\"chart\"></div>\n")
                .append(
                        "<h2>Fill rate by organisation and week</h2>\n<p>Share of the hours an organisation posted that the bank "
                                + "covered (the rest went to agency), %.</p>\n<div id=\"fill\" class=\"chart\"></div>\n");
        page.append("<script type=\"application/json\" id=\"data\">")
                .append(Html.scriptSafeJson(json.toString()))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n");
        page.append("""
                <script>
                const data = JSON.parse(document.getElementById('data').textContent);
                echarts.init(document.getElementById('spend')).setOption({
                  tooltip: {}, xAxis: {type: 'category', data: ['with the cap', 'without the cap']}, yAxis: {type: 'value', name: 'GBP'},
                  series: [{type: 'bar', data: data.spend, label: {show: true, position: 'top'}}]
                });
                echarts.init(document.getElementById('fill')).setOption({
                  tooltip: {formatter: p => data.orgs[p.value[1]] + ', ' + data.weeks[p.value[0]] + ': ' + p.value[2] + '% filled'},
                  grid: {left: 100, bottom: 80},
                  xAxis: {type: 'category', data: data.weeks}, yAxis: {type: 'category', data: data.orgs},
                  visualMap: {min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
                              inRange: {color: ['#b2182b', '#fddbc7', '#2166ac']}},
                  series: [{type: 'heatmap', data: data.cells, label: {show: true}}]
                });
                </script>
                </body>
                </html>
                """);
        return page.toString();
    }

    private static String resource(String name) {
        try (InputStream in = BankReport.class.getResourceAsStream("/org/skillmix/data/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
