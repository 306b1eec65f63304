package org.skillmix.core.intervention;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.SupplyAdjuster;
import org.skillmix.core.supply.SupplyAdjustments;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * What a scenario's interventions do to the supply parameters, month by month: the one place where each
 * kind's effect model is written ({@link #apply}). Built once per scenario against a kernel (whose model
 * was widened by {@link ScenarioSystem} for new roles, homecare posts and upskilling); thread-safe.
 *
 * <p>Common random numbers: the effects are sampled from their own streams, one per intervention, seeded
 * by (seed, draw, the intervention's code), never from the draw's parameter stream. So a draw's base
 * parameters are the same whatever the scenario, and an intervention shared by two scenarios gets the same
 * effect in both: differences between scenarios are the interventions', not sampling noise.
 *
 * <p>Ramp r(t) = 0 before the start month, then (t - start + 1) / ramp_months up to 1 (t in months from
 * the base month). Effects combine multiplicatively on rates (two retention measures on one line multiply
 * their leaver factors) and additively on FTE.
 */
public final class InterventionEffects {
    private static final long EFFECT_STREAM_SALT = 0x1E7E_C0DE_5EEDL;

    private final Scenario scenario;
    private final List<Intervention> interventions;
    /** The same as an array for the monthly {@link #apply}: a list's class varies by scenario, which deoptimised it. */
    private final Intervention[] each;

    private final SupplyModel supply;
    private final int[][] lines;
    private final int[][] targetLines;
    private final int[] startIndex;
    private final int[] upskill;
    private final double[] scopeFte;
    private final double[] targetFte;
    private final double[] costUnits;

    public InterventionEffects(ProjectionKernel kernel, Scenario scenario) {
        this.scenario = scenario;
        this.interventions = scenario.interventions();
        this.each = interventions.toArray(Intervention[]::new);
        this.supply = kernel.supply();
        int m = interventions.size();
        lines = new int[m][];
        targetLines = new int[m][];
        startIndex = new int[m];
        upskill = new int[m];
        scopeFte = new double[m];
        targetFte = new double[m];
        costUnits = new double[m];
        for (int i = 0; i < m; i++) {
            Intervention iv = interventions.get(i);
            startIndex[i] =
                    (int) ChronoUnit.MONTHS.between(kernel.model().info().baseMonth(), iv.start());
            lines[i] = switch (iv.kind()) {
                case NEW_ROLE ->
                    select(
                            iv.scope().sector(),
                            iv.targetRole(),
                            iv.scope().organisation(),
                            iv.scope().place());
                case HOMECARE_EXPANSION ->
                    select(
                            Sector.ADULT_SOCIAL_CARE.code(),
                            iv.targetRole(),
                            ScenarioSystem.homecareOrganisation(iv.scope().organisation()),
                            Intervention.ALL);
                default ->
                    select(
                            iv.scope().sector(),
                            iv.scope().role(),
                            iv.scope().organisation(),
                            iv.scope().place());
            };
            targetLines[i] = iv.kind() == InterventionKind.ROTATION
                    ? select(iv.targetSector(), iv.targetRole(), Intervention.ALL, Intervention.ALL)
                    : new int[0];
            if (lines[i].length == 0) {
                throw new IllegalArgumentException("intervention " + iv.code() + " of scenario " + scenario.code()
                        + " has no workforce line in its scope");
            }
            scopeFte[i] =
                    IntStream.of(lines[i]).mapToDouble(supply::baselineStock).sum();
            targetFte[i] = IntStream.of(targetLines[i])
                    .mapToDouble(supply::baselineStock)
                    .sum();
            upskill[i] = -1;
            if (iv.kind() == InterventionKind.UPSKILLING) {
                upskill[i] = kernel.upskills().indexOf(new Upskill(iv.scope().role(), iv.capability(), iv.scale()));
                if (upskill[i] < 0)
                    throw new IllegalArgumentException("kernel was not prepared for upskilling " + iv.code());
            }
            costUnits[i] = switch (iv.kind().costUnits()) {
                case SCALE -> iv.scale();
                case STAFF -> iv.kind() == InterventionKind.UPSKILLING ? scopeFte[i] : iv.scale() * scopeFte[i];
                case NONE -> 0;
            };
        }
    }

    private int[] select(String sector, String role, String organisation, String place) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < supply.lines(); i++) {
            Organisation org = supply.organisationOf(i);
            WorkforceLine line = supply.line(i);
            if (matches(sector, org.sector().code())
                    && matches(role, line.roleCode())
                    && matches(organisation, org.code())
                    && matches(place, org.placeCode())) out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean matches(String wanted, String actual) {
        return Intervention.ALL.equals(wanted) || wanted.equals(actual);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Every intervention's effect at its mode: the deterministic run. */
    public double[] modes() {
        return interventions.stream().mapToDouble(iv -> iv.effect().mode()).toArray();
    }

    /** Draw number draw's effects, from streams seeded by (seed, draw, intervention code). */
    public double[] sample(long seed, int draw) {
        double[] e = new double[interventions.size()];
        long drawSeed = UncertainParameters.streamSeed(seed ^ EFFECT_STREAM_SALT, draw);
        for (int i = 0; i < e.length; i++) {
            Intervention iv = interventions.get(i);
            double u = new SplittableRandom(
                            UncertainParameters.streamSeed(drawSeed, iv.code().hashCode()))
                    .nextDouble();
            e[i] = iv.effect().quantile(u);
        }
        return e;
    }

    /** The adjuster for one draw with these sampled effects. */
    public SupplyAdjuster adjuster(double[] effects) {
        double[] e = effects.clone();
        return (t, a) -> apply(t, e, a);
    }

    /** Per-draw adjusters for a {@link Projector}: none for a scenario without interventions. */
    public Projector.DrawAdjusters drawAdjusters() {
        boolean none = interventions.isEmpty();
        return new Projector.DrawAdjusters() {
            @Override
            public SupplyAdjuster forDraw(long seed, int draw) {
                return none ? null : adjuster(sample(seed, draw));
            }

            @Override
            public SupplyAdjuster modes() {
                return none ? null : adjuster(InterventionEffects.this.modes());
            }
        };
    }

    /** The interventions' own programme cost in month t (GBP): fixed from the start, per-unit part ramped. */
    public double programmeCost(int t) {
        double total = 0;
        for (int i = 0; i < interventions.size(); i++) {
            Intervention iv = interventions.get(i);
            if (t < startIndex[i]) continue;
            total += (iv.costFixedGbp() + iv.costPerUnitGbp() * costUnits[i] * iv.ramp(t, startIndex[i])) / 12.0;
        }
        return total;
    }

    /** Month t's changes from every intervention with effects e (one per intervention). */
    void apply(int t, double[] e, SupplyAdjustments a) {
        for (int i = 0; i < each.length; i++) {
            Intervention iv = each[i];
            double r = iv.ramp(t, startIndex[i]);
            double x = iv.scale();
            int[] ls = lines[i];
            switch (iv.kind()) {
                case PAY_UPLIFT -> {
                    if (r == 0) break;
                    for (int l : ls) {
                        a.leaverFactor[l] *= Math.max(0, 1 - e[i] * x * r);
                        a.fillFactor[l] *= 1 + e[i] * x * r;
                        a.payFactor[l] *= 1 + x / 100 * r;
                    }
                }
                case RETENTION_PREMIUM -> {
                    if (r == 0) break;
                    for (int l : ls) {
                        a.leaverFactor[l] *= Math.max(0, 1 - e[i] * x / 1000 * r);
                        a.costAddPerFte[l] += x * r;
                    }
                }
                case WELLBEING -> {
                    if (r == 0) break;
                    for (int l : ls) {
                        a.leaverFactor[l] *= Math.max(0, 1 - e[i] * x * r);
                        a.sicknessFactor[l] *= Math.max(0, 1 - e[i] * x * r);
                    }
                }
                case FLEXIBLE_WORKING -> {
                    if (r == 0) break;
                    for (int l : ls) a.leaverFactor[l] *= Math.max(0, 1 - e[i] * x * r);
                }
                case JOINT_RECRUITMENT -> {
                    if (r == 0) break;
                    for (int l : ls) a.fillFactor[l] *= 1 + e[i] * x * r;
                }
                case INTERNATIONAL_RECRUITMENT -> {
                    if (r > 0) shareByEstablishment(x * e[i] * r / 12.0, ls, a.extraRecruits);
                }
                case TRAINING_PLACES -> {
                    // students start at x a year from the start month (ramped) and qualify course_months later
                    double started = iv.ramp(t - iv.courseMonths(), startIndex[i]);
                    if (started > 0) shareByEstablishment(x * e[i] * started / 12.0, ls, a.extraQualifiers);
                }
                case UPSKILLING -> {
                    if (r == 0) break;
                    for (int l : ls)
                        a.trainedShare[upskill[i]][l] = Math.min(1.0, a.trainedShare[upskill[i]][l] + e[i] * r);
                }
                case NEW_ROLE, HOMECARE_EXPANSION -> {
                    if (r == 0) break;
                    shareByEstablishmentOrEqually(x * r, ls, a.extraEstablishment);
                    for (int l : ls) a.fillRate[l] = e[i];
                }
                case ROTATION -> {
                    if (r == 0) break;
                    double scopeShare = scopeFte[i] > 0 ? Math.min(1, x / scopeFte[i]) : 0;
                    double targetShare = targetFte[i] > 0 ? Math.min(1, x / targetFte[i]) : 0;
                    for (int l : ls) a.leaverFactor[l] *= Math.max(0, 1 - e[i] * r * scopeShare);
                    for (int l : targetLines[i]) a.leaverFactor[l] *= Math.max(0, 1 - e[i] * r * targetShare);
                }
                case SYSTEM_BANK -> {
                    if (r == 0) break;
                    for (int l : ls) {
                        a.agencyToBank[l] = Math.min(1.0, a.agencyToBank[l] + e[i] * r);
                        a.movedBankCostFactor[l] = x;
                    }
                }
            }
        }
    }

    /** Adds amount to lines by their baseline establishment (equally if none has any). */
    private void shareByEstablishment(double amount, int[] ls, double[] into) {
        double total = 0;
        for (int l : ls) total += supply.line(l).establishmentFte();
        for (int l : ls) into[l] += total > 0 ? amount * supply.line(l).establishmentFte() / total : amount / ls.length;
    }

    private void shareByEstablishmentOrEqually(double amount, int[] ls, double[] into) {
        shareByEstablishment(amount, ls, into);
    }
}
