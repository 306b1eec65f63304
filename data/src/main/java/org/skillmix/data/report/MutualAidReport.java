package org.skillmix.data.report;

import java.time.LocalDate;
import java.util.List;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.export.MutualAidCsv;

/**
 * The printable mutual-aid plan for partners: one page a week with who goes where and what is covered. One
 * self-contained HTML file (inline CSS, no script, nothing fetched), people named only by pseudonymous id.
 * The command line writes it as plan.html; the web application serves the same page. Its title names the supply
 * baseline the plan was made on, as the plan's CSV files do on every row.
 */
public final class MutualAidReport {

    private MutualAidReport() {}

    /** The whole plan. */
    public static String render(String systemName, LocalDate asOf, Baseline baseline, PlanSummary plan) {
        return render(systemName, asOf, baseline, plan, null);
    }

    /**
     * @param baseline the supply baseline the plan's shortfalls were projected on, named in the title
     * @param scope null for the whole plan; otherwise a sentence saying which part of it this is (an
     *              organisation's own people and shortfalls), printed under the title so nobody takes a part
     *              for the whole
     */
    public static String render(String systemName, LocalDate asOf, Baseline baseline, PlanSummary plan, String scope) {
        int weeks = plan.weeks();
        String title = "Mutual aid plan: " + esc(systemName) + " (" + baseline.code() + " baseline)";
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(title)
                .append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#212b32}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}\n")
                .append("th,td{border:1px solid #aeb7bd;padding:0.25em 0.5em;text-align:left}\n")
                .append("td.n{text-align:right}th{background:#e8edee}\n")
                .append(".short{color:#d5281b;font-weight:bold}\n")
                .append(
                        "@media print{body{margin:0}section{page-break-before:always}section:first-of-type{page-break-before:auto}"
                                + "th{background:none}a{color:inherit}}\n")
                .append("</style></head><body>\n<h1>")
                .append(title)
                .append("</h1>\n");
        if (scope != null) h.append("<p><strong>").append(esc(scope)).append("</strong></p>\n");
        h.append("<p>Surge from ")
                .append(asOf)
                .append(", ")
                .append(weeks)
                .append(" week")
                .append(weeks == 1 ? "" : "s")
                .append(". Staff are named by pseudonymous id only. Critical cover: ")
                .append(fte(plan.coveredCenti(true)))
                .append(" FTE-weeks; other cover: ")
                .append(fte(plan.coveredCenti(false)))
                .append(" FTE-weeks.</p>\n");
        for (int w = 1; w <= weeks; w++) {
            LocalDate ends = asOf.plusDays(7L * w - 1);
            h.append("<section>\n<h2>Week ")
                    .append(w)
                    .append(" (")
                    .append(asOf.plusDays(7L * (w - 1)))
                    .append(" to ")
                    .append(ends)
                    .append(")</h2>\n<h3>Who goes where</h3>\n");
            List<PlanSummary.Move> thisWeek = plan.movesIn(w);
            if (thisWeek.isEmpty()) {
                h.append("<p>Nobody is redeployed this week.</p>\n");
            } else {
                h.append(
                        "<table><thead><tr><th>Staff id</th><th>From</th><th>To</th><th>Capability</th><th>FTE</th><th>Supervised by</th></tr></thead><tbody>\n");
                for (PlanSummary.Move m : thisWeek) {
                    h.append("<tr><td>")
                            .append(esc(m.staffId()))
                            .append("</td><td>")
                            .append(esc(m.fromOrg() + " " + m.fromService()))
                            .append("</td><td>")
                            .append(esc(m.toOrg() + " " + m.toService()))
                            .append("</td><td>")
                            .append(esc(m.capability()))
                            .append("</td><td class=\"n\">")
                            .append(fte(m.fteCenti()))
                            .append("</td><td>")
                            .append(esc(m.supervisedBy().isEmpty() ? "-" : m.supervisedBy()))
                            .append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("<h3>Shortfalls and cover</h3>\n");
            List<PlanSummary.Cover> weekShortfalls = plan.coverIn(w);
            if (weekShortfalls.isEmpty()) {
                h.append("<p>No shortfall this week.</p>\n");
            } else {
                h.append("<table><thead><tr><th>Organisation</th><th>Service</th><th>Capability</th><th>Critical</th>"
                        + "<th>Shortfall FTE</th><th>Covered FTE</th><th>Still short</th></tr></thead><tbody>\n");
                for (PlanSummary.Cover s : weekShortfalls) {
                    int still = s.stillShortCenti();
                    h.append("<tr><td>")
                            .append(esc(s.org()))
                            .append("</td><td>")
                            .append(esc(s.service()))
                            .append("</td><td>")
                            .append(esc(s.capability()))
                            .append("</td><td>")
                            .append(s.critical() ? "yes" : "no")
                            .append("</td><td class=\"n\">")
                            .append(fte(s.neededCenti()))
                            .append("</td><td class=\"n\">")
                            .append(fte(s.coveredCenti()))
                            .append("</td><td class=\"n")
                            .append(still > 0 ? " short" : "")
                            .append("\">")
                            .append(fte(still))
                            .append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String fte(long centi) {
        return MutualAidCsv.fte(centi);
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
