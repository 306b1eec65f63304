package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * PC-&lt;LA&gt; aggregates: GPs, practice nurses and HCAs from England totals x the LA's share of England's population
 * (the practice-level file is not available), PCN-employed staff from the PCN file by pcn_roles.csv (a sub-ICB
 * location's FTE shared between its LAs by LSOA count).
 */
final class PrimaryCare {

    private static final List<String> PCN_ROLES =
            List.of("PHARMACIST", "PA", "PARAMEDIC", "AHP", "NURSING_ASSOC", "CARE_COORDINATOR");

    private PrimaryCare() {}

    static StaffingPart build(ImportContext ctx, Rate englandSickness, double minFte) throws ImportException {
        ctx.step("primary care (PCN workforce)");
        String icb = ctx.icb();
        IcbPlaces places = ctx.places();
        ImportReport report = ctx.report();
        Defaults defaults = ctx.defaults();
        PcnWorkforceFile pcn = PcnWorkforceFile.read(ctx.folder(), ctx.icbCodes(), report);
        Map<String, String> roleOf = new HashMap<>();
        ctx.mappings()
                .table("pcn_roles.csv", "staff_role", "role_code", "source")
                .forEach(row -> roleOf.put(row.text("staff_role"), row.text("role_code")));
        Map<String, Map<String, Double>> byLa = new HashMap<>();
        Map<String, Set<String>> pcns = new HashMap<>();
        Map<String, Double> unmapped = new TreeMap<>();
        double outside = 0;
        for (PcnWorkforceFile.PcnRow row : pcn.rows()) {
            Map<String, Double> shares = ctx.geo().subIcbShares(row.subIcb());
            if (shares.isEmpty()) {
                outside += row.fte();
                continue;
            }
            String role = roleOf.get(row.staffRole());
            for (var s : shares.entrySet()) {
                if (!places.contains(s.getKey())) {
                    outside += row.fte() * s.getValue();
                    continue;
                }
                pcns.computeIfAbsent(s.getKey(), k -> new TreeSet<>()).add(row.pcn());
                if (role == null) unmapped.merge(row.staffRole(), row.fte() * s.getValue(), Double::sum);
                else
                    byLa.computeIfAbsent(s.getKey(), k -> new HashMap<>())
                            .merge(role, row.fte() * s.getValue(), Double::sum);
            }
        }
        double mapped = byLa.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .sum();
        if (pcn.rows().isEmpty()) {
            report.skipped("PCN workforce", "0 FTE", "no PCN workforce file for " + icb + " in --from");
        } else {
            double all = mapped
                    + unmapped.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
            report.mapped(
                    "PCN staff roles -> dataset roles",
                    OutputTable.num(mapped, 1) + " FTE",
                    "pcn_roles.csv; sub-ICB locations placed "
                            + "in LAs by their share of LSOAs (geography lookup)"
                            + (Double.isNaN(pcn.england())
                                    ? ""
                                    : "; " + icb + " has " + OutputTable.num(all / pcn.england() * 100, 1)
                                            + "% of England's PCN FTE"));
            unmapped.forEach(
                    (r, f) -> report.skipped(
                            "PCN role " + r,
                            OutputTable.num(f, 1) + " FTE",
                            "not in pcn_roles.csv "
                                    + "(admin, GPs, nurses and other roles counted by the GP workforce defaults or not modelled)"));
            if (outside > 0)
                report.skipped(
                        "PCN staff outside the ICB's LAs",
                        OutputTable.num(outside, 1) + " FTE",
                        "their sub-ICB location's LSOAs are in an LA assigned to another ICB");
        }
        Set<String> pcnRoleSet = new LinkedHashSet<>(PCN_ROLES);
        pcnRoleSet.addAll(roleOf.values());
        double england = ctx.mye().england();
        List<Organisation> orgs = new ArrayList<>();
        WorkforceLines lines = new WorkforceLines(minFte);
        Map<String, Rate> sickness = new HashMap<>();
        for (String la : places.codes()) {
            String code = "PC-" + la;
            orgs.add(new Organisation(
                    code,
                    "General practice and PCNs, " + places.name(la),
                    "primary_care",
                    la,
                    "Aggregate defined by this dataset: the practices of " + places.name(la) + " and its "
                            + pcns.getOrDefault(la, Set.of()).size() + " PCNs in "
                            + (pcn.file().isEmpty() ? "no PCN file" : pcn.file())));
            double population = places.population(la);
            for (String role : List.of("GP", "PRACTICE_NURSE", "HCSW")) {
                Defaults.Default d = defaults.use("gp_fte_england", role, "general practice FTE by LA");
                lines.add(
                        code,
                        role,
                        d.number() * population / england,
                        "Documented default: " + d.source() + " (" + OutputTable.num(population, 0) + "/"
                                + OutputTable.num(england, 0) + ")");
            }
            for (String role : pcnRoleSet) {
                double v = byLa.getOrDefault(la, Map.of()).getOrDefault(role, 0.0);
                lines.add(
                        code,
                        role,
                        v,
                        pcn.file() + ": sum of FTE of PCN-employed staff whose STAFF_ROLE maps to " + role
                                + " in PCNs of sub-ICB location(s) in this LA (geography-lookups sicbl22_code_h -> ltla22_code); Sept 2022, "
                                + "under-counts ARRS staff employed via practices/federations");
            }
            defaults.use("primary_care_sickness", "sickness of primary care aggregates");
            sickness.put(
                    code,
                    new Rate(
                            englandSickness.value(),
                            "Documented default: no general-practice sickness statistics; all "
                                    + "English trusts' 12-month rate (" + englandSickness.source() + ")"));
        }
        return new StaffingPart(orgs, lines, sickness);
    }
}
