package org.skillmix.data.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.SystemModel;

/**
 * A projection sized for its readers (docs/outputs.md, projection_summary.csv): for each projection year, the
 * whole system and its first-level breakdowns (by sector, place, capability and role), with names beside codes.
 * Levels (demand, supply, gap, staff in post...) are taken at the year's last month with their P10/P50/P90;
 * flows (leavers, pay cost...) are the year's total of the monthly means, without quantiles (a sum of monthly
 * quantiles is not a quantile of the year's total). A few thousand rows where projection.csv has most of a
 * million: Excel opens it whole.
 */
public final class ProjectionSummary {
    private static final String ALL = SeriesKey.ALL;

    /** The first-level breakdowns, in the order rows are listed. */
    public enum Breakdown {
        SYSTEM,
        SECTOR,
        PLACE,
        CAPABILITY,
        ROLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The breakdown a series belongs to, or null for a finer crossing (capability x place...). */
        static Breakdown of(SeriesKey key) {
            if (!ALL.equals(key.organisation())) return null;
            int split = 0;
            Breakdown found = SYSTEM;
            if (!ALL.equals(key.sector())) {
                split++;
                found = SECTOR;
            }
            if (!ALL.equals(key.place())) {
                split++;
                found = PLACE;
            }
            if (!ALL.equals(key.capability())) {
                split++;
                found = CAPABILITY;
            }
            if (!ALL.equals(key.role())) {
                split++;
                found = ROLE;
            }
            return split <= 1 ? found : null;
        }
    }

    /** How a year's figure is taken from its months. */
    public enum Basis {
        /** A level at the year's last month. */
        YEAR_END,
        /** A flow summed over the year's twelve months (of the monthly means). */
        YEAR_TOTAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One figure of the summary. p10, p50 and p90 are null for a year total and for a series the projection kept
     * the mean of only.
     */
    public record Row(
            ProjectionYear year,
            Breakdown breakdown,
            String code,
            String name,
            Measure measure,
            Basis basis,
            double mean,
            Double p10,
            Double p50,
            Double p90) {

        /** "FTE", "FTE a year", "GBP a year". */
        public String unit() {
            if (basis == Basis.YEAR_END) return "FTE";
            return measure == Measure.PAY_COST_GBP ? "GBP a year" : "FTE a year";
        }

        public int decimals() {
            return MeasureUnits.decimals(measure);
        }
    }

    private ProjectionSummary() {}

    /** Every row, by breakdown, then the projection's order of series (codes in the model's order), then year. */
    public static List<Row> rows(SystemModel model, Projection projection) {
        Map<String, String> names = names(model);
        List<ProjectionYear> years = ProjectionYear.of(projection.months());
        List<List<Row>> byBreakdown = new ArrayList<>();
        for (int b = 0; b < Breakdown.values().length; b++) byBreakdown.add(new ArrayList<>());
        for (Series series : projection.series()) {
            SeriesKey key = series.key();
            Breakdown breakdown = Breakdown.of(key);
            if (breakdown == null) continue;
            String code = code(breakdown, key);
            String name = breakdown == Breakdown.SYSTEM
                    ? model.info().name()
                    : names.getOrDefault(breakdown.code() + ":" + code, code);
            boolean flow = MeasureUnits.monthlyFlow(key.measure());
            for (ProjectionYear year : years) {
                Row row;
                if (flow) {
                    // the mean of a sum is the sum of the means; its quantiles are not known from the months'
                    double total = 0;
                    for (int m = year.firstIndex(); m <= year.lastIndex(); m++) total += series.mean()[m];
                    row = new Row(
                            year, breakdown, code, name, key.measure(), Basis.YEAR_TOTAL, total, null, null, null);
                } else {
                    int m = year.lastIndex();
                    boolean q = series.hasQuantiles();
                    row = new Row(
                            year,
                            breakdown,
                            code,
                            name,
                            key.measure(),
                            Basis.YEAR_END,
                            series.mean()[m],
                            q ? series.p10()[m] : null,
                            q ? series.p50()[m] : null,
                            q ? series.p90()[m] : null);
                }
                byBreakdown.get(breakdown.ordinal()).add(row);
            }
        }
        List<Row> rows = new ArrayList<>();
        byBreakdown.forEach(rows::addAll);
        return rows;
    }

    private static String code(Breakdown breakdown, SeriesKey key) {
        return switch (breakdown) {
            case SYSTEM -> ALL;
            case SECTOR -> key.sector();
            case PLACE -> key.place();
            case CAPABILITY -> key.capability();
            case ROLE -> key.role();
        };
    }

    /** "sector:adult_social_care" -> "Adult social care", and each place, capability and role's name. */
    private static Map<String, String> names(SystemModel model) {
        Map<String, String> names = new HashMap<>();
        for (org.skillmix.core.system.Sector s : org.skillmix.core.system.Sector.values()) {
            String words = s.code().replace('_', ' ');
            names.put("sector:" + s.code(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        for (Place p : model.places()) names.put("place:" + p.code(), p.name());
        for (Capability c : model.capabilities()) names.put("capability:" + c.code(), c.name());
        for (Role r : model.roles()) names.put("role:" + r.code(), r.name());
        return names;
    }
}
