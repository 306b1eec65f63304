package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * assumptions.csv: the catalogue's assumptions (cost factors, establishment growth, growth limits); the labour
 * pools of the roles the catalogue caps, derived from the published history ({@link LabourPools}) for both
 * baselines; the current-trends baseline's growth ({@link HistoricalGrowth}): one row per trust sector, per
 * documented sector and role, and one per trust, so each trust's growth spreads as England's trusts' did, centred
 * on the system and moved by the part common to its trusts (trend_growth_common, {@link
 * HistoricalGrowth#commonGrowth}); and the population error the engine samples, as measured by {@link
 * PopulationRevision}.
 */
final class AssumptionsTable {

    /** What the supply rows are computed from: the history's growth, the dataset's trusts and the horizon. */
    record SupplyHistory(HistoricalGrowth growth, List<Organisation> trusts, double horizon, String horizonNote) {}

    private AssumptionsTable() {}

    static OutputTable build(
            ImportContext ctx,
            PopulationRevision revision,
            SupplyHistory history,
            OutputTable workforce,
            Map<String, String> sectorOf,
            OutputTable pipeline,
            OutputTable flows)
            throws ImportException {
        double icbPopulation = ctx.places().total();
        OutputTable assumptions = new OutputTable(
                "assumptions.csv", "parameter", "scope", "value_low", "value_mode", "value_high", "unit", "source");
        List<String> capped = new ArrayList<>();
        Map<String, String> cappedUnit = new LinkedHashMap<>();
        List<Object[]> catalogue = new ArrayList<>();
        ctx.mappings()
                .table(
                        "assumptions.csv",
                        "parameter",
                        "scope",
                        "value_low",
                        "value_mode",
                        "value_high",
                        "unit",
                        "scaling",
                        "source")
                .forEach(row -> {
                    String scaling = row.text("scaling");
                    if (scaling.equals("history")) {
                        if (!row.text("parameter").equals("labour_pool_annual"))
                            throw row.error("scaling", "history derives labour_pool_annual rows only");
                        capped.add(row.text("scope"));
                        cappedUnit.put(row.text("scope"), row.text("unit"));
                        catalogue.add(new Object[] {row.text("scope")});
                        return;
                    }
                    boolean scale = scaling.equals("population_vs_gm");
                    double k = scale ? icbPopulation / reference(ctx) : 1;
                    String[] v = new String[3];
                    String[] cols = {"value_low", "value_mode", "value_high"};
                    for (int i = 0; i < 3; i++) {
                        v[i] = row.text(cols[i]).isEmpty()
                                ? ""
                                : scale
                                        ? Long.toString(Math.round(row.number(cols[i]) * k))
                                        : OutputTable.num(row.number(cols[i]), 4);
                    }
                    catalogue.add(new Object[] {
                        row.text("parameter"),
                        row.text("scope"),
                        v[0],
                        v[1],
                        v[2],
                        row.text("unit"),
                        row.text("source")
                                + (scale && Math.abs(k - 1) > 1e-3
                                        ? " (x " + OutputTable.num(k, 3) + " for " + ctx.icb() + ")"
                                        : "")
                    });
                });
        Map<String, LabourPools.Pool> pools = new LinkedHashMap<>();
        for (LabourPools.Pool p : LabourPools.build(
                capped,
                lines(workforce, sectorOf),
                flows(flows, pay(ctx)),
                qualifiers(pipeline, ctx.baseYear()),
                LabourPools.Growth.of(history.growth()),
                history.horizon(),
                history.horizonNote())) pools.put(p.role(), p);
        for (Object[] row : catalogue) {
            if (row.length == 1) {
                LabourPools.Pool p = pools.get((String) row[0]);
                assumptions.add(pool("labour_pool_annual", p, cappedUnit.get(p.role())));
            } else assumptions.add(row);
        }
        for (LabourPools.Pool p : pools.values())
            assumptions.add(pool("trend_labour_pool_annual", p, cappedUnit.get(p.role())));
        for (HistoricalGrowth.Trend t : history.growth().rows()) assumptions.add(growth(t.scope(), t, t.source()));
        for (Organisation trust : history.trusts()) {
            HistoricalGrowth.Trend t = history.growth().sector(trust.sector()).orElseThrow();
            assumptions.add(growth(
                    trust.code(),
                    t,
                    "This trust's own draw of its sector's growth (each trust's growth spreads as England's "
                            + trust.sector().replace('_', ' ') + " trusts' did; the draws are centred on the system"
                            + " and moved together by trend_growth_common): "
                            + t.source()));
        }
        if (!history.trusts().isEmpty()) {
            HistoricalGrowth.Trend common = history.growth().commonGrowth(ctx);
            assumptions.add(growth("trend_growth_common", common.scope(), common, common.source()));
            for (String sector : HistoricalGrowth.TRUST_SECTORS) {
                if (history.trusts().stream().noneMatch(t -> t.sector().equals(sector))) continue;
                history.growth()
                        .sectorGrowth(ctx, sector)
                        .ifPresent(part -> assumptions.add(growth("trend_growth_sector", sector, part, part.source())));
            }
        }
        assumptions.add(
                "population_error_per_year",
                "ALL",
                PopulationRevision.fmt(revision.low()),
                PopulationRevision.fmt(revision.mode()),
                PopulationRevision.fmt(revision.high()),
                "share/year",
                revision.source());
        ctx.report()
                .mapped(
                        "labour pools",
                        pools.size() + " roles",
                        pools.values().stream()
                                        .map(p -> p.role() + " " + ImportReport.figure(p.value()[1], 0))
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("")
                                + " recruits a year (low/high in assumptions.csv), derived from the history for both "
                                + "baselines: recruits that keep up with leavers plus the historical growth to "
                                + history.horizonNote());
        return assumptions;
    }

    private static double reference(ImportContext ctx) throws ImportException {
        return ctx.defaults().number("gm_reference_population", "ALL", "labour pools scaled by population");
    }

    private static Object[] pool(String parameter, LabourPools.Pool p, String unit) {
        return new Object[] {
            parameter,
            p.role(),
            Long.toString(Math.round(p.value()[0])),
            Long.toString(Math.round(p.value()[1])),
            Long.toString(Math.round(p.value()[2])),
            unit,
            p.source()
                    + (parameter.equals("labour_pool_annual")
                            ? "; the funded plan takes the same market: its establishment grows less, so the cap binds"
                                    + " later, if at all"
                            : "")
        };
    }

    private static Object[] growth(String scope, HistoricalGrowth.Trend t, String source) {
        return growth("trend_establishment_growth", scope, t, source);
    }

    private static Object[] growth(String parameter, String scope, HistoricalGrowth.Trend t, String source) {
        return new Object[] {
            parameter,
            scope,
            OutputTable.num(t.growth().low(), 4),
            OutputTable.num(t.growth().mode(), 4),
            OutputTable.num(t.growth().high(), 4),
            "factor/year",
            source
        };
    }

    /** The workforce table's lines as the pools need them. */
    static List<LabourPools.Line> lines(OutputTable workforce, Map<String, String> sectorOf) {
        List<String> h = workforce.header();
        int org = h.indexOf("org_code"), role = h.indexOf("role_code"), fte = h.indexOf("fte_in_post");
        int low = h.indexOf("leaver_rate_low"),
                mode = h.indexOf("leaver_rate_mode"),
                high = h.indexOf("leaver_rate_high");
        List<LabourPools.Line> lines = new ArrayList<>();
        for (List<String> r : workforce.rows()) {
            lines.add(new LabourPools.Line(
                    r.get(org), r.get(role), sectorOf.get(r.get(org)), Double.parseDouble(r.get(fte)), new double[] {
                        Double.parseDouble(r.get(low)), Double.parseDouble(r.get(mode)), Double.parseDouble(r.get(high))
                    }));
        }
        return lines;
    }

    /** The moves between roles flows.csv gives, at the mode with the pay factor, as the engine moves them. */
    static List<LabourPools.Flow> flows(ImportContext ctx, OutputTable flows) throws ImportException {
        return flows(flows, pay(ctx));
    }

    /**
     * The pipeline's qualifiers a year of the base year at the mode, per row with its place: what the fill rates
     * net out ({@link SteadyStateFill}).
     */
    static List<SteadyStateFill.Qualifiers> qualifiersAtMode(OutputTable pipeline, int baseYear) {
        return yields(pipeline, baseYear).stream()
                .map(y -> new SteadyStateFill.Qualifiers(y.role(), y.place(), y.perYear()[1]))
                .toList();
    }

    /**
     * The flows at their mode, adjusted for the pay gap as the engine does: rate x max(0, 1 + elasticity x (pay of
     * the destination role - pay of the origin) / pay of the origin).
     */
    private static List<LabourPools.Flow> flows(OutputTable flows, Map<String, Double> pay) {
        List<String> h = flows.header();
        List<LabourPools.Flow> out = new ArrayList<>();
        for (List<String> r : flows.rows()) {
            String from = r.get(h.indexOf("from_role")), to = r.get(h.indexOf("to_role"));
            double payFrom = pay.getOrDefault(from, 0.0), payTo = pay.getOrDefault(to, 0.0);
            double factor =
                    FlowsTable.payFactor(Double.parseDouble(r.get(h.indexOf("pay_elasticity"))), payFrom, payTo);
            out.add(new LabourPools.Flow(
                    r.get(h.indexOf("from_sector")),
                    from,
                    r.get(h.indexOf("to_sector")),
                    to,
                    Math.min(1, Double.parseDouble(r.get(h.indexOf("annual_rate_mode"))) * factor)));
        }
        return out;
    }

    static Map<String, Double> pay(ImportContext ctx) throws ImportException {
        Map<String, Double> pay = new LinkedHashMap<>();
        ctx.mappings()
                .table("roles.csv", "role_code", "annual_pay_gbp")
                .forEach(row -> pay.put(row.text("role_code"), row.number("annual_pay_gbp")));
        return pay;
    }

    /** A pipeline row's qualifiers a year of the base year: intake x completion x retention at low, mode, high. */
    private record Yield(String role, String place, double[] perYear) {}

    /** Every pipeline row of the base year as its qualifiers a year. */
    private static List<Yield> yields(OutputTable pipeline, int baseYear) {
        List<String> h = pipeline.header();
        List<Yield> yields = new ArrayList<>();
        String[] sfx = {"_low", "_mode", "_high"};
        for (List<String> r : pipeline.rows()) {
            if (!r.get(h.indexOf("year")).equals(Integer.toString(baseYear))) continue;
            double intake = Double.parseDouble(r.get(h.indexOf("intake")));
            double[] y = new double[3];
            for (int x = 0; x < 3; x++) {
                y[x] = intake
                        * Double.parseDouble(r.get(h.indexOf("completion_rate" + sfx[x])))
                        * Double.parseDouble(r.get(h.indexOf("local_retention" + sfx[x])));
            }
            yields.add(new Yield(r.get(h.indexOf("role_code")), r.get(h.indexOf("place_code")), y));
        }
        return yields;
    }

    /** Qualifiers a year of the base year per role, summed over its rows: what the labour pools net out. */
    private static Map<String, double[]> qualifiers(OutputTable pipeline, int baseYear) {
        Map<String, double[]> q = new LinkedHashMap<>();
        for (Yield y : yields(pipeline, baseYear)) {
            double[] sum = q.computeIfAbsent(y.role(), k -> new double[3]);
            for (int x = 0; x < 3; x++) sum[x] += y.perYear()[x];
        }
        return q;
    }
}
