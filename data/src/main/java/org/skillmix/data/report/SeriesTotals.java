package org.skillmix.data.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.data.export.ProjectionYear;

/**
 * The series a report asks for. When the projection has the total itself it is used as is (with its
 * quantiles); when it lacks one, the mean is summed from the finest series of that measure
 * (capability x sector x place, or role x organisation), which never double counts. Quantiles of a sum
 * are not the sum of quantiles, so a summed series has none.
 */
final class SeriesTotals {
    static final String ALL = SeriesKey.ALL;
    private static final Set<Measure> CAPABILITY_MEASURES =
            EnumSet.of(Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.GAP_FTE, Measure.UNMET_FTE);

    private final Projection projection;
    private final Map<Measure, List<Series>> finest = new EnumMap<>(Measure.class);

    SeriesTotals(Projection projection) {
        this.projection = projection;
        for (Series s : projection.series()) {
            if (isFinest(s.key()))
                finest.computeIfAbsent(s.key().measure(), m -> new ArrayList<>())
                        .add(s);
        }
    }

    int months() {
        return projection.months().size();
    }

    /** The series for these dimensions (ALL = totalled over), or null if the projection has nothing for it. */
    Series find(Measure measure, String capability, String role, String sector, String organisation, String place) {
        SeriesKey key = new SeriesKey(measure, capability, role, sector, organisation, place);
        Series exact = projection.series(key).orElse(null);
        if (exact != null) return exact;
        double[] sum = null;
        for (Series s : finest.getOrDefault(measure, List.of())) {
            if (!matches(key, s.key())) continue;
            if (sum == null) sum = new double[months()];
            for (int m = 0; m < sum.length; m++) sum[m] += s.mean()[m];
        }
        return sum == null ? null : new Series(key, sum, null, null, null);
    }

    Series capability(Measure measure, String capability, String sector, String place) {
        return find(measure, capability, ALL, sector, ALL, place);
    }

    Series role(Measure measure, String role, String sector, String organisation, String place) {
        return find(measure, ALL, role, sector, organisation, place);
    }

    /** A level at the year's last month, or NaN without a series. */
    static double atYearEnd(Series series, ProjectionYear year) {
        return series == null ? Double.NaN : series.mean()[year.lastIndex()];
    }

    /** A monthly flow summed over the year (a sum of means is the mean of the sum), or NaN. */
    static double yearTotal(Series series, ProjectionYear year) {
        if (series == null) return Double.NaN;
        double sum = 0;
        for (int m = year.firstIndex(); m <= year.lastIndex(); m++) sum += series.mean()[m];
        return sum;
    }

    private static boolean isFinest(SeriesKey key) {
        if (CAPABILITY_MEASURES.contains(key.measure())) {
            return !ALL.equals(key.capability()) && !ALL.equals(key.sector()) && !ALL.equals(key.place());
        }
        return !ALL.equals(key.role()) && !ALL.equals(key.organisation());
    }

    private static boolean matches(SeriesKey wanted, SeriesKey candidate) {
        return same(wanted.capability(), candidate.capability())
                && same(wanted.role(), candidate.role())
                && same(wanted.sector(), candidate.sector())
                && same(wanted.organisation(), candidate.organisation())
                && same(wanted.place(), candidate.place());
    }

    private static boolean same(String wanted, String candidate) {
        return ALL.equals(wanted) || wanted.equals(candidate);
    }
}
