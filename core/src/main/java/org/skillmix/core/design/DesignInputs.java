package org.skillmix.core.design;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.ReservedCapability;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * A {@link WorkforceDesign.Problem} from a system: capability demand by sector (the sector of the service that
 * creates it) averaged over a financial year (the deterministic run, every parameter at its mode), each role's
 * effective FTE today (S (1 - sickness) + bank + agency) in each sector its organisations are in, and the most it can reach by then: today + years x (labour_pool_annual + qualifiers a
 * year from the pipeline at completion x retention), leavers taken as replaced; a role with neither grows at most
 * by max_growth_annual a year. Scope of practice comes with it: reserved capabilities (reserved_capabilities.csv)
 * and supervision (supervision.csv). Upskillings add or widen what roles can do.
 *
 * <p>The supply baseline moves one thing here: the labour pool, which is the baseline's recruit cap
 * ({@link Baseline#poolParameter()}: labour_pool_annual on the funded plan, trend_labour_pool_annual, the historical
 * intake, on current trends). Demand, today's FTE, the pipeline and the leaver floor are the same in both, and no
 * establishment growth enters a design. The caller checks the dataset can run the baseline.
 */
public final class DesignInputs {
    /**
     * Growth limit for a role with no labour pool, pipeline or max_growth_annual assumption: 5% a year. The NHS Long
     * Term Workforce Plan (2023) plans total NHS workforce growth of 2.6-3.1% a year to 2036/37; no role grows by more
     * than about twice that without a pipeline to feed it. Named in each role's limit text when it applies.
     */
    public static final double DEFAULT_MAX_GROWTH = 0.05;

    private DesignInputs() {}

    /** The problem on the funded-plan baseline. */
    public static WorkforceDesign.Problem from(SystemModel model, int financialYear, List<Upskill> upskills) {
        return from(model, financialYear, upskills, Baseline.FUNDED_PLAN);
    }

    /** The problem whose roles' labour pools are the baseline's. */
    public static WorkforceDesign.Problem from(
            SystemModel model, int financialYear, List<Upskill> upskills, Baseline baseline) {
        YearMonth base = model.info().baseMonth();
        YearMonth first = new FinancialYear(financialYear).firstMonth();
        int startIndex = (int) Math.max(0, ChronoUnit.MONTHS.between(base, first));
        int months = startIndex + 12;
        double years = Math.max(0, ChronoUnit.MONTHS.between(base, first.plusMonths(12)) / 12.0);
        ProjectionKernel kernel = new ProjectionKernel(model, months);
        ProjectionKernel.Worker worker = kernel.newWorker();
        int places = kernel.demand().places().size(), sectors = DemandModel.SECTORS;
        double[] byCapabilitySector = new double[model.capabilities().size() * sectors];
        int[] active = kernel.activeCells();
        worker.begin(kernel.parameters().modes());
        for (int t = 0; t < months; t++) {
            worker.step(t);
            if (t < startIndex) continue;
            double[] d = worker.demandCells();
            // cell = (capability x SECTORS + sector) x places + place (DemandModel.cell)
            for (int c : active) byCapabilitySector[c / places] += d[c] / 12;
        }
        List<WorkforceDesign.Need> needs = new ArrayList<>();
        for (int i = 0; i < byCapabilitySector.length; i++) {
            if (byCapabilitySector[i] > 0)
                needs.add(new WorkforceDesign.Need(
                        kernel.demand().capabilities().get(i / sectors),
                        Sector.values()[i % sectors].code(),
                        byCapabilitySector[i]));
        }
        List<WorkforceDesign.RoleOption> roles = new ArrayList<>();
        for (Role role : model.roles()) roles.add(roleOption(model, role, years, baseline));
        List<WorkforceDesign.CanDo> canDo = new ArrayList<>();
        for (RoleCapability rc : model.roleCapabilities()) {
            double share = rc.maxShare();
            for (Upskill u : upskills) {
                if (u.roleCode().equals(rc.roleCode()) && u.capabilityCode().equals(rc.capabilityCode()))
                    share = Math.max(share, u.maxShare());
            }
            canDo.add(new WorkforceDesign.CanDo(rc.roleCode(), rc.capabilityCode(), Math.min(1, share)));
        }
        for (Upskill u : upskills) {
            boolean present = model.roleCapabilities().stream()
                    .anyMatch(rc -> rc.roleCode().equals(u.roleCode())
                            && rc.capabilityCode().equals(u.capabilityCode()));
            if (!present) canDo.add(new WorkforceDesign.CanDo(u.roleCode(), u.capabilityCode(), u.maxShare()));
        }
        Map<String, Set<String>> licensed = new LinkedHashMap<>();
        Map<String, Double> minShare = new LinkedHashMap<>();
        for (ReservedCapability r : model.reservedCapabilities()) {
            licensed.computeIfAbsent(r.capabilityCode(), k -> new java.util.HashSet<>())
                    .add(r.licensedRoleCode());
            minShare.put(r.capabilityCode(), r.minLicensedShare());
        }
        List<WorkforceDesign.Reserved> reserved = licensed.entrySet().stream()
                .map(e -> new WorkforceDesign.Reserved(e.getKey(), e.getValue(), minShare.get(e.getKey())))
                .toList();
        return new WorkforceDesign.Problem(roles, canDo, needs, reserved, model.supervision());
    }

    /**
     * A role's effective FTE today (S (1 - sickness) + bank + agency) and the most it can reach after `years`:
     * today + years x (the baseline's labour pool a year + qualifiers a year) when it has a labour pool or a pipeline
     * (leavers taken
     * as replaced), else today x (1 + g)^years with g the max_growth_annual assumption (role, then ALL), else
     * {@link #DEFAULT_MAX_GROWTH}; and the least it keeps: (1 - leaver rate)^years of today in each sector (a design
     * loses staff only as they leave).
     */
    static WorkforceDesign.RoleOption roleOption(SystemModel model, Role role, double years, Baseline baseline) {
        Map<String, Double> bySector = new LinkedHashMap<>();
        double inPost = 0, leaving = 0;
        for (WorkforceLine w : model.workforce()) {
            if (!w.roleCode().equals(role.code())) continue;
            inPost += w.fteInPost();
            leaving += w.fteInPost() * w.leaverRate().mode();
            String sector =
                    model.organisation(w.orgCode()).map(o -> o.sector().code()).orElseThrow();
            bySector.merge(sector, w.fteInPost() * (1 - w.sicknessRate()) + w.bankFte() + w.agencyFte(), Double::sum);
        }
        double today =
                bySector.values().stream().mapToDouble(Double::doubleValue).sum();
        // Natural attrition only: the role keeps (1 - h)^years of today, h its FTE-weighted leaver rate (mode).
        double leaverRate = inPost > 0 ? leaving / inPost : 0;
        double retained = Math.pow(1 - leaverRate, years);
        String floor = String.format(
                Locale.ROOT,
                "; keeps at least %.0f%% of today (leaver rate %.1f%% a year)",
                100 * retained,
                100 * leaverRate);
        var pool = model.assumption(baseline.poolParameter(), role.code());
        double qualifiers = qualifiersAYear(model, role.code());
        if (pool.isPresent() || qualifiers > 0) {
            double perYear = pool.map(a -> a.value().mode()).orElse(0.0) + qualifiers;
            String limit = String.format(
                    Locale.ROOT,
                    "today + %.1f years x %,.0f a year (%s %,.0f + pipeline qualifiers %,.0f)",
                    years,
                    perYear,
                    baseline == Baseline.FUNDED_PLAN ? "labour pool" : "historical intake",
                    pool.map(a -> a.value().mode()).orElse(0.0),
                    qualifiers);
            return new WorkforceDesign.RoleOption(
                    role.code(), role.annualCost(), bySector, today + years * perYear, retained, limit + floor);
        }
        var growth = model.assumption(Assumption.Parameters.MAX_GROWTH_ANNUAL, role.code());
        double g = growth.map(a -> a.value().mode()).orElse(DEFAULT_MAX_GROWTH);
        String limit = String.format(
                Locale.ROOT,
                "no labour pool or pipeline: today x (1 + %.1f%%)^%.1f years (%s)",
                100 * g,
                years,
                growth.map(a -> "max_growth_annual " + a.scope())
                        .orElse("built-in default: no max_growth_annual assumption"));
        return new WorkforceDesign.RoleOption(
                role.code(), role.annualCost(), bySector, today * Math.pow(1 + g, years), retained, limit + floor);
    }

    /** Qualifiers a year from the role's latest pipeline year: intake x completion x local retention (modes). */
    private static double qualifiersAYear(SystemModel model, String roleCode) {
        Integer lastYear = null;
        for (PipelineIntake p : model.pipeline()) {
            if (p.roleCode().equals(roleCode) && (lastYear == null || p.year() >= lastYear)) lastYear = p.year();
        }
        double qualifiers = 0;
        for (PipelineIntake p : model.pipeline()) {
            if (p.roleCode().equals(roleCode) && p.year() == lastYear)
                qualifiers += p.intake()
                        * p.completionRate().mode()
                        * p.localRetention().mode();
        }
        return qualifiers;
    }
}
