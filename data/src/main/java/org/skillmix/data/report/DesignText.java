package org.skillmix.data.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.design.WorkforceDesign;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.ReservedCapability;
import org.skillmix.core.system.SystemModel;

/** A workforce design as the terminal shows it: roles by name, the rules it kept, and what no mix can meet. */
public final class DesignText {
    private DesignText() {}

    public static String render(
            SystemModel system, int financialYear, Baseline baseline, WorkforceDesign.Design design) {
        Names names = new Names(system);
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "Workforce design for %s, %d/%02d (%s baseline): effective FTE averaged over the year."
                        + " Least-cost mix: %s%n",
                system.info().name(),
                financialYear,
                (financialYear + 1) % 100,
                baseline.code(),
                SolverStates.words(design.solverState())));
        text.append(String.format(
                Locale.ROOT, "%-52s %10s %10s %10s %10s%n", "role", "today FTE", "design FTE", "change", "most FTE"));
        for (WorkforceDesign.RoleResult r : design.roles()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%-58s %,10.0f %,10.0f %+,10.0f %,10.0f%s%n",
                    cut(String.format(Locale.ROOT, "%-19s %s", r.code(), names.role(r.code())), 58),
                    r.todayFte(),
                    r.designFte(),
                    r.change(),
                    r.upperFte(),
                    r.atLimit() ? "  at its limit" : ""));
        }
        text.append(String.format(
                Locale.ROOT,
                "Cost of the designed mix GBP %,.1f million a year (today's mix GBP %,.1f million a year;"
                        + " effective FTE x full annual cost per FTE)%n",
                design.annualCost() / 1e6,
                design.todayAnnualCost() / 1e6));
        licensedShares(system, design, names, text);
        for (WorkforceDesign.Supervising s : design.supervising()) {
            text.append(String.format(
                    Locale.ROOT,
                    "Supervision: %,.0f FTE %s supervised by %s in %s%n",
                    s.fte(),
                    names.role(s.role()),
                    names.role(s.supervisor()),
                    Names.sector(s.sector())));
        }
        design.withoutSupervisor()
                .forEach((where, fte) -> text.append(String.format(
                        Locale.ROOT,
                        "Without a supervisor (too few supervisors kept in the sector): %s %,.1f FTE%n",
                        where,
                        fte)));
        design.shortfall().forEach((k, v) -> {
            if (v > 0.05)
                text.append(String.format(
                        Locale.ROOT,
                        "Demand no feasible mix can meet: %s (%s) %,.1f FTE%n",
                        names.capability(k),
                        k,
                        v));
        });
        text.append("Why each role's limits are what they are (pipeline, labour pool, growth, leavers): design.csv\n");
        return text.toString();
    }

    /** For each reserved capability: the share its licensed roles give in the design, beside the minimum. */
    private static void licensedShares(
            SystemModel system, WorkforceDesign.Design design, Names names, StringBuilder text) {
        Map<String, Set<String>> licensed = new LinkedHashMap<>();
        Map<String, Double> minimum = new LinkedHashMap<>();
        for (ReservedCapability r : system.reservedCapabilities()) {
            licensed.computeIfAbsent(r.capabilityCode(), k -> new LinkedHashSet<>())
                    .add(r.licensedRoleCode());
            minimum.put(r.capabilityCode(), r.minLicensedShare());
        }
        Set<String> everyRole = new LinkedHashSet<>();
        design.roles().forEach(r -> everyRole.add(r.code()));
        licensed.forEach((k, roles) -> {
            double all = design.capabilityFte(k, everyRole);
            if (all <= 0) return;
            text.append(String.format(
                    Locale.ROOT,
                    "Reserved: %s %.0f%% by %s (at least %.0f%%)%n",
                    names.capability(k),
                    100 * design.capabilityFte(k, roles) / all,
                    String.join(", ", roles.stream().map(names::role).toList()),
                    100 * minimum.get(k)));
        });
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
