package org.skillmix.data.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.discharge.Calibration;
import org.skillmix.core.discharge.DischargeRun;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.discharge.WeekFit;

/**
 * A small self-contained HTML page of a discharge flow calibration (template {@code discharge.html}): the weekly
 * observed and fitted NCTR backlog, and when the ICB was split into places, a bar chart of what a care worker FTE
 * is worth in each place and the asked-for place's daily backlog with and without the extra care workers (ECharts,
 * inlined so the file works offline), then the text the command printed.
 */
public final class DischargeReport {

    /** Extra care workers in one place: the effect and the two daily runs. */
    public record ExtraStaff(PlaceEffect effect, DischargeRun baseline, DischargeRun withExtra) {}

    /**
     * Renders a page of no weeks on a background thread, so that the command's real render finds Thymeleaf, Jackson
     * and the template loaded while it reads and fits the series (docs/performance.md, "Fixed costs of a run").
     */
    public static void warmUpInBackground() {
        WarmUp.inBackground("discharge-page-warm-up", DischargeReport::warmUpPage);
    }

    /** The warm-up's page: a calibration of no weeks, for the whole ICB. */
    static String warmUpPage() {
        LocalDate day = LocalDate.EPOCH;
        Calibration none = new Calibration("", 1, 1, new double[7], 1, day, day, day, 0, 0, 0, List.of());
        return new DischargeReport().html("", none, null, null, "", true);
    }

    /**
     * The page; {@code places} and {@code extra} may be null (whole ICB only, or no extra staff asked for). Where the
     * series cannot identify capacity ({@code identified} false) the places' bars are the fit's, which rank the places
     * but are no answer to what a care worker is worth, and the page says so (issue 11, item 7).
     */
    public String html(
            String title, Calibration c, List<PlaceEffect> places, ExtraStaff extra, String text, boolean identified) {
        // each chart's data: rows of [week start, published, model, held back], [place, bed days a year per FTE]
        // and [day, backlog as staffed, backlog with the extra care workers]
        List<List<Object>> weeks = new ArrayList<>();
        for (WeekFit w : c.weeks()) {
            weeks.add(Arrays.asList(
                    w.weekStart().toString(),
                    ChartFigures.rounded(w.observed(), 1),
                    ChartFigures.rounded(w.fitted(), 1),
                    w.heldBack()));
        }
        List<List<Object>> placeData = new ArrayList<>();
        if (places != null) {
            for (PlaceEffect e : places) {
                placeData.add(Arrays.asList(
                        e.name() + " " + e.place(),
                        ChartFigures.rounded(e.effect().bedDaysPerFtePerYear(), 4)));
            }
        }
        List<List<Object>> extraData = new ArrayList<>();
        String extraHeading = null;
        if (extra != null) {
            extraHeading = String.format(
                    Locale.ROOT,
                    "%.1f more care workers in %s",
                    extra.effect().effect().extraFte(),
                    extra.effect().name());
            for (int t = 0; t < extra.baseline().days(); t++) {
                extraData.add(Arrays.asList(
                        extra.baseline().date(t).toString(),
                        ChartFigures.rounded(extra.baseline().backlog(t), 3),
                        ChartFigures.rounded(extra.withExtra().backlog(t), 3)));
            }
        }
        Map<String, Object> v = new HashMap<>();
        v.put("title", title);
        v.put("hasPlaces", places != null);
        v.put("identified", identified);
        v.put("extraHeading", extraHeading);
        v.put("text", text);
        v.put("placeData", json(placeData));
        v.put("extraData", json(extraData));
        v.put("weeks", json(weeks));
        v.put("echarts", Html.scriptSafeCode(Templates.resource("echarts.min.js")));
        v.put("dischargeJs", Html.scriptSafeCode(Templates.resource("discharge.js")));
        return Templates.render("discharge", v);
    }

    private static String json(Object data) {
        return ChartFigures.json(data);
    }
}
