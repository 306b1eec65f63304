package org.skillmix.data.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeRun;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.WeekFit;

/**
 * A small self-contained HTML page of a discharge flow calibration: the weekly observed and fitted NCTR
 * backlog, and when the ICB was split into places, a bar chart of what a care worker FTE is worth in each place
 * and the asked-for place's daily backlog with and without the extra care workers (ECharts, inlined so the file
 * works offline), then the text the command printed.
 */
public final class DischargeReport {

    /** Extra care workers in one place: the effect and the two daily runs. */
    public record ExtraStaff(PlaceEffect effect, DischargeRun baseline, DischargeRun withExtra) {}

    /**
     * The page; {@code places} and {@code extra} may be null (whole ICB only, or no extra staff asked for). Where the
     * series cannot identify capacity ({@code identified} false) the places' bars are the fit's, which rank the places
     * but are no answer to what a care worker is worth, and the page says so (issue 11, item 7).
     */
    public String html(
            String title, Calibration c, List<PlaceEffect> places, ExtraStaff extra, String text, boolean identified) {
        StringBuilder weeks = new StringBuilder("[");
        for (WeekFit w : c.weeks()) {
            if (weeks.length() > 1) weeks.append(',');
            weeks.append(String.format(
                    Locale.ROOT, "[\"%s\",%.1f,%.1f,%b]", w.weekStart(), w.observed(), w.fitted(), w.heldBack()));
        }
        weeks.append(']');
        StringBuilder page = new StringBuilder(1_200_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title))
                .append(
                        "</title>\n<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:1em auto;padding:0 1em}"
                                + "pre{background:#f4f4f4;padding:1em;overflow:auto}#fit,#places,#extra{height:420px}</style>\n</head>\n<body>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n<p>Weekly mean of patients not meeting the criteria to reside: "
                        + "published (NHS England discharge sitrep) and the flow model. Shaded: months held back from the fit.</p>\n"
                        + "<div id=\"fit\"></div>\n");
        StringBuilder placeJson = new StringBuilder("[");
        if (places != null) {
            page.append(
                    "<h2>Which place's social care staffing binds?</h2>\n<p>Bed days a year saved by one more homecare care worker "
                            + "FTE in the place, from the flow model over the held-back months: the place at the top is the binding one."
                            + (identified
                                    ? ""
                                    : " The published series cannot identify capacity, so these are the fitted capacity's figures:"
                                            + " they rank the places, but what a care worker is worth is the range (P10-P90) in the"
                                            + " text below, from the structural prior on homecare capacity.")
                            + "</p>\n<div id=\"places\"></div>\n");
            for (PlaceEffect e : places) {
                if (placeJson.length() > 1) placeJson.append(',');
                placeJson.append(String.format(
                        Locale.ROOT,
                        "[\"%s\",%.4f]",
                        jsonText(e.name() + " " + e.place()),
                        e.effect().bedDaysPerFtePerYear()));
            }
        }
        placeJson.append(']');
        StringBuilder extraJson = new StringBuilder("[");
        if (extra != null) {
            page.append("<h2>")
                    .append(Html.escape(String.format(
                            Locale.ROOT,
                            "%.1f more care workers in %s",
                            extra.effect().effect().extraFte(),
                            extra.effect().name())))
                    .append(
                            "</h2>\n<p>The place's daily NCTR backlog with and without them.</p>\n<div id=\"extra\"></div>\n");
            for (int t = 0; t < extra.baseline().days(); t++) {
                if (extraJson.length() > 1) extraJson.append(',');
                extraJson.append(String.format(
                        Locale.ROOT,
                        "[\"%s\",%.3f,%.3f]",
                        extra.baseline().date(t),
                        extra.baseline().backlog(t),
                        extra.withExtra().backlog(t)));
            }
        }
        extraJson.append(']');
        page.append("<pre>").append(Html.escape(text)).append("</pre>\n");
        page.append("<script type=\"application/json\" id=\"placeData\">")
                .append(Html.scriptSafeJson(placeJson.toString()))
                .append("</script>\n");
        page.append("<script type=\"application/json\" id=\"extraData\">")
                .append(Html.scriptSafeJson(extraJson.toString()))
                .append("</script>\n");
        page.append("<script type=\"application/json\" id=\"weeks\">")
                .append(Html.scriptSafeJson(weeks.toString()))
                .append("</script>\n");
        page.append("<script>")
                .append(Html.scriptSafeCode(resource("echarts.min.js")))
                .append("</script>\n");
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
                const places = JSON.parse(document.getElementById('placeData').textContent);
                if (places.length) echarts.init(document.getElementById('places')).setOption({
                  tooltip: {trigger: 'axis'}, grid: {left: 160},
                  xAxis: {type: 'value', name: 'bed days a year per FTE'},
                  yAxis: {type: 'category', inverse: true, data: places.map(p => p[0])},
                  series: [{type: 'bar', data: places.map(p => p[1])}]
                });
                const extra = JSON.parse(document.getElementById('extraData').textContent);
                if (extra.length) echarts.init(document.getElementById('extra')).setOption({
                  tooltip: {trigger: 'axis'}, legend: {data: ['as staffed', 'with the extra care workers']},
                  xAxis: {type: 'category', data: extra.map(d => d[0])}, yAxis: {type: 'value', name: 'NCTR patients'},
                  series: [
                    {name: 'as staffed', type: 'line', showSymbol: false, data: extra.map(d => d[1])},
                    {name: 'with the extra care workers', type: 'line', showSymbol: false, data: extra.map(d => d[2])}
                  ]
                });
                </script>
                </body>
                </html>
                """);
        return page.toString();
    }

    private static String jsonText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
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
