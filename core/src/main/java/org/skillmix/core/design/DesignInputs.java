package org.skillmix.core.design;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.demand.FinancialYear;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * A {@link WorkforceDesign.Problem} from a system: capability demand averaged over a financial year (the
 * deterministic run, every parameter at its mode), each role's effective FTE today (S (1 - sickness) +
 * bank + agency), and the most it can reach by then: today + years x (labour_pool_annual + qualifiers a
 * year from the pipeline at completion x retention), leavers taken as replaced. A role without a labour
 * pool assumption is limited by its pipeline only if it has one, else unlimited. Upskillings add or widen
 * what roles can do.
 */
public final class DesignInputs {
    private DesignInputs() {}

    public static WorkforceDesign.Problem from(SystemModel model, int financialYear, List<Upskill> upskills) {
        YearMonth base = model.info().baseMonth();
        YearMonth first = new FinancialYear(financialYear).firstMonth();
        int startIndex = (int) Math.max(0, ChronoUnit.MONTHS.between(base, first));
        int months = startIndex + 12;
        double years = Math.max(0, ChronoUnit.MONTHS.between(base, first.plusMonths(12)) / 12.0);
        ProjectionKernel kernel = new ProjectionKernel(model, months);
        ProjectionKernel.Worker worker = kernel.newWorker();
        double[] byCapability = new double[model.capabilities().size()];
        int places = kernel.demand().places().size(), sectors = org.skillmix.core.demand.DemandModel.SECTORS;
        int[] active = kernel.activeCells();
        worker.begin(kernel.parameters().modes());
        for (int t = 0; t < months; t++) {
            worker.step(t);
            if (t < startIndex) continue;
            double[] d = worker.demandCells();
            for (int c : active) byCapability[c / places / sectors] += d[c] / 12;
        }
        Map<String, Double> demand = new LinkedHashMap<>();
        for (int k = 0; k < byCapability.length; k++) {
            if (byCapability[k] > 0) demand.put(kernel.demand().capabilities().get(k), byCapability[k]);
        }
        List<WorkforceDesign.RoleOption> roles = new ArrayList<>();
        for (Role role : model.roles()) {
            double today = 0;
            for (WorkforceLine w : model.workforce()) {
                if (w.roleCode().equals(role.code()))
                    today += w.fteInPost() * (1 - w.sicknessRate()) + w.bankFte() + w.agencyFte();
            }
            double pool = model.assumption(Assumption.Parameters.LABOUR_POOL_ANNUAL, role.code())
                    .map(a -> a.value().mode())
                    .orElse(Double.NaN);
            double qualifiers = 0;
            boolean hasPipeline = false;
            Integer lastYear = null;
            for (PipelineIntake p : model.pipeline()) {
                if (p.roleCode().equals(role.code()) && (lastYear == null || p.year() >= lastYear)) lastYear = p.year();
            }
            for (PipelineIntake p : model.pipeline()) {
                if (p.roleCode().equals(role.code()) && p.year() == lastYear) {
                    qualifiers += p.intake()
                            * p.completionRate().mode()
                            * p.localRetention().mode();
                    hasPipeline = true;
                }
            }
            double upper = Double.isNaN(pool) && !hasPipeline
                    ? Double.MAX_VALUE / 4
                    : today + years * ((Double.isNaN(pool) ? 0 : pool) + qualifiers);
            roles.add(new WorkforceDesign.RoleOption(role.code(), role.annualCost(), today, upper));
        }
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
        return new WorkforceDesign.Problem(roles, canDo, demand);
    }
}
