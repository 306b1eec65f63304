package org.skillmix.data.boardpack;

import java.util.function.Predicate;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.data.report.InequalitySection;

/**
 * The pack's inequalities section: the report's table of demand, supply and gap per 10,000 residents by deprivation
 * fifth and by place in the last month (issue 15 item 4), for the readers the pack is made for. A place whose
 * supply, net gap or shortfall a reader may not see goes, and with it every fifth holding it
 * ({@link Inequalities#withoutPlaces}), as on the web's results page.
 */
final class PackInequalities {
    private PackInequalities() {}

    static String html(BoardPack pack, Predicate<SeriesKey> hidden) {
        Inequalities shown = pack.inequalities()
                .withoutPlaces(place -> hidden.test(key(Measure.SUPPLY_FTE, place))
                        || hidden.test(key(Measure.GAP_FTE, place))
                        || hidden.test(key(Measure.UNMET_FTE, place)));
        String html = new InequalitySection(pack.hasDraws()).html(shown);
        int gone = pack.inequalities().places().size() - shown.places().size();
        if (gone == 0) return html;
        return html + "<p>" + gone + (gone == 1 ? " place is" : " places are")
                + " not shown, nor the deprivation fifths holding them: small numbers.</p>\n";
    }

    private static SeriesKey key(Measure measure, String place) {
        return new SeriesKey(measure, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, place);
    }
}
