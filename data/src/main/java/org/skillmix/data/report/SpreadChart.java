package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.data.export.JsonOutput;
import org.skillmix.data.export.ProjectionYear;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * One total's spread drivers as the tornado chart draws them (tornado.js), in the report's embedded JSON
 * and the web result page's API: the same figures, named for a reader.
 *
 * @param label   "Whole system, year 10 (to Mar 2035)"
 * @param drivers the assumption groups, largest share of the variance first
 */
public record SpreadChart(
        String sector,
        String sectorName,
        int year,
        String month,
        String label,
        double meanFte,
        double sdFte,
        List<Driver> drivers,
        double unexplained) {

    /** The file a web run keeps its drivers in, for the result page (JSON: a list of SpreadChart). */
    public static final String FILE_NAME = "spread_charts.json";

    /** A group's share of the variance and its standard error (both 0-1). */
    public record Driver(String code, String name, int parameters, double share, double standardError) {}

    /** Every total of a run's drivers, in their order (by year, the system first). */
    public static List<SpreadChart> of(SpreadDrivers drivers) {
        List<SpreadChart> charts = new ArrayList<>();
        for (SpreadDrivers.Target t : drivers.targets()) {
            String sectorName = "ALL".equals(t.sector()) ? "Whole system" : Names.sector(t.sector());
            List<Driver> rows = new ArrayList<>();
            for (FirstOrderIndices.Share s : t.indices().shares()) {
                rows.add(new Driver(s.group().code(), s.group().label(), s.parameters(), s.index(), s.standardError()));
            }
            String label = sectorName + ", year " + t.year() + " (to " + ProjectionYear.monthLabel(t.month()) + ")";
            charts.add(new SpreadChart(
                    t.sector(),
                    sectorName,
                    t.year(),
                    t.month().toString(),
                    label,
                    t.meanFte(),
                    t.sdFte(),
                    List.copyOf(rows),
                    t.indices().unexplained()));
        }
        return charts;
    }

    /** The chart to show first: the whole system at the last year that has drivers (0 when none is the system's). */
    public static int defaultIndex(List<SpreadChart> charts) {
        int chosen = 0;
        for (int i = 0; i < charts.size(); i++) if ("ALL".equals(charts.get(i).sector())) chosen = i;
        return chosen;
    }

    /** The charts of a run's drivers as JSON (what {@link #FILE_NAME} holds). */
    public static byte[] json(SpreadDrivers drivers) {
        return JsonOutput.MAPPER.writeValueAsBytes(of(drivers));
    }

    /**
     * The charts read back from {@link #json}.
     *
     * @throws JacksonException when json is not a list of charts
     */
    public static List<SpreadChart> fromJson(byte[] json) {
        return JsonOutput.MAPPER.readValue(json, new TypeReference<List<SpreadChart>>() {});
    }

    /** The chart's figures as one sentence (the same words tornado.js writes when another total is chosen). */
    public String summary() {
        Figures figures = new Figures();
        String text = label + ": the gap varies with a standard deviation of " + figures.whole(sdFte)
                + " FTE over the draws.";
        List<Driver> top =
                drivers.stream().filter(d -> d.share() >= 0.005).limit(3).toList();
        if (top.isEmpty()) return text + " No assumption explains a share of it on its own.";
        List<String> parts = top.stream()
                .map(d -> d.name().toLowerCase(java.util.Locale.ROOT) + " (" + figures.share(d.share()) + ")")
                .toList();
        return text + " Most of it comes from " + String.join(", ", parts) + "; " + figures.share(unexplained)
                + " is left unexplained.";
    }
}
