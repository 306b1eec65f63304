package org.skillmix.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.skillmix.core.mutualaid.Assignment;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.Shortfall;

/**
 * The printable mutual-aid plan for partners: one page a week with who goes where and what is covered. One
 * self-contained HTML file (inline CSS, no script, nothing fetched), people named only by pseudonymous id.
 */
final class PlanHtml {

    private PlanHtml() {
    }

    static String render(String systemName, LocalDate asOf, MutualAidPlan plan, int weeks) {
        List<Assignment> moves = MutualAidCommand.moves(plan);
        Map<Shortfall, Integer> sent = MutualAidCommand.sent(plan);
        List<Shortfall> shortfalls = MutualAidCommand.sortedShortfalls(plan);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Mutual aid plan: ")
                .append(esc(systemName)).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#212b32}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}\n")
                .append("th,td{border:1px solid #aeb7bd;padding:0.25em 0.5em;text-align:left}\n")
                .append("td.n{text-align:right}th{background:#e8edee}\n")
                .append(".short{color:#d5281b;font-weight:bold}\n")
                .append("@media print{body{margin:0}section{page-break-before:always}section:first-of-type{page-break-before:auto}"
                        + "th{background:none}a{color:inherit}}\n")
                .append("</style></head><body>\n<h1>Mutual aid plan: ").append(esc(systemName)).append("</h1>\n<p>Surge from ")
                .append(asOf).append(", ").append(weeks).append(" week").append(weeks == 1 ? "" : "s")
                .append(". Staff are named by pseudonymous id only. Critical cover: ")
                .append(MutualAidCommand.fte(plan.coveredCenti(true))).append(" FTE-weeks; other cover: ")
                .append(MutualAidCommand.fte(plan.coveredCenti(false))).append(" FTE-weeks.</p>\n");
        for (int w = 1; w <= weeks; w++) {
            LocalDate ends = asOf.plusDays(7L * w - 1);
            h.append("<section>\n<h2>Week ").append(w).append(" (").append(asOf.plusDays(7L * (w - 1))).append(" to ")
                    .append(ends).append(")</h2>\n<h3>Who goes where</h3>\n");
            int week = w;
            List<Assignment> thisWeek = moves.stream().filter(a -> a.getWeek() == week).toList();
            if (thisWeek.isEmpty()) {
                h.append("<p>Nobody is redeployed this week.</p>\n");
            } else {
                h.append("<table><thead><tr><th>Staff id</th><th>From</th><th>To</th><th>Capability</th><th>FTE</th></tr></thead><tbody>\n");
                for (Assignment a : thisWeek) {
                    Shortfall s = a.getShortfall();
                    h.append("<tr><td>").append(esc(a.getStaff().getId())).append("</td><td>")
                            .append(esc(a.getStaff().getHomeOrg() + " " + a.getStaff().getHomeService())).append("</td><td>")
                            .append(esc(s.getOrgCode() + " " + s.getServiceCode())).append("</td><td>")
                            .append(esc(s.getCapabilityCode())).append("</td><td class=\"n\">")
                            .append(MutualAidCommand.fte(a.getStaff().fteCenti())).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("<h3>Shortfalls and cover</h3>\n");
            List<Shortfall> weekShortfalls = shortfalls.stream().filter(s -> s.getWeek() == week).toList();
            if (weekShortfalls.isEmpty()) {
                h.append("<p>No shortfall this week.</p>\n");
            } else {
                h.append("<table><thead><tr><th>Organisation</th><th>Service</th><th>Capability</th><th>Critical</th>"
                        + "<th>Shortfall FTE</th><th>Covered FTE</th><th>Still short</th></tr></thead><tbody>\n");
                for (Shortfall s : weekShortfalls) {
                    int covered = Math.min(s.neededCenti(), sent.getOrDefault(s, 0));
                    int still = s.neededCenti() - covered;
                    h.append("<tr><td>").append(esc(s.getOrgCode())).append("</td><td>").append(esc(s.getServiceCode()))
                            .append("</td><td>").append(esc(s.getCapabilityCode())).append("</td><td>")
                            .append(s.isCritical() ? "yes" : "no").append("</td><td class=\"n\">")
                            .append(MutualAidCommand.fte(s.neededCenti())).append("</td><td class=\"n\">")
                            .append(MutualAidCommand.fte(covered)).append("</td><td class=\"n")
                            .append(still > 0 ? " short" : "").append("\">").append(MutualAidCommand.fte(still)).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("</section>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
