package org.skillmix.core.explain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * Why there is a gap today: the base month's gap (demand - supply, FTE) of each sector, at every
 * parameter's mode, cut into the parts that make it. With D the demand, D0 = D / unmet the demand before the
 * unmet-need uplift, Dy = D0 / season the same at the year's mean activity per day, E the establishment (fte_in_post + vacancy_fte), S the staff in post, F = S (1 - sickness)
 * + bank + agency the effective FTE (sickness: the month's rate, the annual rate times the sickness season and the
 * staff-experience factor, as the engine applies it) and C the capability supply the skill-mix allocation gives:
 *
 * <pre>
 * gap = D - C
 *     = (Dy - E)                 norm above establishment: what the demand norms ask beyond the funded posts
 *     + (D0 - Dy)                season of the month: the month's activity per day above the year's mean
 *     + (D - D0)                 unmet-need uplift: need not met today
 *     + (E - S)                  vacancies
 *     + S * sickness             staff time lost to sickness in the month
 *     - (bank + agency)          temporary staff covering some of it (a negative part)
 *     + (F - C)                  staff time the allocation cannot put on the capabilities demanded
 * </pre>
 *
 * The parts add up to the gap by construction (each term cancels the next), and the gap is the projection's
 * month-0 gap_fte of the sector in a deterministic run. Where base demand was calibrated to the
 * establishment (no norm for it), the norm part is about 0 and says so: the establishment is set for the year,
 * so the base month's season is a part of its own, not a norm. Where a service's norm has a range
 * (workload_norm_factor: low, 1, high), the norm part has one too: Σ_s Dy_s · low_s − E to Σ_s Dy_s · high_s − E
 * over the sector's services, every norm at the same end of its range.
 */
public record BaseGap(YearMonth month, List<Row> sectors, Row total) {

    /**
     * One sector's base-month figures (FTE) and the parts of its gap.
     *
     * @param demandFte                D: demand with the unmet-need uplift (as projected)
     * @param baseDemandFte            D0: demand before the unmet-need uplift
     * @param establishmentFte         E: funded posts (in post + vacancies)
     * @param inPostFte                S: substantive staff in post
     * @param effectiveFte             F: S (1 - sickness) + bank + agency
     * @param supplyFte                C: capability supply from the allocation
     * @param normAboveEstablishment   Dy - E
     * @param seasonOfMonth            D0 - Dy
     * @param unmetNeedUplift          D - D0
     * @param vacancies                E - S
     * @param sickness                 S x the base month's sickness rate (season and staff experience included)
     * @param bankAndAgency            -(bank + agency): temporary cover, which reduces the gap
     * @param timeOutsideCapabilities  F - C
     * @param normRange                the norm part over the norms' ranges, or null where no service of the sector
     *                                 has a norm with a range
     */
    public record Row(
            String sector,
            double demandFte,
            double baseDemandFte,
            double establishmentFte,
            double inPostFte,
            double effectiveFte,
            double supplyFte,
            double normAboveEstablishment,
            double seasonOfMonth,
            double unmetNeedUplift,
            double vacancies,
            double sickness,
            double bankAndAgency,
            double timeOutsideCapabilities,
            Range normRange) {

        /** The gap, D - C. */
        public double gapFte() {
            return demandFte - supplyFte;
        }

        /** The parts in the order of the class comment, each with its name; they add up to {@link #gapFte()}. */
        public List<Part> parts() {
            return List.of(
                    new Part(PARTS.get(0), normAboveEstablishment),
                    new Part(PARTS.get(1), seasonOfMonth),
                    new Part(PARTS.get(2), unmetNeedUplift),
                    new Part(PARTS.get(3), vacancies),
                    new Part(PARTS.get(4), sickness),
                    new Part(PARTS.get(5), bankAndAgency),
                    new Part(PARTS.get(6), timeOutsideCapabilities));
        }
    }

    /** The low and high ends of a figure over a range of its inputs (FTE). */
    public record Range(double low, double high) {}

    /**
     * One part of a sector's gap.
     *
     * @param name the part's name as a reader sees it, one of {@link #PARTS}
     * @param fte  its FTE (negative where it reduces the gap)
     */
    public record Part(String name, double fte) {}

    /** The names of {@link Row#parts()}, in order, as a reader sees them (the columns of a table of rows). */
    public static final List<String> PARTS = List.of(
            "Norm above establishment",
            "Season of the month",
            "Unmet-need uplift",
            "Vacancies",
            "Sickness absence",
            "Bank and agency cover",
            "Staff time outside the capabilities demanded");

    /** The decomposition of a system's base month, every parameter at its mode. */
    public static BaseGap of(SystemModel model) {
        ProjectionKernel kernel = new ProjectionKernel(model, 1);
        DemandModel demand = kernel.demand();
        SupplyModel supply = kernel.supply();
        ProjectionKernel.Worker worker = kernel.newWorker();
        worker.begin(kernel.parameters().modes());
        worker.step(0);
        int sectors = DemandModel.SECTORS, places = demand.places().size();
        double[] d = new double[sectors], d0 = new double[sectors], dy = new double[sectors];
        double[] c = new double[sectors];
        double[] e = new double[sectors], s = new double[sectors], f = new double[sectors];
        double[] sick = new double[sectors], temporary = new double[sectors];
        boolean[] used = new boolean[sectors];
        // demand before the uplift: the base month with every unmet factor 1 (growth^0 = 1, no population error)
        int services = demand.services().size();
        double[] ones = new double[services];
        Arrays.fill(ones, 1.0);
        double[] withoutUplift = new double[demand.cells()];
        demand.addDemand(0, ones, ones, withoutUplift);
        double[] meanDay = new double[demand.cells()];
        demand.addMeanDayDemand(0, ones, ones, meanDay);
        NormEnds norms = NormEnds.of(model, demand);
        double[][] meanDayEnds = new double[2][demand.cells()];
        for (int end = 0; end < 2; end++) demand.addMeanDayDemand(0, ones, norms.factors()[end], meanDayEnds[end]);
        double[][] dyEnds = new double[2][sectors];
        for (int cell : kernel.activeCells()) {
            int sector = (cell / places) % sectors;
            d[sector] += worker.demandCells()[cell];
            d0[sector] += withoutUplift[cell];
            dy[sector] += meanDay[cell];
            for (int end = 0; end < 2; end++) dyEnds[end][sector] += meanDayEnds[end][cell];
            c[sector] += worker.supplyCells()[cell];
            used[sector] = true;
        }
        double[] lineOut = worker.lineOut();
        int n = supply.lines();
        for (int i = 0; i < n; i++) {
            int sector = supply.sectorOf(i);
            WorkforceLine w = supply.line(i);
            e[sector] += w.establishmentFte();
            s[sector] += w.fteInPost();
            double effective = lineOut[SupplyModel.EFFECTIVE * n + i];
            f[sector] += effective;
            // The time the engine lost to sickness this month, S + bank + agency - F: the dataset's annual rate
            // times the month's sickness season and the staff-experience factor. S x the annual rate alone
            // would leave that difference out of every part, and the parts would not add up to the gap.
            sick[sector] += w.fteInPost() + w.bankFte() + w.agencyFte() - effective;
            temporary[sector] += w.bankFte() + w.agencyFte();
            used[sector] = true;
        }
        List<Row> rows = new ArrayList<>();
        double[] sum = new double[9];
        double[] sumEnds = new double[2];
        boolean anyRange = false;
        for (Sector sector : Sector.values()) {
            int k = sector.ordinal();
            if (!used[k]) continue;
            Range range = norms.ranged()[k] ? new Range(dyEnds[0][k] - e[k], dyEnds[1][k] - e[k]) : null;
            rows.add(row(sector.code(), d[k], d0[k], dy[k], e[k], s[k], f[k], c[k], sick[k], temporary[k], range));
            double[] values = {d[k], d0[k], dy[k], e[k], s[k], f[k], c[k], sick[k], temporary[k]};
            for (int j = 0; j < values.length; j++) sum[j] += values[j];
            anyRange |= range != null;
            sumEnds[0] += dyEnds[0][k];
            sumEnds[1] += dyEnds[1][k];
        }
        Range totalRange = anyRange ? new Range(sumEnds[0] - sum[3], sumEnds[1] - sum[3]) : null;
        Row total = row("ALL", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], totalRange);
        return new BaseGap(model.info().baseMonth(), List.copyOf(rows), total);
    }

    /**
     * Each service's workload-norm factor at the low and high ends of its range (1 without a row), and the sectors
     * with at least one service whose range is not a point.
     */
    private record NormEnds(double[][] factors, boolean[] ranged) {
        static NormEnds of(SystemModel model, DemandModel demand) {
            int services = demand.services().size();
            double[][] factors = new double[2][services];
            boolean[] ranged = new boolean[DemandModel.SECTORS];
            for (int i = 0; i < services; i++) {
                Service service = demand.services().get(i);
                Interval w = model.workloadNorm(service.code());
                factors[0][i] = w.low();
                factors[1][i] = w.high();
                if (w.high() > w.low()) ranged[service.sector().ordinal()] = true;
            }
            return new NormEnds(factors, ranged);
        }
    }

    private static Row row(
            String sector,
            double d,
            double d0,
            double dy,
            double e,
            double s,
            double f,
            double c,
            double sick,
            double temporary,
            Range normRange) {
        return new Row(sector, d, d0, e, s, f, c, dy - e, d0 - dy, d - d0, e - s, sick, -temporary, f - c, normRange);
    }
}
