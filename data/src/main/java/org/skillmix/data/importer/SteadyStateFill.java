package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.skillmix.core.supply.SupplyModel;

/**
 * The monthly fill rate of each workforce line that holds its published vacancy rate steady while its
 * establishment grows at its historical rate, given every other flow the engine moves into and out of it.
 *
 * <p>Nobody publishes fill rates; the vacancy rate is observed and roughly stable while the establishment grows
 * (NHS trusts' FTE grew about 30% from June 2018 to 2024/25 with vacancies near 8% throughout), so the fill rate
 * consistent with the published figures is the one that keeps S = (1 − v)E as E grows by G = g^(1/12) a month.
 * The engine's month moves S' = S(1 − h − o) + f·V + Q + I, with h the leaver hazard, o the hazards of moves to
 * other roles or sectors (flows.csv), V = E − S = S·v/(1 − v) the vacancy, Q the pipeline's qualifiers and I the
 * moves in from other lines, both shared among a group's lines by vacancy as the engine shares them. Holding
 * S' = G·S:
 *
 * <pre>
 *   f = [ S (G − 1 + h + o) − Q − I ] / V                     (floored at 0)
 * </pre>
 *
 * With no pipeline and no moves it is (1 − v)(G − 1 + h)/v. The labour pools (LabourPools) are net of the same
 * qualifiers and moves, so the fill and the cap agree on what the market has to supply. Before this the fill
 * ignored Q and I, which then came on top: every role a pipeline feeds ended with fewer vacancies than published
 * and the back-test over England's 42 ICBs projected the trusts' FTE 3% above what happened (docs/backtest.md).
 */
final class SteadyStateFill {

    /** A workforce line at the base: its FTE in post, vacancy rate, leaver rate a year and growth a year. */
    record Line(
            String place,
            String sector,
            String role,
            double fte,
            double vacancyRate,
            double leaverRate,
            double growth) {

        double vacancy() {
            return fte * vacancyRate / (1 - vacancyRate);
        }

        /** What a month takes per FTE in post: the establishment's growth and the leavers, G − 1 + h. */
        double growthAndLeavers() {
            return Math.pow(growth, 1.0 / 12) - 1 + SupplyModel.monthlyHazard(leaverRate);
        }

        /** FTE a month to replace leavers and follow the establishment's growth: S (G − 1 + h). */
        double replacementNeed() {
            return fte * growthAndLeavers();
        }
    }

    /** Pipeline qualifiers a year into a role's lines in a place ("ALL": every place). */
    record Qualifiers(String role, String place, double perYear) {}

    /**
     * A line's calibrated fill: the monthly hazard, the hazard without Q and I, what came in from elsewhere a month
     * (Q + I) for the note, and what the line needs a month to hold its vacancy rate, S (G − 1 + h + o).
     */
    record Fill(double monthly, double gross, double inflow, double need) {

        /** Q + I alone exceed the need: the line recruits nobody and grows past its establishment. */
        boolean oversupplied() {
            return inflow > need;
        }
    }

    private SteadyStateFill() {}

    /** The fill of every line, in the lines' order. */
    static Fill[] of(List<Line> lines, List<LabourPools.Flow> flows, List<Qualifiers> pipeline) {
        int n = lines.size();
        double[] inflow = new double[n];
        double[] out = new double[n];
        for (LabourPools.Flow f : flows) {
            double hazard = SupplyModel.monthlyHazard(f.rate());
            double moved = 0;
            for (int i = 0; i < n; i++) {
                Line l = lines.get(i);
                if (l.sector().equals(f.fromSector()) && l.role().equals(f.fromRole())) {
                    out[i] += hazard;
                    moved += hazard * l.fte();
                }
            }
            share(
                    moved,
                    lines,
                    inflow,
                    l -> l.sector().equals(f.toSector()) && l.role().equals(f.toRole()));
        }
        Map<String, Double> perGroup = new LinkedHashMap<>();
        for (Qualifiers q : pipeline) perGroup.merge(q.role() + "|" + q.place(), q.perYear(), Double::sum);
        perGroup.forEach((key, perYear) -> {
            String role = key.substring(0, key.indexOf('|')), place = key.substring(key.indexOf('|') + 1);
            share(
                    perYear / 12,
                    lines,
                    inflow,
                    l -> l.role().equals(role) && ("ALL".equals(place) || place.equals(l.place())));
        });
        Fill[] fills = new Fill[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            double grow = l.growthAndLeavers();
            double gross = (1 - l.vacancyRate()) * grow / l.vacancyRate();
            double vacancy = l.vacancy();
            double need = l.fte() * (grow + out[i]);
            double net = vacancy > 0 ? Math.max(0, (need - inflow[i]) / vacancy) : gross;
            fills[i] = new Fill(net, gross, inflow[i], need);
        }
        return fills;
    }

    /** Shares amount among the matching lines by their vacancy (by FTE where none has a vacancy), as the engine. */
    private static void share(double amount, List<Line> lines, double[] into, Predicate<Line> to) {
        if (amount <= 0) return;
        double vacancies = 0, fte = 0;
        for (Line l : lines)
            if (to.test(l)) {
                vacancies += l.vacancy();
                fte += l.fte();
            }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!to.test(l)) continue;
            if (vacancies > 0) into[i] += amount * l.vacancy() / vacancies;
            else if (fte > 0) into[i] += amount * l.fte() / fte;
        }
    }
}
