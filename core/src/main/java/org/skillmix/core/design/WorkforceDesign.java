package org.skillmix.core.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Workforce design by skills, not professions: the role mix that meets a year's capability demand at least
 * cost, within what each role can grow to. A linear programme (ojAlgo):
 * <pre>
 * F[r] >= 0 role FTE (effective),  F[r] <= upper[r]          (today's FTE + what pipeline and labour pool can add)
 * x[r,k] >= 0,  x[r,k] <= maxShare[r,k] F[r],  sum_k x[r,k] <= F[r]
 * sum_r x[r,k] + short[k] >= demand[k],  short[k] >= 0
 * minimise sum_r cost[r] F[r] + penalty sum_k short[k]
 * </pre>
 * The shortfall variables keep the programme feasible when no mix can meet demand; their penalty (far
 * above any role's cost) makes the LP meet all the demand it can before saving money.
 */
public final class WorkforceDesign {

    /** A role the design may use: annual cost per FTE, today's FTE and the most it can reach by the year. */
    public record RoleOption(String code, double annualCost, double todayFte, double upperFte) {}

    /** A capability a role can deliver, up to maxShare of its time (new and upskilled capabilities included). */
    public record CanDo(String role, String capability, double maxShare) {}

    public record Problem(List<RoleOption> roles, List<CanDo> canDo, Map<String, Double> demand) {
        public Problem {
            roles = List.copyOf(roles);
            canDo = List.copyOf(canDo);
            demand = Map.copyOf(demand);
        }
    }

    /** One role in the design: FTE today and in the design, and the FTE it gives each capability. */
    public record RoleResult(
            String code, double todayFte, double designFte, double annualCost, Map<String, Double> capabilityFte) {
        public double change() {
            return designFte - todayFte;
        }
    }

    public record Design(
            List<RoleResult> roles,
            Map<String, Double> shortfall,
            double annualCost,
            double todayAnnualCost,
            String solverState) {
        public RoleResult role(String code) {
            return roles.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        }
    }

    public static Design solve(Problem problem) {
        List<RoleOption> roles = problem.roles();
        List<String> caps =
                new ArrayList<>(new java.util.TreeSet<>(problem.demand().keySet()));
        double maxCost =
                roles.stream().mapToDouble(RoleOption::annualCost).max().orElse(1);
        double penalty = 1000 * Math.max(1, maxCost);
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Integer> roleIndex = new HashMap<>();
        Variable[] f = new Variable[roles.size()];
        Expression[] roleTime = new Expression[roles.size()];
        for (int r = 0; r < roles.size(); r++) {
            RoleOption o = roles.get(r);
            roleIndex.put(o.code(), r);
            // costs in GBP thousands keep the objective's coefficients near 1
            f[r] = model.addVariable("F_" + o.code())
                    .lower(0)
                    .upper(BigDecimal.valueOf(Math.max(0, o.upperFte())))
                    .weight(o.annualCost() / 1000);
            roleTime[r] = model.addExpression("time_" + o.code()).upper(0);
            roleTime[r].set(f[r], -1);
        }
        Map<String, Expression> cover = new HashMap<>();
        for (String k : caps) {
            Variable shortK = model.addVariable("short_" + k).lower(0).weight(penalty / 1000);
            Expression e = model.addExpression("cover_" + k)
                    .lower(BigDecimal.valueOf(problem.demand().get(k)));
            e.set(shortK, 1);
            cover.put(k, e);
        }
        List<Variable> arcs = new ArrayList<>();
        List<CanDo> used = new ArrayList<>();
        for (CanDo c : problem.canDo()) {
            Integer r = roleIndex.get(c.role());
            Expression e = cover.get(c.capability());
            if (r == null || e == null || c.maxShare() <= 0) continue;
            Variable x =
                    model.addVariable("x_" + c.role() + "_" + c.capability()).lower(0);
            Expression share = model.addExpression("share_" + c.role() + "_" + c.capability())
                    .upper(0);
            share.set(x, 1).set(f[r], -c.maxShare());
            roleTime[r].set(x, 1);
            e.set(x, 1);
            arcs.add(x);
            used.add(c);
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible())
            throw new IllegalStateException("workforce design LP: " + result.getState());
        List<RoleResult> out = new ArrayList<>();
        double cost = 0, today = 0;
        for (int r = 0; r < roles.size(); r++) {
            RoleOption o = roles.get(r);
            Map<String, Double> byCap = new java.util.LinkedHashMap<>();
            for (int a = 0; a < arcs.size(); a++) {
                if (used.get(a).role().equals(o.code()))
                    byCap.put(used.get(a).capability(), arcs.get(a).getValue().doubleValue());
            }
            double fte = f[r].getValue().doubleValue();
            out.add(new RoleResult(o.code(), o.todayFte(), fte, o.annualCost(), byCap));
            cost += fte * o.annualCost();
            today += o.todayFte() * o.annualCost();
        }
        Map<String, Double> shortfall = new java.util.LinkedHashMap<>();
        for (String k : caps) {
            double covered = 0;
            for (int a = 0; a < arcs.size(); a++)
                if (used.get(a).capability().equals(k))
                    covered += arcs.get(a).getValue().doubleValue();
            shortfall.put(k, Math.max(0, problem.demand().get(k) - covered));
        }
        return new Design(out, shortfall, cost, today, result.getState().toString());
    }
}
