package org.skillmix.data.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.core.measure.GapMeasure;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.RangeCalibration;

/**
 * The pack's glossary: each gap measure defined once ({@link GapMeasure}), the other terms a board member meets,
 * and the three gaps of the last year side by side so the reader sees how they relate.
 */
final class Glossary {
    record Term(String term, String unit, String definition) {}

    private Glossary() {}

    /** The terms, the ranges' calibration said for a system of the pack's size. */
    static List<Term> terms(SystemModel system) {
        List<Term> terms = new ArrayList<>();
        for (GapMeasure g : GapMeasure.values()) terms.add(new Term(g.title(), g.unit(), g.definition()));
        terms.add(new Term(
                "P10 to P90",
                "",
                "The range the middle 80% of the Monte Carlo draws fall in: one draw in ten is below the P10, one in ten"
                        + " above the P90. P50 is the median. " + RangeCalibration.howFarToTrust(system)));
        terms.add(new Term(
                "FTE",
                "",
                "Full-time equivalent: staff time in units of one full-time post (37.5 hours a week in the NHS)."));
        terms.add(new Term(
                "Programme cost",
                "GBP a year",
                "What the interventions themselves cost (their fixed and per-unit costs), apart from the pay bill."));
        terms.add(new Term(
                "Change in the pay bill",
                "GBP a year",
                "The whole workforce's pay cost (substantive, bank and agency, with on-costs) with the portfolio, less"
                        + " the baseline's on the same draw."));
        terms.add(new Term(
                "Bed days saved",
                "bed days a year",
                "Acute bed days no longer spent by patients ready to leave hospital, from the extra homecare capacity"
                        + " the portfolio's care workers give (docs/discharge.md)."));
        return terms;
    }

    static String reconcile(BoardPack pack, int lastYear) {
        Figures f = new Figures();
        PackYears packYears = PackYears.of(pack);
        List<ProjectionYear> years = ProjectionYear.of(pack.projection().months());
        Series net = system(pack, Measure.GAP_FTE), unmet = system(pack, Measure.UNMET_FTE);
        if (net == null || unmet == null || years.isEmpty()) return "";
        int m = years.get(years.size() - 1).lastIndex();
        double n = net.mean()[m], s = unmet.mean()[m];
        double a = pack.lastYear(Scenario.BASELINE).targetGap().mean();
        return String.format(
                Locale.UK,
                "How they relate, in %s on the baseline (%s): the net gap in %s %d is %s FTE; the"
                        + " shortfall in the same month is %s FTE, because %s FTE of surplus in some capabilities and"
                        + " places no longer offsets shortfalls elsewhere; the average shortfall over the year is %s FTE,"
                        + " %s than %s by the season.",
                packYears.of(lastYear),
                pack.hasDraws() ? "means over the draws" : "one run at the most likely values",
                packYears.monthName(),
                years.get(years.size() - 1).lastMonth().getYear(),
                f.whole(n),
                f.whole(s),
                f.whole(s - n),
                f.whole(a),
                a >= s ? "higher" : "lower",
                packYears.monthName());
    }

    private static Series system(BoardPack pack, Measure measure) {
        return pack.projection()
                .series(new SeriesKey(
                        measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL))
                .orElse(null);
    }
}
