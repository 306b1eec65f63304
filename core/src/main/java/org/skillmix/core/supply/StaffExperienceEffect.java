package org.skillmix.core.supply;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.SicknessSeason;
import org.skillmix.core.system.StaffExperience;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.ParameterGroup;
import org.skillmix.core.uncertainty.UncertainParameters;

/**
 * How staff experience moves leaving and sickness, per workforce line i of organisation o in month t
 * (docs/method.md "Staff experience"):
 *
 * <pre>
 *   leaver hazard   h'(i,t) = min(1, h(i) x max(0, 1 + eLP x P(i,t) + eLB x (B(o) - B_England)))
 *   sickness        s'(i,t) = min(1, s(i) x f(month of t) x max(0, 1 + eSP x P(i,t) + eSS x (W(o) - W_England)))
 * </pre>
 *
 * with h the line's monthly leaver hazard, s its sickness rate (workforce.csv), P(i,t) the sustained pressure on it
 * (the gap as a share of demand averaged over the {@link #WINDOW_MONTHS} months before t in the allocation groups
 * the line serves, weighted by its catchment shares, less the same average over the base year, whose pressure the
 * measured rates already carry; 0 up to month 12: the projection's SustainedPressure), B and W the latest burnout and work-stress
 * rates (percent, staff_experience.csv, the latest survey year up to the base year; the difference 0 where the
 * organisation has none, and 0 for a rate measured for the organisation itself, which already carries them), f the seasonal sickness factor (sickness_seasonality.csv; 1 without it) and eLP, eLB, eSP,
 * eSS the four elasticities of assumptions.csv, each drawn once per draw from its interval. Without those rows and
 * tables the effect is off and supply is exactly the plain model.
 */
public final class StaffExperienceEffect {

    /** Pressure is the gap share averaged over this many months: a year, so one bad winter month is not a crisis. */
    public static final int WINDOW_MONTHS = 12;

    final int leaverPressureParam;
    final int sicknessPressureParam;
    final int leaverBurnoutParam;
    final int sicknessStressParam;
    /** Per line: percentage points of burnout and of work stress above England's (0 when unknown). */
    final double[] burnoutAbove;

    final double[] stressAbove;
    /** Per projection month: the seasonal sickness factor. */
    final double[] season;

    final boolean active;

    StaffExperienceEffect(
            SystemModel model, int months, AssumptionParameters assumptions, UncertainParameters parameters) {
        leaverPressureParam = param(assumptions, parameters, Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY);
        sicknessPressureParam = param(assumptions, parameters, Assumption.Parameters.SICKNESS_PRESSURE_ELASTICITY);
        leaverBurnoutParam = param(assumptions, parameters, Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY);
        sicknessStressParam = param(assumptions, parameters, Assumption.Parameters.SICKNESS_STRESS_ELASTICITY);
        int baseYear = model.info().baseMonth().getYear();
        List<WorkforceLine> lines = model.workforce();
        burnoutAbove = new double[lines.size()];
        stressAbove = new double[lines.size()];
        Map<String, Double> burnout =
                aboveEngland(model.staffExperience(), StaffExperience.Indicators.BURNOUT, baseYear);
        Map<String, Double> stress =
                aboveEngland(model.staffExperience(), StaffExperience.Indicators.WORK_STRESS, baseYear);
        for (int i = 0; i < lines.size(); i++) {
            WorkforceLine line = lines.get(i);
            // an organisation's own measured rate already carries its staff's burnout or stress of that year
            burnoutAbove[i] =
                    line.leaverBasis() == WorkforceLine.RateBasis.ORGANISATION ? 0 : above(burnout, line.orgCode());
            stressAbove[i] =
                    line.sicknessBasis() == WorkforceLine.RateBasis.ORGANISATION ? 0 : above(stress, line.orgCode());
        }
        season = new double[months];
        double[] byMonth = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        for (SicknessSeason s : model.sicknessSeasonality()) byMonth[s.month() - 1] = s.factor();
        YearMonth base = model.info().baseMonth();
        for (int t = 0; t < months; t++) season[t] = byMonth[base.plusMonths(t).getMonthValue() - 1];
        active = usesPressure()
                || leaverBurnoutParam >= 0
                || sicknessStressParam >= 0
                || !model.sicknessSeasonality().isEmpty();
    }

    /** Whether the projection must measure pressure (the gap share month by month) for this effect. */
    public boolean usesPressure() {
        return leaverPressureParam >= 0 || sicknessPressureParam >= 0;
    }

    public boolean active() {
        return active;
    }

    /** Percentage points of burnout of line i above England's. */
    public double burnoutAbove(int line) {
        return burnoutAbove[line];
    }

    /** Percentage points of work-related stress of line i above England's. */
    public double stressAbove(int line) {
        return stressAbove[line];
    }

    /** The seasonal sickness factor of projection month t. */
    public double season(int t) {
        return season[t];
    }

    private static int param(AssumptionParameters assumptions, UncertainParameters parameters, String name) {
        int p = assumptions.resolve(name, "ALL");
        if (p >= 0) parameters.group(p, ParameterGroup.STAFF_EXPERIENCE);
        return p;
    }

    /**
     * Organisation → its latest value up to the base year less England's of that same year: what the engine
     * multiplies by the elasticities, and what the report shows beside them, so the two cannot differ. The same
     * year, because national rates move year to year (England's burnout fell 3.5 points from 2022 to 2024): a trust
     * whose latest survey is 2022 set against England's 2024 would look worse for the calendar alone.
     */
    public static Map<String, Double> aboveEngland(List<StaffExperience> rows, String indicator, int baseYear) {
        Map<String, StaffExperience> newest = new HashMap<>();
        Map<Integer, Double> england = new HashMap<>();
        for (StaffExperience r : rows) {
            if (!r.indicator().equals(indicator) || r.year() > baseYear) continue;
            if (r.orgCode().equals(StaffExperience.ENGLAND)) england.put(r.year(), r.value());
            else newest.merge(r.orgCode(), r, (a, b) -> b.year() > a.year() ? b : a);
        }
        Map<String, Double> above = new HashMap<>();
        for (StaffExperience r : newest.values()) {
            // Without England's figure for the year the organisation is compared with nothing: no effect, not a guess.
            Double national = england.get(r.year());
            if (national != null) above.put(r.orgCode(), r.value() - national);
        }
        return above;
    }

    private static double above(Map<String, Double> above, String org) {
        return above.getOrDefault(org, 0.0);
    }
}
