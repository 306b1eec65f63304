package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.WeekFit;

/**
 * A small self-contained HTML page of a discharge flow calibration: the weekly observed and fitted NCTR
 * backlog (ECharts, inlined so the file works offline) and the text the command printed.
 */
public final class DischargeReport {

    public String html(String title, Calibration c, String text) {
        StringBuilder weeks = new StringBuilder("[");
        for (WeekFit w : c.weeks()) {
            if (weeks.length() > 1) weeks.append(',');
            weeks.append(String.format(Locale.ROOT, "[\"%s\",%.1f,%.1f,%b]", w.weekStart(), w.observed(), w.fitted(), w.heldBack()));
        }
        weeks.append(']');
        StringBuilder page = new StringBuilder(1_200_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title))
                .append("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:1em auto;padding:0 1em}"
                        + "pre{background:#f4f4f4;padding:1em;overflow:auto}#fit{height:420px}</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n<p>Weekly mean of patients not meeting the criteria to reside: "
                        + "published (NHS England discharge sitrep) and the flow model. Shaded: months held back from the fit.</p>\n"
                        + "<div id=\"fit\"></div>\n<pre>").append(Html.escape(text)).append("</pre>\n");
        page.append("<script type=\"application/json\" id=\"weeks\">").append(Html.scriptSafeJson(weeks.toString())).append("</script>\n");
        page.append("<script>").append(Html.scriptSafeCode(resource("echarts.min.js"))).append("</script>\n");
        page.append("""
                <script>
                const weeks = JSON.parse(document.getElementById('weeks').textContent);
                const firstHeld = weeks.find(w => w[3]);
                const chart = echarts.init(document.getElementById('fit'));
                chart.setOption({
                  tooltip: {trigger: 'axis'}, legend: {data: ['published', 'model']},
                  xAxis: {type: 'category', data: weeks.map(w => w[0])}, yAxis: {type: 'value', name: 'NCTR patients'},
                  series: [
                    {name: 'published', type: 'line', showSymbol: false, data: weeks.map(w => w[1])},
                    {name: 'model', type: 'line', showSymbol: false, data: weeks.map(w => w[2]),
                     markArea: firstHeld ? {itemStyle: {color: 'rgba(120,120,120,0.12)'},
                       data: [[{xAxis: firstHeld[0]}, {xAxis: weeks[weeks.length - 1][0]}]]} : undefined}
                  ]
                });
                </script>
                </body>
                </html>
                """);
        return page.toString();
    }

    private static String resource(String name) {
        try (InputStream in = DischargeReport.class.getResourceAsStream("/org/skillmix/data/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
