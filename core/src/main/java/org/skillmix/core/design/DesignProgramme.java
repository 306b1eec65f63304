package org.skillmix.core.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.skillmix.core.design.WorkforceDesign.CanDo;
import org.skillmix.core.design.WorkforceDesign.Need;
import org.skillmix.core.design.WorkforceDesign.Problem;
import org.skillmix.core.design.WorkforceDesign.Reserved;
import org.skillmix.core.design.WorkforceDesign.RoleOption;
import org.skillmix.core.system.Supervision;

/**
 * The workforce design LP of {@link WorkforceDesign}, built one constraint family per method so each can be read
 * (and tested) against its line of the formulation. Costs are in GBP thousands to keep coefficients near 1.
 */
final class DesignProgramme {
    /** A role working in a sector, with its FTE variable F[r,σ]. */
    record Post(int role, String code, String sector, Variable fte) {}

    /** A capability a post can deliver, with its variable x[r,σ,k]. */
    record Arc(Post post, String capability, Variable fte) {}

    /** Supervision of a post by a supervisor post in the same sector, with its variable z[r,s,σ]. */
    record SupervisionFlow(Post supervised, Post supervisor, Variable fte) {}

    /** FTE of a supervised post left without a supervisor, u[r,σ]. */
    record Unsupervised(Post post, Variable fte) {}

    private final Problem problem;
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, Expression> cover = new LinkedHashMap<>();
    private final List<Arc> arcs = new ArrayList<>();
    private final List<SupervisionFlow> supervision = new ArrayList<>();
    private final List<Unsupervised> unsupervised = new ArrayList<>();
    private double penalty;

    DesignProgramme(Problem problem) {
        this.problem = problem;
    }

    WorkforceDesign.Design solve() {
        addPosts();
        addCover();
        addCapabilityTime();
        addReservedCapabilities();
        addSupervision();
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible())
            throw new IllegalStateException("workforce design LP: " + result.getState());
        return DesignResult.read(
                problem,
                posts,
                arcs,
                supervision,
                unsupervised,
                result.getState().toString());
    }

    /**
     * retained[r] today[r,σ] <= F[r,σ] at cost[r] a year, for the sectors r works in today, and
     * sum_σ F[r,σ] <= upper[r] (when the floors add up to more than the upper limit, the floors give way: a role
     * cannot be asked to keep more than it can have).
     */
    private void addPosts() {
        for (int r = 0; r < problem.roles().size(); r++) {
            RoleOption o = problem.roles().get(r);
            Expression total =
                    model.addExpression("total_" + o.code()).upper(BigDecimal.valueOf(Math.max(0, o.upperFte())));
            double scale = Math.min(1, Math.max(0, o.upperFte()) / Math.max(1e-9, o.minRetained() * o.todayFte()));
            for (var today : new TreeMap<>(o.todayBySector()).entrySet()) {
                String sector = today.getKey();
                Variable f = model.addVariable("F_" + o.code() + "_" + sector)
                        .lower(BigDecimal.valueOf(o.minRetained() * today.getValue() * scale))
                        .weight(o.annualCost() / 1000);
                total.set(f, 1);
                posts.add(new Post(r, o.code(), sector, f));
            }
        }
    }

    /** sum_r x[r,σ,k] + short[k,σ] >= demand[k,σ], short[k,σ] at a penalty far above any role's cost. */
    private void addCover() {
        double maxCost = problem.roles().stream()
                .mapToDouble(RoleOption::annualCost)
                .max()
                .orElse(1);
        penalty = 1000 * Math.max(1, maxCost);
        Map<String, Double> demand = new LinkedHashMap<>();
        for (Need n : problem.needs()) demand.merge(key(n.capability(), n.sector()), n.fte(), Double::sum);
        demand.forEach((key, fte) -> {
            Variable shortK = model.addVariable("short_" + key).lower(0).weight(penalty / 1000);
            cover.put(
                    key,
                    model.addExpression("cover_" + key)
                            .lower(BigDecimal.valueOf(fte))
                            .set(shortK, 1));
        });
    }

    /** x[r,σ,k] <= maxShare[r,k] F[r,σ] and sum_k x[r,σ,k] <= F[r,σ]. */
    private void addCapabilityTime() {
        for (Post p : posts) {
            Expression time = model.addExpression("time_" + p.code() + "_" + p.sector())
                    .upper(0)
                    .set(p.fte(), -1);
            for (CanDo c : problem.canDo()) {
                Expression e = cover.get(key(c.capability(), p.sector()));
                if (!c.role().equals(p.code()) || e == null || c.maxShare() <= 0) continue;
                String name = p.code() + "_" + p.sector() + "_" + c.capability();
                Variable x = model.addVariable("x_" + name).lower(0);
                model.addExpression("share_" + name).upper(0).set(x, 1).set(p.fte(), -Math.min(1, c.maxShare()));
                time.set(x, 1);
                e.set(x, 1);
                arcs.add(new Arc(p, c.capability(), x));
            }
        }
    }

    /**
     * In each sector: sum_{r not in L} x[r,σ,k] <= ((1 - m) / m) sum_{r in L} x[r,σ,k], so the unlicensed roles' part
     * of capability k is at most (1 - m) of what is delivered and the licensed part at least m (m = 1: none).
     */
    private void addReservedCapabilities() {
        for (Reserved rule : problem.reserved()) {
            Map<String, Expression> bySector = new LinkedHashMap<>();
            double licensedWeight = -(1 - rule.minShare()) / rule.minShare();
            for (Arc a : arcs) {
                if (!a.capability().equals(rule.capability())) continue;
                bySector.computeIfAbsent(
                                a.post().sector(),
                                s -> model.addExpression("reserved_" + key(rule.capability(), s))
                                        .upper(0))
                        .set(a.fte(), rule.licensedRoles().contains(a.post().code()) ? licensedWeight : 1);
            }
        }
    }

    /**
     * sum_s z[r,s,σ] + u[r,σ] >= F[r,σ] for each post of a supervised role (every FTE of it has a supervisor in its
     * sector), and sum_r z[r,s,σ] / n[r,s] <= F[s,σ] for each supervisor post (its FTE bound the places it offers,
     * shared by every role it supervises). u[r,σ] >= 0 is FTE left without a supervisor, at the shortfall penalty:
     * the design supervises everyone it can, and says who it cannot (today's staff it must keep, in a sector without
     * enough supervisors), instead of having no answer.
     */
    private void addSupervision() {
        Set<String> supervisedRoles = new java.util.HashSet<>();
        problem.supervised().forEach(s -> supervisedRoles.add(s.roleCode()));
        Map<Post, Expression> supervisedBy = new LinkedHashMap<>();
        Map<Post, Expression> places = new LinkedHashMap<>();
        for (Post p : posts) {
            if (!supervisedRoles.contains(p.code())) continue;
            Variable u = model.addVariable("unsupervised_" + p.code() + "_" + p.sector())
                    .lower(0)
                    .weight(penalty / 1000);
            supervisedBy.put(
                    p,
                    model.addExpression("supervised_" + p.code() + "_" + p.sector())
                            .lower(0)
                            .set(p.fte(), -1)
                            .set(u, 1));
            unsupervised.add(new Unsupervised(p, u));
        }
        for (Supervision rule : problem.supervised()) {
            for (Post p : posts) {
                if (!p.code().equals(rule.roleCode())) continue;
                Post s = post(rule.supervisorRoleCode(), p.sector());
                if (s == null) continue;
                Variable z = model.addVariable("z_" + p.code() + "_" + s.code() + "_" + p.sector())
                        .lower(0);
                supervisedBy.get(p).set(z, 1);
                places.computeIfAbsent(
                                s,
                                q -> model.addExpression("supervisor_" + q.code() + "_" + q.sector())
                                        .upper(0)
                                        .set(q.fte(), -1))
                        .set(z, 1 / rule.maxSuperviseesPerFte());
                supervision.add(new SupervisionFlow(p, s, z));
            }
        }
    }

    private Post post(String role, String sector) {
        for (Post p : posts) if (p.code().equals(role) && p.sector().equals(sector)) return p;
        return null;
    }

    private static String key(String capability, String sector) {
        return capability + "@" + sector;
    }
}
