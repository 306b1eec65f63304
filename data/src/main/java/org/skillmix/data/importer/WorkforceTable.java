package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * workforce.csv: each organisation x role's FTE in post with vacancy FTE = FTE x r / (1 - r), bank and agency
 * shares, sickness, leaver intervals (social care: the LA's turnover x asc_leaver_spread) and fill rates that keep
 * the vacancy rate steady while the establishment grows at its historical rate ({@link HistoricalGrowth}), net of
 * the pipeline's qualifiers and the moves from other roles ({@link SteadyStateFill}).
 */
final class WorkforceTable {

    /**
     * The table, each sector's funded establishment (FTE in post + vacancy FTE, as written) and flows.csv (whose
     * calibrated rates need the lines, and which the fills are net of).
     */
    record Built(OutputTable table, Map<String, Double> establishment, OutputTable flows) {}

    private WorkforceTable() {}

    /**
     * The table with fill rates net of the moves in flows.csv (calibrated to these lines where the catalogue asks)
     * and the qualifiers of pipeline.csv, as written.
     */
    static Built build(
            ImportContext ctx, Staffing staffing, HistoricalGrowth growth, FlowsTable flows, OutputTable pipeline)
            throws ImportException {
        return build(ctx, staffing, growth, flows, AssumptionsTable.qualifiersAtMode(pipeline, ctx.baseYear()));
    }

    static Built build(
            ImportContext ctx,
            Staffing staffing,
            HistoricalGrowth growth,
            FlowsTable catalogueFlows,
            List<SteadyStateFill.Qualifiers> pipeline)
            throws ImportException {
        Defaults defaults = ctx.defaults();
        OutputTable out = new OutputTable(
                "workforce.csv",
                "org_code",
                "role_code",
                "headcount",
                "fte_in_post",
                "vacancy_fte",
                "bank_fte",
                "agency_fte",
                "sickness_rate",
                "leaver_rate_low",
                "leaver_rate_mode",
                "leaver_rate_high",
                "fill_rate_low",
                "fill_rate_mode",
                "fill_rate_high",
                "sickness_rate_basis",
                "leaver_rate_basis",
                "source");
        List<String> roleOrder = new ArrayList<>();
        ctx.mappings().table("roles.csv").forEach(row -> roleOrder.add(row.text("role_code")));
        Defaults.Default fillSpread = defaults.use("fill_rate_spread", "fill rates calibrated to the vacancy rate");
        String fillSrc = fillSpread.source();
        String ascFile = staffing.ascIndicators().file();
        List<Pending> pending = new ArrayList<>();
        for (Organisation org : staffing.organisations()) {
            Map<String, WorkforceLines.Line> lines = staffing.linesOf(org.code());
            List<String> roles = lines.keySet().stream()
                    .sorted((a, b) -> Integer.compare(order(roleOrder, a), order(roleOrder, b)))
                    .toList();
            for (String role : roles) {
                if (!roleOrder.contains(role))
                    throw ImportException.file(
                            "mappings/roles.csv", "has no role " + role + " (used by the staff-group or PCN mapping)");
                WorkforceLines.Line line = lines.get(role);
                double fte = line.fte();
                Rate sick = staffing.sickness().get(org.code());
                double vr;
                double[] leaver;
                double bank;
                double agency;
                String extra;
                // organisation: measured for it, so the staff survey may not move it again (docs/method.md)
                String sicknessBasis = org.sector().equals("primary_care") ? NATIONAL : ORGANISATION;
                String leaverBasis = NATIONAL;
                if (org.sector().equals("adult_social_care")) {
                    AdultSocialCare.LaRates rates = staffing.ascRates().get(org.place());
                    vr = rates.vacancy();
                    double to = rates.turnover();
                    Defaults.Default spread = defaults.use("asc_leaver_spread", "adult social care leaver rates");
                    double cap = defaults.number("asc_leaver_cap", "ALL", "adult social care leaver rates");
                    leaver = new double[] {
                        OutputTable.round(to * spread.lowNumber(), 3),
                        OutputTable.round(to, 3),
                        OutputTable.round(Math.min(cap, to * spread.highNumber()), 3)
                    };
                    bank = fte * defaults.number("asc_bank_share", role, "adult social care bank FTE");
                    agency = fte * defaults.number("asc_agency_share", role, "adult social care agency FTE");
                    String note = rates.note();
                    if (!rates.ownSickness()) sicknessBasis = NATIONAL;
                    if (rates.ownTurnover()) leaverBasis = ORGANISATION;
                    extra = "; vacancy " + OutputTable.num(vr, 3) + " and turnover " + OutputTable.num(to, 3) + " from "
                            + ascFile
                            + (note.isEmpty() ? "" : " (" + note + ")")
                            + " (Skills for Care 2019/20, unweighted mean over 6 job roles; "
                            + "turnover counts moves between providers, so it overstates exits from the system); interval "
                            + spread.low() + "x-" + spread.high() + "x; agency 1% of FTE documented default; "
                            + fillSrc;
                } else {
                    vr = defaults.number("nhs_vacancy_rate", role, "NHS vacancy FTE");
                    Defaults.Default l = defaults.use("nhs_leaver_rate", role, "NHS leaver rates");
                    leaver = new double[] {l.lowNumber(), l.number(), l.highNumber()};
                    bank = fte * defaults.number("nhs_bank_share", role, "NHS bank FTE");
                    agency = fte * defaults.number("nhs_agency_share", role, "NHS agency FTE");
                    extra = "; vacancy: "
                            + defaults.use("nhs_vacancy_rate", role, "NHS vacancy FTE")
                                    .source() + "; leaver rate: "
                            + l.source()
                            + "; bank/agency: nursing & HCSW 6%/1.5% of FTE in post, doctors 3%/3%, others 2%/1% "
                            + "(documented defaults, in line with NHS bank ~6-7% and agency ~1-2% of pay bill after the 2023/24 agency "
                            + "reductions); " + fillSrc;
                }
                double g = growth.of(role, org.sector())
                        .map(t -> t.growth().mode())
                        .orElse(1.0);
                pending.add(new Pending(
                        org.code(),
                        role,
                        new SteadyStateFill.Line(org.place(), org.sector(), role, fte, vr, leaver[1], g),
                        bank,
                        agency,
                        sick.value(),
                        leaver,
                        sicknessBasis,
                        leaverBasis,
                        "FTE: " + line.source() + "; sickness: " + sick.source() + extra + "; establishment growth "
                                + OutputTable.num(g, 4) + " a year (trend_establishment_growth)"));
            }
        }
        List<SteadyStateFill.Line> lines = pending.stream().map(Pending::line).toList();
        OutputTable flowsTable = catalogueFlows.build(lines);
        SteadyStateFill.Fill[] fills = SteadyStateFill.of(lines, AssumptionsTable.flows(ctx, flowsTable), pipeline);
        flagOversupplied(ctx.report(), lines, fills);
        Map<String, Double> establishment = new HashMap<>();
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            SteadyStateFill.Line l = p.line();
            double[] fill = annualFill(fills[k].monthly(), fillSpread);
            double fteR = OutputTable.round(l.fte(), 1);
            double vacR = OutputTable.round(l.vacancy(), 1);
            establishment.merge(l.sector(), fteR + vacR, Double::sum);
            String inflow = fills[k].inflow() > 0
                    ? "; fill net of " + OutputTable.num(fills[k].inflow() * 12, 1)
                            + " FTE a year from the pipeline and moves from other roles (monthly fill "
                            + OutputTable.num(fills[k].monthly(), 4) + " against "
                            + OutputTable.num(fills[k].gross(), 4)
                            + " without them)"
                    : "";
            out.add(
                    p.org(),
                    p.role(),
                    "",
                    OutputTable.num(l.fte(), 1),
                    OutputTable.num(l.vacancy(), 1),
                    OutputTable.num(p.bank(), 1),
                    OutputTable.num(p.agency(), 1),
                    OutputTable.num(p.sickness(), 4),
                    OutputTable.num(p.leaver()[0], 4),
                    OutputTable.num(p.leaver()[1], 4),
                    OutputTable.num(p.leaver()[2], 4),
                    OutputTable.fine(fill[0], 6),
                    OutputTable.fine(fill[1], 6),
                    OutputTable.fine(fill[2], 6),
                    p.sicknessBasis(),
                    p.leaverBasis(),
                    p.source() + inflow);
        }
        return new Built(out, Map.copyOf(establishment), flowsTable);
    }

    /**
     * Flags each sector's role whose lines get more from the pipeline and from other roles than they need to replace
     * leavers and grow: they recruit nobody and their FTE in post grows past the establishment, which a planner should
     * see is the inputs' doing (a national intake or move rate too large for this ICB), not a forecast of growth.
     */
    private static void flagOversupplied(
            ImportReport report, List<SteadyStateFill.Line> lines, SteadyStateFill.Fill[] fills) {
        Map<String, double[]> byRole = new LinkedHashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            SteadyStateFill.Line l = lines.get(k);
            if (!(l.vacancy() > 0) || !fills[k].oversupplied()) continue;
            double[] sums = byRole.computeIfAbsent(l.sector() + " " + l.role(), key -> new double[3]);
            sums[0] += 12 * fills[k].inflow();
            sums[1] += 12 * fills[k].need();
            sums[2]++;
        }
        byRole.forEach((what, sums) -> report.flagged(
                what + OVERSUPPLIED,
                OutputTable.num(sums[0], 1) + " FTE a year in against a need of " + OutputTable.num(sums[1], 1),
                "the pipeline and moves from other roles bring more than the leavers, the moves out and the"
                        + " establishment's growth take (" + (int) sums[2]
                        + " lines): they recruit nobody and their FTE in post grows past"
                        + " the establishment; check the intake and move rates for this ICB"));
    }

    /** How the import report's flag of a role given more than it needs ends. */
    static final String OVERSUPPLIED = ": more coming in than needed";

    private static int order(List<String> order, String role) {
        int i = order.indexOf(role);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * The highest monthly fill an annual rate written to six decimals keeps: 1 - (1 - f)^12 <= 0.999999 needs
     * f <= 1 - 10^(-1/2) = 0.6838. Three decimals, as before, wrote every fill above 0.44 a month as 1, which the
     * engine read back as every vacancy filled every month (social care lines with low vacancy and high turnover).
     */
    static final double MAX_MONTHLY_FILL = 0.68;

    /**
     * The annual fill rates low, mode and high of a line whose calibrated monthly fill is f ({@link SteadyStateFill}):
     * the spread's factors times f, capped at {@link #MAX_MONTHLY_FILL}, as 1 - (1 - f)^12 to six decimals (the
     * engine turns it back into f).
     */
    static double[] annualFill(double monthly, Defaults.Default spread) {
        double[] factors = {spread.lowNumber(), spread.number(), spread.highNumber()};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++)
            out[i] = OutputTable.round(1 - Math.pow(1 - Math.min(factors[i] * monthly, MAX_MONTHLY_FILL), 12), 6);
        return out;
    }

    /** A line read, waiting for its fill: that needs every line's vacancies (qualifiers and moves are shared by them). */
    private record Pending(
            String org,
            String role,
            SteadyStateFill.Line line,
            double bank,
            double agency,
            double sickness,
            double[] leaver,
            String sicknessBasis,
            String leaverBasis,
            String source) {}

    private static final String ORGANISATION = "organisation", NATIONAL = "national";
}
