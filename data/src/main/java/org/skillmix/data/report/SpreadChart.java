package org.skillmix.data.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.projection.SpreadDrivers;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.data.export.JsonOutput;
import org.skillmix.data.export.ProjectionYear;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * One total's spread drivers as the tornado chart draws them (tornado.js), in the report's embedded JSON
 * and the web result page's API: the same figures, named for a reader. Only a share that can be told from
 * chance ({@link FirstOrderIndices#distinguishable}) is named as a driver; one within noise is drawn and listed
 * marked as such, so that the page never presents a chance correlation as what drives the uncertainty.
 *
 * @param label   "Whole system, year 10 (to Mar 2035)"
 * @param drivers the assumption groups, largest share of the variance first
 * @param draws   the draws the shares were estimated from; 0 in a web run's file written before it was kept
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
        double unexplained,
        // a file written before the charts kept it has none: read as 0, not refused
        @JsonSetter(nulls = Nulls.AS_EMPTY) int draws) {

    /** The file a web run keeps its drivers in, for the result page (JSON: a list of SpreadChart). */
    public static final String FILE_NAME = "spread_charts.json";

    /**
     * A group's share of the variance and its standard error (both 0-1). Whether it can be named is in the JSON
     * too, decided here from the two figures (not stored), so that the chart script applies the same rule.
     */
    public record Driver(String code, String name, int parameters, double share, double standardError) {

        /** Whether the share can be told from chance and named as a driver. */
        @JsonProperty("distinguishable")
        public boolean distinguishable() {
            return FirstOrderIndices.distinguishable(share, standardError);
        }

        /** A share large enough to name but within twice its standard error of 0: drawn, marked, not named. */
        @JsonProperty("withinNoise")
        public boolean withinNoise() {
            return share >= FirstOrderIndices.SMALLEST_NAMED && !distinguishable();
        }
    }

    /** Every total of a run's drivers, estimated from the draws, in their order (by year, the system first). */
    public static List<SpreadChart> of(SpreadDrivers drivers, int draws) {
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
                    t.indices().unexplained(),
                    draws));
        }
        return charts;
    }

    /** The chart to show first: the whole system at the last year that has drivers (0 when none is the system's). */
    public static int defaultIndex(List<SpreadChart> charts) {
        int chosen = 0;
        for (int i = 0; i < charts.size(); i++) if ("ALL".equals(charts.get(i).sector())) chosen = i;
        return chosen;
    }

    /** The charts of a run's drivers, estimated from the draws, as JSON (what {@link #FILE_NAME} holds). */
    public static byte[] json(SpreadDrivers drivers, int draws) {
        return JsonOutput.MAPPER.writeValueAsBytes(of(drivers, draws));
    }

    /** The same chart estimated from the draws (for a file written before the charts kept their number). */
    public SpreadChart withDraws(int draws) {
        return new SpreadChart(sector, sectorName, year, month, label, meanFte, sdFte, drivers, unexplained, draws);
    }

    /** "at 100 draws", or "at this run's number of draws" when the number is not known. */
    public String atDraws() {
        return draws > 0 ? "at " + new Figures().whole(draws) + " draws" : "at this run's number of draws";
    }

    /**
     * The charts read back from {@link #json}.
     *
     * @throws JacksonException when json is not a list of charts
     */
    public static List<SpreadChart> fromJson(byte[] json) {
        return JsonOutput.MAPPER.readValue(json, new TypeReference<List<SpreadChart>>() {});
    }

    /** How a share within noise is shown, for the report and the web page to say beside the chart. */
    public String noiseNote() {
        return "A share that is not more than twice its standard error above 0 " + atDraws()
                + " cannot be told from chance correlations between the draws: its bar is drawn hollow and labelled"
                + " \u201cwithin noise\u201d, the tables mark it the same way, and it is not named as a driver. More"
                + " draws narrow the standard errors.";
    }

    /**
     * The chart's figures as one sentence, written into the chart's JSON so tornado.js shows these words when another
     * total is chosen rather than composing its own: the (at most three) largest shares that can be told from chance,
     * then any share within noise, named as such.
     */
    @JsonProperty("summary")
    public String summary() {
        Figures figures = new Figures();
        String text = label + ": the gap varies with a standard deviation of " + figures.whole(sdFte)
                + " FTE over the draws.";
        List<Driver> largest =
                drivers.stream().filter(Driver::distinguishable).limit(3).toList();
        List<String> named = largest.stream()
                .map(d -> d.name().toLowerCase(Locale.ROOT) + " (" + figures.share(d.share()) + ")")
                .toList();
        List<String> noise = drivers.stream()
                .filter(Driver::withinNoise)
                .map(d -> d.name().toLowerCase(Locale.ROOT) + " (" + figures.share(d.share()) + " \u00b1 "
                        + figures.share(d.standardError()) + ")")
                .toList();
        if (!named.isEmpty())
            text += " " + (sum(largest) > 0.5 ? "Most of it comes from " : "The largest shares come from ")
                    + String.join(", ", named) + "; " + rest(figures);
        else if (!noise.isEmpty())
            text += " No assumption group's share is more than twice its standard error " + atDraws()
                    + ": too few draws to name what drives the uncertainty.";
        else return text + " No assumption explains a share of it on its own.";
        if (noise.isEmpty()) return text;
        return text + " Within noise " + atDraws() + ", too few to tell from chance: " + String.join(", ", noise) + ".";
    }

    /**
     * What no group explains alone. Each share is estimated from the draws with some noise and groups whose
     * assumptions act together each count the joint part, so the shares can add to more than the whole; the
     * unexplained part is then floored at 0, which must not read as "everything is explained".
     */
    private String rest(Figures figures) {
        double all = sum(drivers);
        if (all < 1) return figures.share(unexplained) + " is left unexplained.";
        return "together the groups' shares come to " + figures.share(all) + ", more than the whole: each is"
                + " estimated " + atDraws() + " with some noise, and assumptions that act together count in more"
                + " than one group, so nothing is left to call unexplained.";
    }

    private static double sum(List<Driver> drivers) {
        return drivers.stream().mapToDouble(Driver::share).sum();
    }
}
