package org.skillmix.data.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;
import org.skillmix.data.report.Html;

/**
 * national.html (docs/national.md): every ICS side by side, by NHS England region, with demand, supply and the gap
 * in FTE per 10,000 people (mid-2023 population) at the end of the first and the last projection year, so systems
 * of different sizes compare. Regions' rows sum their ICSs' means. One self-contained page, no script.
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

    public String render(List<IcbResult> results, ProjectionSettings settings) {
        List<IcbResult> ok = results.stream().filter(IcbResult::ok).toList();
        ProjectionYear first = ok.isEmpty() ? null : ok.get(0).rows().get(0).year();
        ProjectionYear last = ok.isEmpty()
                ? null
                : ok.get(0).rows().stream()
                        .map(NationalRow::year)
                        .reduce((a, b) -> b.number() > a.number() ? b : a)
                        .orElseThrow();
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Integrated care systems compared - Skillmix</title><style>")
                .append("body{font-family:Arial,sans-serif;margin:2em;color:#212b32}")
                .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d8dde0;padding:4px 8px}")
                .append(
                        "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.region th,tr.region td{background:#f0f4f5;font-weight:bold}")
                .append("caption{text-align:left;font-weight:bold;margin-bottom:.5em}</style></head><body>\n");
        h.append("<h1>Integrated care systems compared</h1>\n<p>Workforce demand, supply and the gap of ")
                .append(ok.size())
                .append(
                        " integrated care systems, each projected from the published national files with the same settings: ")
                .append(settings.years())
                .append(" years, ")
                .append(
                        settings.deterministic()
                                ? "deterministic (every parameter at its mode)"
                                : settings.draws() + " Monte Carlo draws (gap P10-P90 shown)")
                .append(", seed ")
                .append(settings.seed())
                .append(", ")
                .append(Html.escape(settings.baseline().code()))
                .append(" baseline. Figures are FTE per 10,000 people (mid-2023 population) so that systems of"
                        + " different sizes compare; gap = demand - supply, positive is a shortfall. Regions sum"
                        + " their systems. Every figure by sector and capability: national.csv.</p>\n");
        if (first != null) {
            for (ProjectionYear year : first.number() == last.number() ? List.of(first) : List.of(first, last)) {
                table(h, ok, year);
            }
        }
        List<IcbResult> failed = results.stream().filter(r -> !r.ok()).toList();
        if (!failed.isEmpty()) {
            h.append("<h2>Not projected</h2><ul>");
            for (IcbResult r : failed) {
                h.append("<li>")
                        .append(Html.escape(r.icb().code() + " " + r.icb().name()))
                        .append(": ")
                        .append(Html.escape(r.problem()))
                        .append("</li>");
            }
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private void table(StringBuilder h, List<IcbResult> ok, ProjectionYear year) {
        Map<String, List<IcbResult>> byRegion = new LinkedHashMap<>();
        ok.stream()
                .sorted((a, b) -> a.icb().region().compareTo(b.icb().region()))
                .forEach(r -> byRegion.computeIfAbsent(r.icb().region(), k -> new ArrayList<>())
                        .add(r));
        h.append("<table><caption>At the end of year ")
                .append(year.number())
                .append(" (")
                .append(Html.escape(ProjectionYear.monthLabel(year.lastMonth())))
                .append(")</caption>\n<thead><tr><th scope=\"col\">Region / ICS</th><th scope=\"col\">ODS code</th>")
                .append("<th scope=\"col\">Population (mid-2023)</th><th scope=\"col\">Demand, FTE per 10,000</th>")
                .append("<th scope=\"col\">Supply, FTE per 10,000</th><th scope=\"col\">Gap, FTE per 10,000</th>")
                .append("<th scope=\"col\">Gap, FTE</th><th scope=\"col\">Gap P10 to P90, FTE</th>")
                .append("<th scope=\"col\">Gap, % of demand</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<IcbResult>> region : byRegion.entrySet()) {
            Totals sum = new Totals(0, 0, 0, null, null);
            double people = 0;
            for (IcbResult r : region.getValue()) {
                sum = sum.plus(totals(r, year));
                people += r.population();
            }
            row(h, true, region.getKey(), "", people, sum);
            for (IcbResult r : region.getValue())
                row(h, false, r.icb().name(), r.icb().code(), r.population(), totals(r, year));
        }
        h.append("</tbody></table>\n");
    }

    private static void row(StringBuilder h, boolean region, String name, String code, double people, Totals t) {
        h.append(region ? "<tr class=\"region\"><th scope=\"row\">" : "<tr><th scope=\"row\">")
                .append(Html.escape(name))
                .append("</th><td>")
                .append(Html.escape(code))
                .append("</td>");
        cell(h, String.format(Locale.UK, "%,.0f", people));
        cell(h, per10k(t.demand(), people));
        cell(h, per10k(t.supply(), people));
        cell(h, per10k(t.gap(), people));
        cell(h, String.format(Locale.UK, "%,.0f", t.gap()));
        cell(h, t.gapP10() == null ? "" : String.format(Locale.UK, "%,.0f to %,.0f", t.gapP10(), t.gapP90()));
        cell(h, t.demand() > 0 ? String.format(Locale.UK, "%.1f%%", 100 * t.gap() / t.demand()) : "no demand");
        h.append("</tr>\n");
    }

    private static String per10k(double fte, double people) {
        return people > 0 ? String.format(Locale.UK, "%,.1f", fte / people * 10_000) : "no population";
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td class=\"n\">").append(Html.escape(text)).append("</td>");
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
