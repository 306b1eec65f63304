package org.skillmix.data.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.skillmix.core.supply.StaffExperienceEffect;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * "Assumptions used": the uncertain inputs the projection sampled, as the dataset states them, so a
 * reader can see what the figures rest on. Intervals read "mode (low–high)".
 */
public final class AssumptionTables {
    /** How a suppressed figure is marked, as ONS statistics mark confidential cells (and the web pages do). */
    static final String SUPPRESSED = "[c]";

    private final SystemModel system;
    private final Names names;
    private final Figures figures;

    public AssumptionTables(SystemModel system, Names names, Figures figures) {
        this.system = system;
        this.names = names;
        this.figures = figures;
    }

    public String services() {
        HtmlTable table = new HtmlTable(
                        "Services: annual non-demographic growth factor and unmet-need uplift, mode (low–high)")
                .columns(
                        "Service",
                        "Sector",
                        "Criticality",
                        "Growth a year",
                        "Unmet-need uplift",
                        "Deprivation elasticity");
        for (Service s : system.services()) {
            table.row(
                    s.name() == null || s.name().isBlank() ? s.code() : s.name(),
                    List.of(
                            HtmlTable.text(Names.sector(s.sector())),
                            HtmlTable.text(s.criticality()),
                            HtmlTable.number(figures.interval(s.growth(), figures::factor), null),
                            HtmlTable.number(figures.interval(s.unmetNeed(), figures::factor), null),
                            HtmlTable.number(figures.ratio(s.deprivationElasticity()), null)));
        }
        return table.isEmpty() ? "<p>The dataset lists no services.</p>\n" : table.html();
    }

    /**
     * Leaver and fill rates summarised by role across its organisations: the mode, low and high each
     * averaged with weights (FTE in post for leaving and sickness, vacancies for filling), as those are
     * what the rates apply to.
     */
    public String workforceByRole() {
        return workforceByRole(role -> false);
    }

    /**
     * @param hidden roles whose totals a reader may not see (small-number suppression: the board pack's partners'
     *               copy). Such a role's figures, and its rates, are one organisation's or a handful of people's,
     *               so the row keeps only its name and how many organisations it has, and says why.
     */
    public String workforceByRole(Predicate<String> hidden) {
        Map<String, List<WorkforceLine>> byRole = new LinkedHashMap<>();
        for (Role role : system.roles()) byRole.put(role.code(), new ArrayList<>());
        for (WorkforceLine line : system.workforce())
            byRole.computeIfAbsent(line.roleCode(), r -> new ArrayList<>()).add(line);
        HtmlTable table = new HtmlTable(
                        "Baseline workforce and its rates by role (leaver and sickness rates weighted by FTE in post, fill rate by vacancies; mode (low–high) a year)")
                .columns(
                        "Role",
                        "Organisations",
                        "FTE in post",
                        "Vacancies (FTE)",
                        "Bank + agency (FTE)",
                        "Sickness rate",
                        "Leaver rate",
                        "Fill rate");
        List<String> suppressed = new ArrayList<>();
        byRole.forEach((role, lines) -> {
            if (lines.isEmpty()) return;
            if (hidden.test(role)) {
                suppressed.add(names.role(role));
                List<String> cells = new ArrayList<>();
                cells.add(HtmlTable.number(Integer.toString(lines.size()), null));
                for (int i = 0; i < 6; i++) cells.add(HtmlTable.number(SUPPRESSED, null));
                table.row(names.role(role), cells);
                return;
            }
            double inPost = sum(lines, WorkforceLine::fteInPost);
            double vacancies = sum(lines, WorkforceLine::vacancyFte);
            double temporary = sum(lines, l -> l.bankFte() + l.agencyFte());
            table.row(
                    names.role(role),
                    List.of(
                            HtmlTable.number(Integer.toString(lines.size()), null),
                            HtmlTable.number(figures.fte(inPost), null),
                            HtmlTable.number(figures.fte(vacancies), null),
                            HtmlTable.number(figures.fte(temporary), null),
                            HtmlTable.number(
                                    figures.share(
                                            weighted(lines, WorkforceLine::sicknessRate, WorkforceLine::fteInPost)),
                                    null),
                            HtmlTable.number(
                                    figures.interval(
                                            weightedInterval(
                                                    lines, WorkforceLine::leaverRate, WorkforceLine::fteInPost),
                                            figures::share),
                                    null),
                            HtmlTable.number(
                                    figures.interval(
                                            weightedInterval(lines, WorkforceLine::fillRate, WorkforceLine::vacancyFte),
                                            figures::share),
                                    null)));
        });
        if (table.isEmpty()) return "<p>The dataset has no baseline workforce.</p>\n";
        if (suppressed.isEmpty()) return table.html();
        return table.html() + "<p>" + SUPPRESSED + ": not shown, small numbers (one organisation's figures or fewer"
                + " than 5 people): " + Html.escape(String.join(", ", suppressed)) + ".</p>\n";
    }

    public String flows() {
        if (system.flows().isEmpty()) return "<p>The dataset has no flows between sectors and roles.</p>\n";
        HtmlTable table = new HtmlTable(
                        "Flows between sectors and roles: share of the from-stock moving each year, mode (low–high)")
                .columns("From", "To", "Annual rate", "Pay elasticity");
        for (Flow flow : system.flows()) {
            table.row(
                    Names.sector(flow.fromSector()) + " · " + names.role(flow.fromRole()),
                    List.of(
                            HtmlTable.text(Names.sector(flow.toSector()) + " · " + names.role(flow.toRole())),
                            HtmlTable.number(figures.interval(flow.annualRate(), figures::share), null),
                            HtmlTable.number(figures.ratio(flow.payElasticity()), null)));
        }
        return table.html();
    }

    public String pipeline() {
        if (system.pipeline().isEmpty()) return "<p>The dataset has no training pipeline.</p>\n";
        HtmlTable table = new HtmlTable(
                        "Training pipeline: intake by financial year, completion and local retention, mode (low–high)")
                .columns("Role", "Place", "Intake year", "Intake", "Course (months)", "Completion", "Local retention");
        for (PipelineIntake intake : system.pipeline()) {
            table.row(
                    names.role(intake.roleCode()),
                    List.of(
                            HtmlTable.text(names.place(intake.placeCode())),
                            HtmlTable.text(intake.year() + "/"
                                    + String.format(Locale.ROOT, "%02d", (intake.year() + 1) % 100)),
                            HtmlTable.number(figures.whole(intake.intake()), null),
                            HtmlTable.number(Integer.toString(intake.courseMonths()), null),
                            HtmlTable.number(figures.interval(intake.completionRate(), figures::share), null),
                            HtmlTable.number(figures.interval(intake.localRetention(), figures::share), null)));
        }
        return table.html();
    }

    /**
     * staff_experience.csv as the engine reads it: each organisation's latest survey rates up to the base year in
     * points above England's (StaffExperienceEffect.aboveEngland, the engine's own look-up) and what they multiply
     * leaving and sickness by with the elasticities at their mode, before pressure and season. Without it a reader
     * sees "leave x 1.058" in explain and cannot tell where it came from.
     */
    public String staffExperience() {
        if (system.staffExperience().isEmpty())
            return "<p>The dataset has no staff survey rates (staff_experience.csv): leaving and sickness are not"
                    + " moved by them.</p>\n";
        int baseYear = system.info().baseMonth().getYear();
        var rows = system.staffExperience();
        Map<String, Double> burnout =
                StaffExperienceEffect.aboveEngland(rows, StaffExperience.Indicators.BURNOUT, baseYear);
        Map<String, Double> stress =
                StaffExperienceEffect.aboveEngland(rows, StaffExperience.Indicators.WORK_STRESS, baseYear);
        Map<String, Double> enough =
                StaffExperienceEffect.aboveEngland(rows, StaffExperience.Indicators.ENOUGH_STAFF, baseYear);
        Double leaving = mode(Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY);
        Double sickness = mode(Assumption.Parameters.SICKNESS_STRESS_ELASTICITY);
        HtmlTable table = new HtmlTable(
                        "Staff experience: each organisation's latest NHS Staff Survey rates up to "
                                + baseYear + ", percentage points above England's, and what they multiply leaving and"
                                + " sickness by (elasticities at their mode; 1 where the rate is the organisation's own"
                                + " measurement, which already carries its staff's survey; pressure and the season come on top)")
                .columns("Organisation", "Burnout", "Work stress", "Enough staff", "Leaving ×", "Sickness ×");
        for (var org : system.organisations()) {
            String code = org.code();
            if (!burnout.containsKey(code) && !stress.containsKey(code) && !enough.containsKey(code)) continue;
            table.row(
                    Names.withCode(names.organisation(code), code),
                    List.of(
                            HtmlTable.number(points(burnout.get(code)), null),
                            HtmlTable.number(points(stress.get(code)), null),
                            HtmlTable.number(points(enough.get(code)), null),
                            HtmlTable.number(
                                    times(leaving, burnout.get(code), ownRate(code, WorkforceLine::leaverBasis)), null),
                            HtmlTable.number(
                                    times(sickness, stress.get(code), ownRate(code, WorkforceLine::sicknessBasis)),
                                    null)));
        }
        if (table.isEmpty())
            return "<p>staff_experience.csv has no organisation with a rate up to " + baseYear + " and England's"
                    + " beside it: leaving and sickness are not moved by it.</p>\n";
        return table.html();
    }

    private static final String OWN_RATE = "1 (its own rate)";

    /** Whether every line of the organisation has a rate measured for it, which the survey may not move again. */
    private boolean ownRate(String org, Function<WorkforceLine, WorkforceLine.RateBasis> basis) {
        List<WorkforceLine> lines =
                system.workforce().stream().filter(l -> l.orgCode().equals(org)).toList();
        return !lines.isEmpty() && lines.stream().allMatch(l -> basis.apply(l) == WorkforceLine.RateBasis.ORGANISATION);
    }

    private Double mode(String parameter) {
        return system.assumption(parameter, "ALL").map(a -> a.value().mode()).orElse(null);
    }

    private static String points(Double above) {
        return above == null ? Figures.NONE : String.format(Locale.UK, "%+.1f", above);
    }

    /** The engine's factor max(0, 1 + e x points); "not used" without the elasticity; 1 on the organisation's own rate. */
    private String times(Double elasticity, Double above, boolean ownRate) {
        if (elasticity == null) return "not used";
        if (ownRate) return OWN_RATE;
        return figures.factor(Math.max(0, 1 + elasticity * (above == null ? 0 : above)));
    }

    public String assumptions() {
        if (system.assumptions().isEmpty()) {
            return "<p>The dataset states no further assumptions; the engine's documented defaults apply.</p>\n";
        }
        HtmlTable table = new HtmlTable("Other assumptions with their sources, mode (low–high)")
                .columns("Parameter", "Scope", "Value", "Unit", "Source");
        String previous = null;
        for (Assumption a : system.assumptions()) {
            String source = a.source() == null || a.source().isBlank() ? "not stated" : a.source();
            // Each trust's own growth repeats its sector's long derivation: say it once (pages shorter, same facts).
            String key = a.parameter() + "\n" + source;
            table.row(
                    a.parameter(),
                    List.of(
                            HtmlTable.text(scope(a)),
                            HtmlTable.number(figures.interval(a.value(), this::plain), null),
                            HtmlTable.text(a.unit() == null ? "" : a.unit()),
                            HtmlTable.longText(key.equals(previous) ? "as the row above" : source)));
            previous = key;
        }
        return table.html();
    }

    /**
     * Assumption values range from shares to whole labour pools: keep up to three decimals, no trailing zeros, and
     * group the thousands as every other figure ("8,439 (7,357–10,331)" recruits a year, "0.091").
     */
    private String plain(double v) {
        if (!Double.isFinite(v)) return Figures.NONE;
        return Figures.trimmed(BigDecimal.valueOf(v), 3, RoundingMode.HALF_UP);
    }

    private String scope(Assumption a) {
        String scope = a.scope();
        if (scope == null || "ALL".equals(scope)) return "All";
        // A workload norm or deprivation-elasticity factor is a service's, whose code may also be a role's (GP:
        // general practice, not the GPs)
        if (a.parameter().equals(Assumption.Parameters.WORKLOAD_NORM_FACTOR)
                || a.parameter().equals(Assumption.Parameters.DEPRIVATION_ELASTICITY_FACTOR)) {
            return system.services().stream()
                    .filter(s -> s.code().equals(scope))
                    .map(s -> s.name() + " (" + scope + ")")
                    .findFirst()
                    .orElse(scope);
        }
        if (system.role(scope).isPresent()) return names.role(scope);
        // A trust's own assumption (its growth, say) was shown as "R0A": name it, code beside, as every page does.
        var org = system.organisation(scope);
        if (org.isPresent()) return org.get().name() + " (" + scope + ")";
        return Sector.fromCode(scope).map(Names::sector).orElse(scope);
    }

    private static double sum(List<WorkforceLine> lines, ToDoubleFunction<WorkforceLine> value) {
        double total = 0;
        for (WorkforceLine line : lines) total += value.applyAsDouble(line);
        return total;
    }

    /** Weighted mean; an equal-weight mean when the weights are all zero (a role with no vacancies, say). */
    private static double weighted(
            List<WorkforceLine> lines, ToDoubleFunction<WorkforceLine> value, ToDoubleFunction<WorkforceLine> weight) {
        double total = sum(lines, weight);
        if (total <= 0) return sum(lines, value) / lines.size();
        double acc = 0;
        for (WorkforceLine line : lines) acc += value.applyAsDouble(line) * weight.applyAsDouble(line);
        return acc / total;
    }

    private static Interval weightedInterval(
            List<WorkforceLine> lines,
            Function<WorkforceLine, Interval> interval,
            ToDoubleFunction<WorkforceLine> weight) {
        double low = weighted(lines, l -> interval.apply(l).low(), weight);
        double mode = weighted(lines, l -> interval.apply(l).mode(), weight);
        double high = weighted(lines, l -> interval.apply(l).high(), weight);
        // Weighted means of ordered triples stay ordered up to rounding; clamp so Interval accepts them.
        mode = Math.max(low, mode);
        high = Math.max(mode, high);
        return new Interval(low, mode, high);
    }
}
