package org.skillmix.data.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.export.MutualAidCsv;

/**
 * The printable mutual-aid plan for partners (template {@code mutual-aid-plan.html}): one page a week with who
 * goes where and what is covered. One self-contained HTML file (inline CSS, no script, nothing fetched), people
 * named only by pseudonymous id. The command line writes it as plan.html; the web application serves the same
 * page. Its title names the supply baseline the plan was made on, as the plan's CSV files do on every row.
 */
public final class MutualAidReport {

    private MutualAidReport() {}

    /** A redeployment as the week's table shows it: from and to are organisation and service; FTE as in the CSV. */
    public record MoveRow(String staffId, String from, String to, String capability, String fte, String supervisedBy) {}

    /** A shortfall and its cover, FTE as in the CSV; {@code uncovered} when some of it is still short. */
    public record CoverRow(
            String org,
            String service,
            String capability,
            String critical,
            String shortfall,
            String covered,
            String stillShort,
            boolean uncovered) {}

    /** One week's page: its number, first and last day in words ("1 December 2026"), moves and cover. */
    public record Week(int number, String from, String to, List<MoveRow> moves, List<CoverRow> cover) {}

    /** The whole plan. */
    public static String render(String systemName, LocalDate asOf, Baseline baseline, PlanSummary plan) {
        return render(systemName, asOf, baseline, plan, null, Names.CODES);
    }

    /**
     * @param baseline the supply baseline the plan's shortfalls were projected on, named in the title
     * @param scope null for the whole plan; otherwise a sentence saying which part of it this is (an
     *              organisation's own people and shortfalls), printed under the title so nobody takes a part
     *              for the whole
     */
    public static String render(String systemName, LocalDate asOf, Baseline baseline, PlanSummary plan, String scope) {
        return render(systemName, asOf, baseline, plan, scope, Names.CODES);
    }

    /**
     * The plan with each organisation, service and capability named from the dataset, "Name (CODE)": the partners'
     * printout showed "RM3 ACUTE_IP" and "TRIAGE", codes a ward manager reading it on a Monday cannot decode.
     */
    public static String render(
            String systemName, LocalDate asOf, Baseline baseline, PlanSummary plan, String scope, Names names) {
        int weeks = plan.weeks();
        List<Week> pages = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            List<MoveRow> moves = new ArrayList<>();
            for (PlanSummary.Move m : plan.movesIn(w)) {
                moves.add(new MoveRow(
                        m.staffId(),
                        org(names, m.fromOrg()) + ", " + service(names, m.fromService()),
                        org(names, m.toOrg()) + ", " + service(names, m.toService()),
                        capability(names, m.capability()),
                        fte(m.fteCenti()),
                        m.supervisedBy().isEmpty() ? "-" : m.supervisedBy()));
            }
            List<CoverRow> cover = new ArrayList<>();
            for (PlanSummary.Cover s : plan.coverIn(w)) {
                int still = s.stillShortCenti();
                cover.add(new CoverRow(
                        org(names, s.org()),
                        service(names, s.service()),
                        capability(names, s.capability()),
                        s.critical() ? "yes" : "no",
                        fte(s.neededCenti()),
                        fte(s.coveredCenti()),
                        fte(still),
                        still > 0));
            }
            pages.add(new Week(
                    w,
                    EnglandTime.day(asOf.plusDays(7L * (w - 1))),
                    EnglandTime.day(asOf.plusDays(7L * w - 1)),
                    moves,
                    cover));
        }
        Map<String, Object> v = new HashMap<>();
        v.put("title", "Mutual aid plan: " + systemName + " (" + baseline.code() + " baseline)");
        v.put("scope", scope);
        v.put("asOf", EnglandTime.day(asOf));
        v.put("duration", weeks + " week" + (weeks == 1 ? "" : "s"));
        v.put("criticalCover", fte(plan.coveredCenti(true)));
        v.put("otherCover", fte(plan.coveredCenti(false)));
        v.put("weeks", pages);
        return Templates.render("mutual-aid-plan", v);
    }

    private static String fte(long centi) {
        return MutualAidCsv.fte(centi);
    }

    private static String org(Names names, String code) {
        return Names.withCode(names.organisation(code), code);
    }

    private static String service(Names names, String code) {
        return Names.withCode(names.service(code), code);
    }

    private static String capability(Names names, String code) {
        return Names.withCode(names.capability(code), code);
    }
}
