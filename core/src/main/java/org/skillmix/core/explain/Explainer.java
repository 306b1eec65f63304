package org.skillmix.core.explain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.allocation.SkillMixProblem;
import org.skillmix.core.allocation.SkillMixSolver;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.projection.AllocationGroup;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * Decomposes deterministic figures into the inputs that made them (DESIGN section 5, Explain): the
 * terms of an explanation add up to the deterministic projection's figure for the same cell.
 */
public final class Explainer {

    /** Demand for a capability in a place and month, summed over sectors, term by term. */
    public DemandExplanation explainDemand(SystemModel model, YearMonth month, String capability, String place) {
        int t = monthIndex(model, month);
        DemandModel demand = new DemandModel(model, t + 1);
        int k = demand.capabilityIndex(capability);
        int p = demand.placeIndex(place);
        int fy = FinancialYear.of(month).startYear();
        int year = demand.populationYear(p, fy);
        // the population projection's error at its mode (0 as published): persons are the projected figure
        double errorPerYear = model.assumption(Assumption.Parameters.POPULATION_ERROR_PER_YEAR, "ALL")
                .map(a -> a.value().mode())
                .orElse(0.0);
        double populationFactor = demand.populationFactor(t, errorPerYear);
        List<DemandTerm> terms = new ArrayList<>();
        double total = 0;
        List<Service> services = demand.services();
        for (int s = 0; s < services.size(); s++) {
            Service service = services.get(s);
            double hours = model.capabilityHours().stream()
                    .filter(h -> h.serviceCode().equals(service.code())
                            && h.capabilityCode().equals(capability))
                    .mapToDouble(h -> h.hoursPerActivity())
                    .sum();
            if (hours <= 0 || year == Integer.MIN_VALUE) continue;
            double growth = Math.pow(service.growth().mode(), t / 12.0);
            double season = demand.season(s, p, month.getMonthValue());
            double dep = demand.deprivationFactor(s, p);
            double unmet = service.unmetNeed().mode();
            double productive = demand.productiveHours(k);
            for (String[] sexBand : demand.sexAgeBands(p, year)) {
                double persons = demand.persons(p, year, sexBand[0], sexBand[1]) * populationFactor;
                double u = demand.utilisation(s, sexBand[0], sexBand[1]);
                if (persons == 0 || u == 0) continue;
                double fte = persons * u * growth * season * dep * unmet * hours / productive / 12.0;
                terms.add(new DemandTerm(
                        service.code(),
                        service.sector().code(),
                        sexBand[1],
                        sexBand[0],
                        year,
                        persons,
                        u,
                        growth,
                        season,
                        dep,
                        unmet,
                        hours,
                        productive,
                        fte));
                total += fte;
            }
        }
        return new DemandExplanation(month, capability, place, terms, total);
    }

    /**
     * Supply of a capability in a place and month, summed over sectors, by sector x role x organisation:
     * every organisation whose catchment includes the place, with the share of its time that serves it.
     */
    public SupplyExplanation explainSupply(SystemModel model, YearMonth month, String capability, String place) {
        int t = monthIndex(model, month);
        ProjectionKernel kernel = new ProjectionKernel(model, t + 1);
        int k = kernel.demand().capabilityIndex(capability);
        int p = kernel.demand().placeIndex(place);
        SupplyModel supply = kernel.supply();
        List<SupplyTerm> terms = new ArrayList<>();
        double[] total = new double[1];
        ProjectionKernel.Worker worker = kernel.newWorker();
        List<AllocationGroup> groups = kernel.groups();
        worker.run(kernel.parameters().modes(), t + 1, (m, w) -> {
            if (m != t) return;
            double[] out = w.lineOut();
            int n = supply.lines();
            for (int g = 0; g < groups.size(); g++) {
                AllocationGroup group = groups.get(g);
                if (group.place() != p) continue;
                int local = -1;
                for (int j = 0; j < group.capabilities().length; j++) if (group.capabilities()[j] == k) local = j;
                if (local < 0) continue;
                SkillMixSolver solver = w.solver(g);
                SkillMixProblem problem = group.problem();
                double[] roleFte = w.groupFte(g);
                for (int j = 0; j < group.lines().length; j++) {
                    int line = group.lines()[j];
                    int role = group.lineLocalRole()[j];
                    double toCapability = 0;
                    for (int a = 0; a < problem.arcs(); a++) {
                        if (problem.arcRole(a) == role && problem.arcCapability(a) == local)
                            toCapability += solver.assigned(a) + solver.spread(a);
                    }
                    double effective = out[SupplyModel.EFFECTIVE * n + line];
                    double share = group.lineShare()[j];
                    // roleFte is the sum of share x effective over the group's lines, so the terms add up
                    double allocated = roleFte[role] > 0 ? toCapability * share * effective / roleFte[role] : 0;
                    WorkforceLine wl = supply.line(line);
                    Organisation org = supply.organisationOf(line);
                    terms.add(new SupplyTerm(
                            org.sector().code(),
                            wl.roleCode(),
                            org.code(),
                            out[SupplyModel.STOCK * n + line],
                            w.supplyState().sickness(line, t),
                            wl.bankFte(),
                            wl.agencyFte(),
                            effective,
                            share,
                            allocated,
                            w.supplyState().pressure()[line],
                            w.supplyState().leaverFactor(line)));
                    total[0] += allocated;
                }
            }
        });
        return new SupplyExplanation(month, capability, place, terms, total[0]);
    }

    private static int monthIndex(SystemModel model, YearMonth month) {
        long t = ChronoUnit.MONTHS.between(model.info().baseMonth(), month);
        if (t < 0 || t >= 360)
            throw new IllegalArgumentException(month + " is outside the 30 years from the base month "
                    + model.info().baseMonth());
        return (int) t;
    }
}
