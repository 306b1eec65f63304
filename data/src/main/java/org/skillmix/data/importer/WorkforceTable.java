package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workforce.csv: each organisation x role's FTE in post with vacancy FTE = FTE x r / (1 - r), bank and agency
 * shares, sickness, leaver intervals (social care: the LA's turnover x asc_leaver_spread) and fill rates that keep
 * the vacancy rate steady while the establishment grows at its historical rate ({@link HistoricalGrowth}).
 */
final class WorkforceTable {

    /** The table and each sector's funded establishment (FTE in post + vacancy FTE, as written). */
    record Built(OutputTable table, Map<String, Double> establishment) {}

    private WorkforceTable() {}

    static Built build(ImportContext ctx, Staffing staffing, HistoricalGrowth growth) throws ImportException {
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
                "source");
        List<String> roleOrder = new ArrayList<>();
        ctx.mappings().table("roles.csv").forEach(row -> roleOrder.add(row.text("role_code")));
        Defaults.Default fillSpread = defaults.use("fill_rate_spread", "fill rates calibrated to the vacancy rate");
        String fillSrc = fillSpread.source();
        String ascFile = staffing.ascIndicators().file();
        Map<String, Double> establishment = new HashMap<>();
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
                double vac = fte * vr / (1 - vr);
                double g = growth.of(role, org.sector())
                        .map(t -> t.growth().mode())
                        .orElse(1.0);
                double[] fill = steadyStateFill(leaver[1], vr, g, fillSpread);
                double fteR = OutputTable.round(fte, 1);
                double vacR = OutputTable.round(vac, 1);
                establishment.merge(org.sector(), fteR + vacR, Double::sum);
                out.add(
                        org.code(),
                        role,
                        "",
                        OutputTable.num(fte, 1),
                        OutputTable.num(vac, 1),
                        OutputTable.num(bank, 1),
                        OutputTable.num(agency, 1),
                        OutputTable.num(sick.value(), 4),
                        OutputTable.num(leaver[0], 4),
                        OutputTable.num(leaver[1], 4),
                        OutputTable.num(leaver[2], 4),
                        OutputTable.num(fill[0], 4),
                        OutputTable.num(fill[1], 4),
                        OutputTable.num(fill[2], 4),
                        "FTE: " + line.source() + "; sickness: " + sick.source() + extra + "; establishment growth "
                                + OutputTable.num(g, 4) + " a year (trend_establishment_growth)");
            }
        }
        return new Built(out, Map.copyOf(establishment));
    }

    private static int order(List<String> order, String role) {
        int i = order.indexOf(role);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * Nobody publishes fill rates; the vacancy rate is observed and roughly stable while the establishment grows
     * (NHS trusts' FTE grew about 30% from June 2018 to 2024/25 with vacancies near 8% throughout), so the fill rate
     * consistent with the published figures is the one that holds the vacancy rate v steady while the establishment
     * grows by G = g^(1/12) a month. The engine's step S' = S(1 - h) + f(E - S) with S = (1 - v)E and E' = G E gives
     * (1 - v) G = (1 - v)(1 - h) + f v, so the monthly fill f = (1 - v)(G - 1 + h)/v, with h = 1 - (1 - leaver
     * rate)^(1/12); annual 1 - (1 - f)^12. With g = 1 it is the flat-establishment f = h(1 - v)/v. The pipeline's
     * qualifiers come on top, so vacancies end below v where a pipeline feeds the role.
     */
    static double[] steadyStateFill(double leaverRate, double vacancyRate, double growth, Defaults.Default spread) {
        double h = 1 - Math.pow(1 - leaverRate, 1.0 / 12);
        double f = (1 - vacancyRate) * (Math.pow(growth, 1.0 / 12) - 1 + h) / vacancyRate;
        double[] factors = {spread.lowNumber(), spread.number(), spread.highNumber()};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = OutputTable.round(1 - Math.pow(1 - Math.min(factors[i] * f, 0.95), 12), 3);
        return out;
    }
}
