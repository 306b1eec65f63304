package org.skillmix.core.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.system.Supervision;

/**
 * Workforce design by skills, not professions: the role mix that meets a year's capability demand in each sector at
 * least cost, within what each role can grow to and within scope of practice. Staff work in a sector (a GP in general
 * practice, a hospital doctor in acute care), so a role's FTE is designed per sector it works in today, and each
 * sector's demand is met by the roles working there. A linear programme ({@link DesignProgramme}); σ is a sector:
 * <pre>
 * F[r,σ] >= retained[r] today[r,σ], effective FTE of role r in σ, for the sectors r works in today
 * sum_σ F[r,σ] <= upper[r]
 * x[r,σ,k] >= 0,  x[r,σ,k] <= maxShare[r,k] F[r,σ],  sum_k x[r,σ,k] <= F[r,σ]
 * sum_r x[r,σ,k] + short[k,σ] >= demand[k,σ],  short[k,σ] >= 0
 * reserved k:   sum_{r in L(k)} x[r,σ,k] >= m[k] sum_r x[r,σ,k]          (licensed roles deliver at least m of it)
 * supervised r: sum_s z[r,s,σ] + u[r,σ] >= F[r,σ],  sum_r z[r,s,σ] / n[r,s] <= F[s,σ]  (supervisors in the sector)
 * minimise sum_{r,σ} cost[r] F[r,σ] + penalty (sum_{k,σ} short[k,σ] + sum_{r,σ} u[r,σ])
 * </pre>
 * The shortfall variables keep the programme feasible when no mix can meet demand; their penalty (far above any
 * role's cost) makes the LP meet all the demand it can before saving money.
 */
public final class WorkforceDesign {
    /** The sector of problems stated without sectors: every role and every need in one pool. */
    public static final String ANY_SECTOR = "ALL";

    private WorkforceDesign() {}

    /**
     * A role the design may use: annual cost per FTE, its FTE today in each sector it works in, the most it can reach
     * by the year in all of them together, the least share of today's FTE it keeps in each sector (staff leave at the
     * leaver rate; a design does not shed them faster: (1 - leaver rate)^years), and the reason for its limits in
     * words (which pipeline, labour pool, growth assumption and leaver rate set them).
     */
    public record RoleOption(
            String code,
            double annualCost,
            Map<String, Double> todayBySector,
            double upperFte,
            double minRetained,
            String limit) {
        public RoleOption {
            todayBySector = Map.copyOf(todayBySector);
            if (!(minRetained >= 0 && minRetained <= 1))
                throw new IllegalArgumentException("retained share of " + code + " must be in [0, 1]");
        }

        /** A role in one pool with every need (no sectors), free to shrink to nothing. */
        public RoleOption(String code, double annualCost, double todayFte, double upperFte) {
            this(code, annualCost, Map.of(ANY_SECTOR, todayFte), upperFte, 0, "given");
        }

        public double todayFte() {
            return todayBySector.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
        }
    }

    /** A capability a role can deliver, up to maxShare of its time (new and upskilled capabilities included). */
    public record CanDo(String role, String capability, double maxShare) {}

    /** Demand for a capability in a sector, in effective FTE. */
    public record Need(String capability, String sector, double fte) {}

    /** A capability of which licensed roles must deliver at least minShare (prescribing, diagnosis...). */
    public record Reserved(String capability, Set<String> licensedRoles, double minShare) {
        public Reserved {
            licensedRoles = Set.copyOf(licensedRoles);
            if (!(minShare > 0 && minShare <= 1))
                throw new IllegalArgumentException("minimum licensed share of " + capability + " must be in (0, 1]");
        }
    }

    public record Problem(
            List<RoleOption> roles,
            List<CanDo> canDo,
            List<Need> needs,
            List<Reserved> reserved,
            List<Supervision> supervised) {
        public Problem {
            roles = List.copyOf(roles);
            canDo = List.copyOf(canDo);
            needs = List.copyOf(needs);
            reserved = List.copyOf(reserved);
            supervised = List.copyOf(supervised);
            for (Supervision s : supervised)
                if (!(s.maxSuperviseesPerFte() > 0))
                    throw new IllegalArgumentException(
                            "supervisees per " + s.supervisorRoleCode() + " FTE must be > 0");
        }

        /** A problem without sectors: every role meets every need. */
        public Problem(
                List<RoleOption> roles,
                List<CanDo> canDo,
                Map<String, Double> demand,
                List<Reserved> reserved,
                List<Supervision> supervised) {
            this(roles, canDo, pooled(demand), reserved, supervised);
        }

        /** A problem without sectors or scope-of-practice rules. */
        public Problem(List<RoleOption> roles, List<CanDo> canDo, Map<String, Double> demand) {
            this(roles, canDo, pooled(demand), List.of(), List.of());
        }

        /** Demand by capability, summed over sectors. */
        public Map<String, Double> demand() {
            Map<String, Double> total = new LinkedHashMap<>();
            needs.forEach(n -> total.merge(n.capability(), n.fte(), Double::sum));
            return total;
        }

        private static List<Need> pooled(Map<String, Double> demand) {
            return demand.entrySet().stream()
                    .map(e -> new Need(e.getKey(), ANY_SECTOR, e.getValue()))
                    .toList();
        }
    }

    /**
     * One role in the design: FTE today and in the design (in all and by sector), its limit, and the FTE it gives
     * each capability (summed over sectors).
     */
    public record RoleResult(
            String code,
            double todayFte,
            double designFte,
            Map<String, Double> designBySector,
            double upperFte,
            String limit,
            double annualCost,
            Map<String, Double> capabilityFte) {
        public double change() {
            return designFte - todayFte;
        }

        /** The role is at the most it can grow to by the year (within a thousandth of an FTE). */
        public boolean atLimit() {
            return designFte >= upperFte - 1e-3;
        }
    }

    /** FTE of a supervised role that the design places under a supervisor role in a sector. */
    public record Supervising(String role, String supervisor, String sector, double fte) {}

    /**
     * The design: roles, the demand no feasible mix meets (by capability, summed over sectors), who supervises whom,
     * the FTE the design cannot give a supervisor ("PA in acute" -> FTE: staff it must keep in a sector without
     * enough supervisors), and the annual cost of the designed and of today's mix (effective FTE x cost per FTE).
     */
    public record Design(
            List<RoleResult> roles,
            Map<String, Double> shortfall,
            List<Supervising> supervising,
            Map<String, Double> withoutSupervisor,
            double annualCost,
            double todayAnnualCost,
            String solverState) {
        public RoleResult role(String code) {
            return roles.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        }

        /** FTE of a capability the design gives to roles in a set. */
        public double capabilityFte(String capability, Set<String> fromRoles) {
            return roles.stream()
                    .filter(r -> fromRoles.contains(r.code()))
                    .mapToDouble(r -> r.capabilityFte().getOrDefault(capability, 0.0))
                    .sum();
        }
    }

    public static Design solve(Problem problem) {
        return new DesignProgramme(problem).solve();
    }
}
