package org.skillmix.core.intervention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * The system scenarios run on: the dataset's model widened with what some interventions need to exist
 * from month 0, empty until they act: a workforce line (0 FTE, no posts) for each new role's posts, an
 * adult-social-care arm "ORG-HOMECARE" for each trust expanding homecare, and the upskillings' trained
 * role versions in the kernel. The added lines come after the dataset's and register their (fixed)
 * parameters last, so every dataset parameter draws the same random number as in a plain projection:
 * the baseline of any comparison equals the plain projection's draws (common random numbers).
 */
public final class ScenarioSystem {
    /** Leaver rate of a new line when its role has no line in the dataset to copy: a documented default. */
    static final double DEFAULT_NEW_ROLE_LEAVER_RATE = 0.12;

    private ScenarioSystem() {}

    public static String homecareOrganisation(String trust) {
        return trust + "-HOMECARE";
    }

    /** The dataset's model plus the empty lines and organisations the scenarios' interventions need. */
    public static SystemModel widen(SystemModel model, Collection<Scenario> scenarios) {
        List<Organisation> organisations = new ArrayList<>(model.organisations());
        List<WorkforceLine> workforce = new ArrayList<>(model.workforce());
        Set<String> have = new LinkedHashSet<>();
        for (WorkforceLine w : workforce) have.add(w.orgCode() + "|" + w.roleCode());
        for (Scenario s : scenarios) {
            for (Intervention iv : s.interventions()) {
                if (iv.kind() == InterventionKind.NEW_ROLE) {
                    requireRole(model, iv);
                    for (Organisation o : model.organisations()) {
                        if (matches(iv.scope().sector(), o.sector().code())
                                && matches(iv.scope().organisation(), o.code())
                                && matches(iv.scope().place(), o.placeCode())
                                && have.add(o.code() + "|" + iv.targetRole())) {
                            workforce.add(emptyLine(model, o.code(), iv.targetRole()));
                        }
                    }
                } else if (iv.kind() == InterventionKind.HOMECARE_EXPANSION) {
                    requireRole(model, iv);
                    Organisation trust = model.organisation(iv.scope().organisation())
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "homecare expansion " + iv.code() + " needs one organisation in its scope"));
                    String code = homecareOrganisation(trust.code());
                    if (organisations.stream().noneMatch(o -> o.code().equals(code))) {
                        organisations.add(new Organisation(
                                code, trust.name() + " (homecare)", Sector.ADULT_SOCIAL_CARE, trust.placeCode()));
                    }
                    if (have.add(code + "|" + iv.targetRole())) workforce.add(emptyLine(model, code, iv.targetRole()));
                }
            }
        }
        if (workforce.size() == model.workforce().size()) return model;
        return model.toBuilder()
                .organisations(organisations)
                .workforce(workforce)
                .build();
    }

    /** The upskillings of the scenarios, each once, in first-seen order. */
    public static List<Upskill> upskills(Collection<Scenario> scenarios) {
        Set<Upskill> out = new LinkedHashSet<>();
        for (Scenario s : scenarios) {
            for (Intervention iv : s.interventions()) {
                if (iv.kind() == InterventionKind.UPSKILLING)
                    out.add(new Upskill(iv.scope().role(), iv.capability(), iv.scale()));
            }
        }
        return List.copyOf(out);
    }

    /** The kernel every one of these scenarios runs on. */
    public static ProjectionKernel kernel(SystemModel model, Collection<Scenario> scenarios, int months) {
        return new ProjectionKernel(
                widen(model, scenarios),
                months,
                upskills(scenarios),
                model.workforce().size());
    }

    /**
     * A projector of one scenario over years: the full projection (every series, as `skillmix project`
     * writes) with the scenario's interventions. For the baseline it is the plain projection.
     */
    public static Projector projector(SystemModel model, Scenario scenario, int years) {
        ProjectionKernel kernel = kernel(model, List.of(scenario), years * 12);
        return new Projector(
                kernel, Projector.DEFAULT_QUANTILE_BUDGET, new InterventionEffects(kernel, scenario).drawAdjusters());
    }

    private static void requireRole(SystemModel model, Intervention iv) {
        if (model.role(iv.targetRole()).isEmpty()) {
            throw new IllegalArgumentException(
                    "intervention " + iv.code() + " names unknown target role " + iv.targetRole());
        }
    }

    /** A line with nobody in post and no posts: leaver rate and sickness copied from the role's first line. */
    private static WorkforceLine emptyLine(SystemModel model, String org, String role) {
        WorkforceLine like = model.workforce().stream()
                .filter(w -> w.roleCode().equals(role))
                .findFirst()
                .orElse(null);
        double leaver =
                like == null ? DEFAULT_NEW_ROLE_LEAVER_RATE : like.leaverRate().mode();
        double sickness = like == null ? 0.05 : like.sicknessRate();
        return new WorkforceLine(org, role, 0, 0, 0, 0, 0, sickness, Interval.fixed(leaver), Interval.fixed(0));
    }

    private static boolean matches(String wanted, String actual) {
        return Intervention.ALL.equals(wanted) || wanted.equals(actual);
    }
}
