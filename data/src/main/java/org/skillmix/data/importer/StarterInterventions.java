package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.data.dataset.InterventionRow;

/**
 * interventions.csv for an imported ICB: the starter options of the shipped table starter_interventions.csv (the
 * levers of the Greater Manchester example, each a documented default), sized to the ICB, so the board pack and the
 * optimiser have something to choose from until the partners write their own (docs/interventions.md, "Starter
 * options").
 *
 * <p>Sizing. A row with a fixed scale keeps it (a share of staff covered, a pay uplift, a premium). A row with a
 * scale_share sizes its volume on the ICB's own staff: scale = share x (FTE in post of basis_role in basis_sector's
 * organisations, or in the largest acute trust for LARGEST_ACUTE), rounded to the nearest 10 and at least 10; with
 * no such staff the row is left out and the report says so. Programme costs scale with the population: cost_fixed =
 * cost_fixed_gbp + cost_fixed_gbp_per_100k x residents / 100,000, rounded to GBP 10,000 (the per-100,000 figures are
 * the example's costs over Greater Manchester's 2.97 million residents). Start month = base month +
 * start_offset_months.
 */
final class StarterInterventions {
    static final String FILE = "interventions.csv";
    static final String LARGEST_ACUTE = "LARGEST_ACUTE";
    private static final double ROUND_TO = 10;
    private static final double COST_ROUND_TO = 10_000;

    private StarterInterventions() {}

    /** FTE in post of the workforce table, by organisation and role. */
    record Staff(Map<String, Map<String, Double>> fteByOrgRole, Map<String, String> sectorOf) {
        static Staff of(OutputTable workforce, Map<String, String> sectorOf) {
            int org = workforce.header().indexOf("org_code");
            int role = workforce.header().indexOf("role_code");
            int fte = workforce.header().indexOf("fte_in_post");
            Map<String, Map<String, Double>> by = new HashMap<>();
            for (List<String> r : workforce.rows())
                by.computeIfAbsent(r.get(org), o -> new HashMap<>())
                        .merge(r.get(role), Double.parseDouble(r.get(fte)), Double::sum);
            return new Staff(by, sectorOf);
        }

        /** FTE in post of role (or ALL) in the organisations of sector (or ALL), or of one organisation. */
        double fte(String sector, String role, String org) {
            double total = 0;
            for (Map.Entry<String, Map<String, Double>> e : fteByOrgRole.entrySet()) {
                if (!org.equals("ALL") && !org.equals(e.getKey())) continue;
                if (!sector.equals("ALL") && !sector.equals(sectorOf.get(e.getKey()))) continue;
                for (Map.Entry<String, Double> line : e.getValue().entrySet())
                    if (role.equals("ALL") || role.equals(line.getKey())) total += line.getValue();
            }
            return total;
        }

        /** The acute organisation with the most FTE in post (ties: the first code), or null if none. */
        String largestAcute() {
            String best = null;
            double most = 0;
            for (String org : fteByOrgRole.keySet().stream().sorted().toList()) {
                if (!"acute".equals(sectorOf.get(org))) continue;
                double f = fte("ALL", "ALL", org);
                if (f > most) {
                    most = f;
                    best = org;
                }
            }
            return best;
        }
    }

    static OutputTable build(ImportContext ctx, Staff staff) throws ImportException {
        // the columns of interventions.csv as the dataset reader knows them, in its order
        OutputTable table = new OutputTable(FILE, InterventionRow.COLUMNS.toArray(String[]::new));
        double residents = ctx.places().total();
        String largest = staff.largestAcute();
        List<Row> rows = new ArrayList<>();
        ctx.mappings()
                .table("starter_interventions.csv", "intervention_code", "kind", "source")
                .forEach(r -> rows.add(Row.of(r)));
        // a scenario's name is given on its first row; a left-out first row must not lose it
        Map<String, String> scenarioNames = new HashMap<>();
        for (Row r : rows) if (!r.scenarioName.isEmpty()) scenarioNames.putIfAbsent(r.scenario, r.scenarioName);
        for (Row r : rows) {
            String org = r.org.equals(LARGEST_ACUTE) ? largest : r.org;
            String basisOrg = r.basisOrg.equals(LARGEST_ACUTE) ? largest : r.basisOrg;
            String what = "starter intervention " + r.code;
            if (org == null || basisOrg == null) {
                ctx.report().skipped(what, "", "the ICB has no acute trust to run it");
                continue;
            }
            String scale = r.scale;
            String sizing = "";
            if (scale.isEmpty()) {
                double basis = staff.fte(r.basisSector, r.basisRole, basisOrg);
                if (!(basis > 0)) {
                    ctx.report().skipped(what, "", "no " + r.basisRole + " staff in " + r.basisSector + " " + basisOrg);
                    continue;
                }
                double sized = Math.max(ROUND_TO, Math.round(r.share * basis / ROUND_TO) * ROUND_TO);
                scale = OutputTable.num(sized, 0);
                sizing = "; scale " + scale + " = " + OutputTable.num(r.share * 100, 2) + " % of "
                        + OutputTable.num(basis, 0) + " FTE in post (" + r.basisRole + ", " + r.basisSector
                        + (basisOrg.equals("ALL") ? "" : ", " + basisOrg) + ") rounded to 10";
            }
            String fixed = "";
            if (r.fixed + r.fixedPer100k > 0) {
                double cost = r.fixed + r.fixedPer100k * residents / 100_000;
                fixed = OutputTable.num(Math.max(COST_ROUND_TO, Math.round(cost / COST_ROUND_TO) * COST_ROUND_TO), 0);
                if (r.fixedPer100k > 0)
                    sizing += "; fixed cost GBP " + OutputTable.num(r.fixedPer100k, 0) + " per 100,000 of "
                            + OutputTable.num(residents, 0) + " residents rounded to GBP 10,000";
            }
            table.add(
                    r.scenario,
                    isFirstWritten(table, r.scenario) ? scenarioNames.getOrDefault(r.scenario, "") : "",
                    r.code,
                    r.name,
                    r.kind,
                    r.sector,
                    r.role,
                    org,
                    "ALL",
                    r.targetSector,
                    r.targetRole,
                    r.capability,
                    ctx.baseMonth().plusMonths(r.offset).toString(),
                    r.ramp,
                    scale,
                    r.course,
                    r.low,
                    r.mode,
                    r.high,
                    fixed,
                    r.perUnit,
                    Intervention.STARTER_SOURCE + ", to be replaced by the partners' own (docs/interventions.md)"
                            + sizing + ". " + r.source);
            ctx.report().defaulted(what, r.kind + " " + scale, r.source);
        }
        return table;
    }

    /** True when no row of the scenario is in the table yet. */
    private static boolean isFirstWritten(OutputTable table, String scenario) {
        return table.rows().stream().noneMatch(row -> row.get(0).equals(scenario));
    }

    /** One row of starter_interventions.csv. */
    private record Row(
            String scenario,
            String scenarioName,
            String code,
            String name,
            String kind,
            String sector,
            String role,
            String org,
            String targetSector,
            String targetRole,
            String capability,
            int offset,
            String ramp,
            String scale,
            double share,
            String basisSector,
            String basisRole,
            String basisOrg,
            String course,
            String low,
            String mode,
            String high,
            double fixed,
            double fixedPer100k,
            String perUnit,
            String source) {
        static Row of(SourceRow r) throws ImportException {
            return new Row(
                    r.text("scenario_code"),
                    r.text("scenario_name"),
                    r.text("intervention_code"),
                    r.text("intervention_name"),
                    r.text("kind"),
                    r.text("sector"),
                    r.text("role_code"),
                    r.text("org_code"),
                    r.text("target_sector"),
                    r.text("target_role"),
                    r.text("capability_code"),
                    (int) r.number("start_offset_months"),
                    r.text("ramp_months"),
                    r.text("scale"),
                    r.text("scale").isEmpty() ? r.number("scale_share") : 0,
                    r.text("basis_sector"),
                    r.text("basis_role"),
                    r.text("basis_org"),
                    r.text("course_months"),
                    r.text("effect_low"),
                    r.text("effect_mode"),
                    r.text("effect_high"),
                    r.optionalNumber("cost_fixed_gbp").orElse(0),
                    r.optionalNumber("cost_fixed_gbp_per_100k").orElse(0),
                    r.text("cost_per_unit_gbp"),
                    r.text("source"));
        }
    }
}
