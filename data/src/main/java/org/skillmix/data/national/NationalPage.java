package org.skillmix.data.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;
import org.skillmix.data.report.Templates;

/**
 * national.html (docs/national.md): every ICS side by side, by NHS England region, with demand, supply and the gap
 * in FTE per 10,000 people (mid-2023 population) at the end of the first and the last projection year, so systems
 * of different sizes compare. Regions' rows sum their ICSs' means. One self-contained page, no script (template
 * {@code national.html}).
 */
public final class NationalPage {
    public static final String FILE_NAME = "national.html";
    private static final String ALL = "ALL";

    /** An ICB's (or a region's) system totals at a year end: demand, supply, gap mean, and the gap's P10-P90. */
    private record Totals(double demand, double supply, double gap, Double gapP10, Double gapP90) {
        Totals plus(Totals o) {
            return new Totals(demand + o.demand, supply + o.supply, gap + o.gap, null, null);
        }
    }

    /** A year end's table: the year's number, its last month and the rows, each region before its ICSs. */
    public record YearTable(int number, String month, List<Row> rows) {}

    /** A region's or an ICS's row: its name, ODS code (blank for a region) and its figures, formatted. */
    public record Row(boolean region, String name, String code, List<String> cells) {}

    /**
     * The page, from the Thymeleaf template {@code national.html}: every text escaped by the template.
     */
    public String render(List<IcbResult> results, ProjectionSettings settings) {
        List<IcbResult> ok = results.stream().filter(IcbResult::ok).toList();
        ProjectionYear first = ok.isEmpty() ? null : ok.get(0).rows().get(0).year();
        ProjectionYear last = ok.isEmpty()
                ? null
                : ok.get(0).rows().stream()
                        .map(NationalRow::year)
                        .reduce((a, b) -> b.number() > a.number() ? b : a)
                        .orElseThrow();
        Map<String, Object> v = new HashMap<>();
        v.put("systems", ok.size());
        v.put("years", settings.years());
        v.put(
                "draws",
                settings.deterministic()
                        ? "deterministic (every parameter at its mode)"
                        : settings.draws() + " Monte Carlo draws (gap P10-P90 shown)");
        v.put("seed", settings.seed());
        v.put("baseline", settings.baseline().code());
        List<YearTable> tables = new ArrayList<>();
        if (first != null) {
            for (ProjectionYear year : first.number() == last.number() ? List.of(first) : List.of(first, last)) {
                tables.add(table(ok, year));
            }
        }
        v.put("tables", tables);
        v.put(
                "failed",
                results.stream()
                        .filter(r -> !r.ok())
                        .map(r -> r.icb().code() + " " + r.icb().name() + ": " + r.problem())
                        .toList());
        return Templates.render("national", v);
    }

    private YearTable table(List<IcbResult> ok, ProjectionYear year) {
        Map<String, List<IcbResult>> byRegion = new LinkedHashMap<>();
        ok.stream()
                .sorted((a, b) -> a.icb().region().compareTo(b.icb().region()))
                .forEach(r -> byRegion.computeIfAbsent(r.icb().region(), k -> new ArrayList<>())
                        .add(r));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<IcbResult>> region : byRegion.entrySet()) {
            Totals sum = new Totals(0, 0, 0, null, null);
            double people = 0;
            for (IcbResult r : region.getValue()) {
                sum = sum.plus(totals(r, year));
                people += r.population();
            }
            rows.add(row(true, region.getKey(), "", people, sum));
            for (IcbResult r : region.getValue())
                rows.add(row(false, r.icb().name(), r.icb().code(), r.population(), totals(r, year)));
        }
        return new YearTable(year.number(), ProjectionYear.monthLabel(year.lastMonth()), rows);
    }

    private static Row row(boolean region, String name, String code, double people, Totals t) {
        return new Row(
                region,
                name,
                code,
                List.of(
                        String.format(Locale.UK, "%,.0f", people),
                        per10k(t.demand(), people),
                        per10k(t.supply(), people),
                        per10k(t.gap(), people),
                        String.format(Locale.UK, "%,.0f", t.gap()),
                        t.gapP10() == null ? "" : String.format(Locale.UK, "%,.0f to %,.0f", t.gapP10(), t.gapP90()),
                        t.demand() > 0 ? String.format(Locale.UK, "%.1f%%", 100 * t.gap() / t.demand()) : "no demand"));
    }

    private static String per10k(double fte, double people) {
        return people > 0 ? String.format(Locale.UK, "%,.1f", fte / people * 10_000) : "no population";
    }

    private static Totals totals(IcbResult r, ProjectionYear year) {
        double demand = 0, supply = 0, gap = 0;
        Double p10 = null, p90 = null;
        for (NationalRow row : r.rows()) {
            if (row.year().number() != year.number() || !ALL.equals(row.sector()) || !ALL.equals(row.capability()))
                continue;
            if (row.measure() == Measure.DEMAND_FTE) demand = row.mean();
            if (row.measure() == Measure.SUPPLY_FTE) supply = row.mean();
            if (row.measure() == Measure.GAP_FTE) {
                gap = row.mean();
                p10 = row.p10();
                p90 = row.p90();
            }
        }
        // a deterministic run's quantiles equal its mean: no range to show
        if (p10 != null && p10.equals(p90)) p10 = p90 = null;
        return new Totals(demand, supply, gap, p10, p90);
    }
}
