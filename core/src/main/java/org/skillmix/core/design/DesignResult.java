package org.skillmix.core.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ojalgo.optimisation.Variable;
import org.skillmix.core.design.DesignProgramme.Arc;
import org.skillmix.core.design.DesignProgramme.Post;
import org.skillmix.core.design.DesignProgramme.SupervisionFlow;
import org.skillmix.core.design.WorkforceDesign.Need;
import org.skillmix.core.design.WorkforceDesign.Problem;
import org.skillmix.core.design.WorkforceDesign.RoleOption;

/** Reads a solved design LP back into roles, capabilities, supervision and cost. */
final class DesignResult {
    private DesignResult() {}

    static WorkforceDesign.Design read(
            Problem problem,
            List<Post> posts,
            List<Arc> arcs,
            List<SupervisionFlow> supervision,
            List<DesignProgramme.Unsupervised> unsupervised,
            String state) {
        List<WorkforceDesign.RoleResult> roles = new ArrayList<>();
        double cost = 0, today = 0;
        for (int r = 0; r < problem.roles().size(); r++) {
            RoleOption o = problem.roles().get(r);
            Map<String, Double> bySector = new TreeMap<>();
            for (Post p : posts) if (p.role() == r) bySector.put(p.sector(), value(p.fte()));
            Map<String, Double> byCapability = new LinkedHashMap<>();
            for (Arc a : arcs)
                if (a.post().role() == r) byCapability.merge(a.capability(), value(a.fte()), Double::sum);
            double fte =
                    bySector.values().stream().mapToDouble(Double::doubleValue).sum();
            roles.add(new WorkforceDesign.RoleResult(
                    o.code(), o.todayFte(), fte, bySector, o.upperFte(), o.limit(), o.annualCost(), byCapability));
            cost += fte * o.annualCost();
            today += o.todayFte() * o.annualCost();
        }
        Map<String, Double> delivered = new TreeMap<>();
        for (Arc a : arcs) delivered.merge(a.capability() + "@" + a.post().sector(), value(a.fte()), Double::sum);
        Map<String, Double> shortfall = new TreeMap<>();
        for (Need n : problem.needs()) shortfall.merge(n.capability(), 0.0, Double::sum);
        Map<String, Double> needed = new TreeMap<>();
        for (Need n : problem.needs()) needed.merge(n.capability() + "@" + n.sector(), n.fte(), Double::sum);
        needed.forEach((key, fte) -> shortfall.merge(
                key.substring(0, key.indexOf('@')), Math.max(0, fte - delivered.getOrDefault(key, 0.0)), Double::sum));
        List<WorkforceDesign.Supervising> supervising = new ArrayList<>();
        for (SupervisionFlow s : supervision) {
            double fte = value(s.fte());
            if (fte > 1e-6)
                supervising.add(new WorkforceDesign.Supervising(
                        s.supervised().code(),
                        s.supervisor().code(),
                        s.supervised().sector(),
                        fte));
        }
        Map<String, Double> withoutSupervisor = new TreeMap<>();
        for (DesignProgramme.Unsupervised u : unsupervised) {
            double fte = value(u.fte());
            if (fte > 1e-6)
                withoutSupervisor.merge(u.post().code() + " in " + u.post().sector(), fte, Double::sum);
        }
        return new WorkforceDesign.Design(roles, shortfall, supervising, withoutSupervisor, cost, today, state);
    }

    private static double value(Variable v) {
        return v.getValue() == null ? 0 : v.getValue().doubleValue();
    }
}
