package org.skillmix.data.dataset;

import static org.skillmix.core.system.Assumption.Parameters.AGENCY_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.BANK_COST_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.DEPRIVATION_ELASTICITY_FACTOR;
import static org.skillmix.core.system.Assumption.Parameters.ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.LABOUR_POOL_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.LEAVER_BURNOUT_ELASTICITY;
import static org.skillmix.core.system.Assumption.Parameters.LEAVER_PRESSURE_ELASTICITY;
import static org.skillmix.core.system.Assumption.Parameters.MAX_GROWTH_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.POPULATION_ERROR_PER_YEAR;
import static org.skillmix.core.system.Assumption.Parameters.SICKNESS_PRESSURE_ELASTICITY;
import static org.skillmix.core.system.Assumption.Parameters.SICKNESS_STRESS_ELASTICITY;
import static org.skillmix.core.system.Assumption.Parameters.TREND_ESTABLISHMENT_GROWTH;
import static org.skillmix.core.system.Assumption.Parameters.TREND_GROWTH_COMMON;
import static org.skillmix.core.system.Assumption.Parameters.TREND_GROWTH_SECTOR;
import static org.skillmix.core.system.Assumption.Parameters.TREND_LABOUR_POOL_ANNUAL;
import static org.skillmix.core.system.Assumption.Parameters.WORKLOAD_NORM_FACTOR;

import java.time.YearMonth;
import java.util.Map;
import org.skillmix.core.metrics.SystemMetric;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.DischargeParameter;

/**
 * The plausibility bound of every number column of the dataset, with why it ends where it does. The
 * allowed range is wide: outside it a value cannot be true of an English integrated care system (or
 * would make the projection meaningless), so it is an error. The typical range is where real values
 * fall; outside it a value is a warning. docs/dataset.md ("Plausibility bounds") lists the same.
 */
final class Bounds {

    private Bounds() {}

    /** Months a dataset may name (base_month, start_month, a metric's month). */
    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

    static final YearMonth LAST_MONTH = YearMonth.of(2060, 12);
    static final YearMonth TYPICAL_FIRST_MONTH = YearMonth.of(2010, 1);
    static final YearMonth TYPICAL_LAST_MONTH = YearMonth.of(2040, 12);
    static final String MONTHS_REASON = "Skillmix plans from published figures: there are none for the NHS"
            + " workforce before 2000, and local population projections end in the 2040s";

    /** Most staff in one role at one organisation: England's largest trusts employ about 25,000 people in all. */
    static final String MORE_THAN_ANY_ORGANISATION = "more than any organisation employs in one role";

    static boolean allowsMonth(YearMonth month) {
        return !month.isBefore(FIRST_MONTH) && !month.isAfter(LAST_MONTH);
    }

    static boolean typicalMonth(YearMonth month) {
        return !month.isBefore(TYPICAL_FIRST_MONTH) && !month.isAfter(TYPICAL_LAST_MONTH);
    }

    static String monthRefusal(YearMonth month) {
        return "must be a month between " + FIRST_MONTH + " and " + LAST_MONTH + ", not " + month + ": "
                + MONTHS_REASON;
    }

    static String monthDoubt(YearMonth month) {
        return month + " is unusual here (typical months are " + TYPICAL_FIRST_MONTH + " to " + TYPICAL_LAST_MONTH
                + "); check it";
    }

    static final Bound REFERENCE_IMD_SCORE = Bound.above(0, 100)
            .typical(5, 60)
            .unit("score")
            .because("IMD scores run from about 0.5 to 93 (most deprived LSOA)");

    /**
     * Typical from 0.001: the smallest places take a few thousandths of a trust serving a whole ICB (the Isles of
     * Scilly, 2,100 residents, 0.26-0.36% of each Cornwall trust's staff; the City of London about 0.4% of North
     * East London's), and a slip of a decimal place is caught by the shares' sum.
     */
    static final Bound CATCHMENT_SHARE = Bound.above(0, 1)
            .typical(0.001, 1)
            .unit("share")
            .because("a share of the organisation's staff time; a place it does not serve has no row (the smallest"
                    + " places, the Isles of Scilly and the City of London, take 0.3-0.4% of an ICB-wide trust's)");

    /** 48 hours a week (the Working Time Regulations' average limit) x 52 / 12 = 208 hours a month. */
    static final Bound PRODUCTIVE_HOURS = Bound.of(40, 208)
            .typical(90, 170)
            .unit("hours per FTE-month")
            .because("208 is 48 hours a week, the Working Time Regulations' limit; below 40 is under a quarter of"
                    + " a full-time contract");

    static final Bound ANNUAL_PAY = Bound.of(0, 500_000)
            .typical(15_000, 250_000)
            .unit("GBP")
            .because("more than any NHS or care salary (the best-paid NHS chief executives earn about 300,000)");
    static final Bound ANNUAL_COST = Bound.of(0, 1_000_000)
            .typical(15_000, 350_000)
            .unit("GBP")
            .because("twice the highest pay allowed, far above pay plus on-costs");
    static final Bound CONTRACTED_HOURS = Bound.above(0, 60)
            .typical(30, 48)
            .unit("hours")
            .because("no contract is longer (the Working Time Regulations allow 48 hours a week on average)");
    static final Bound LEAD_TIME = Bound.whole(0, 240)
            .typical(0, 180)
            .unit("months")
            .because("20 years, longer than any clinical training (a consultant's is about 15)");
    static final Bound MAX_SHARE =
            Bound.above(0, 1).unit("share").because("a share of the role's time; a capability it lacks has no row");

    static final Bound GROWTH = Bound.of(0.5, 1.5)
            .typical(0.95, 1.1)
            .unit("factor per year")
            .because("a service halving, or growing by half, every year is not a planning assumption");
    /** trend_growth_common: a system's trusts growing 10 % a year faster or slower than England's is no trend. */
    static final Bound COMMON_GROWTH = Bound.of(0.9, 1.1)
            .typical(0.97, 1.03)
            .unit("factor per year")
            .because("a system's trusts together outgrowing England's by a tenth a year is beyond the history");

    /** trend_growth_sector: a sector's trusts outgrowing England's sector by a tenth a year is no trend either. */
    static final Bound SECTOR_GROWTH = Bound.of(0.9, 1.1)
            .typical(0.95, 1.05)
            .unit("factor per year")
            .because("a system's trusts of one sector outgrowing England's sector by a tenth a year is beyond the"
                    + " history");

    static final Bound UNMET_NEED = Bound.of(0.5, 3)
            .typical(1, 1.5)
            .unit("factor")
            .because("an uplift over 3 (or a cut below half) is not need unmet today");
    static final Bound DEPRIVATION_ELASTICITY = Bound.of(-3, 3)
            .typical(-1, 1)
            .unit("elasticity")
            .because("with IMD ratios of 0.2 to 3, an elasticity beyond 3 changes demand more than 27-fold");

    static final Bound POPULATION_YEAR = Bound.whole(1971, 2100)
            .typical(2001, 2050)
            .unit("year")
            .because("ONS local authority estimates start in 1971 and no projection reaches 2100");
    static final Bound PERSONS = Bound.of(0, 5_000_000)
            .typical(0, 500_000)
            .unit("people")
            .because("more than the whole population of England's largest local authority (Birmingham, 1.2 million)");
    static final Bound IMD_SCORE = Bound.of(0, 100)
            .typical(2, 70)
            .unit("score")
            .because("IMD scores run from about 0.5 to 93 (most deprived LSOA)");

    static final Bound ACTIVITY_PER_PERSON = Bound.of(0, 8_760)
            .typical(0, 500)
            .unit("units per person-year")
            .because("more than one unit for every hour of the year (8,760)");
    static final Bound HOURS_PER_ACTIVITY = Bound.of(0, 2_000)
            .typical(0, 200)
            .unit("hours")
            .because("more than a full-time year of one person's productive hours (about 1,600)");
    static final Bound MONTH = Bound.whole(1, 12).unit("month").because("a calendar month");
    static final Bound SEASONAL_MULTIPLIER = Bound.of(0, 12)
            .typical(0.5, 1.5)
            .unit("ratio")
            .because("12 would put the whole year's demand into one month");

    static final Bound HEADCOUNT =
            Bound.of(0, 100_000).typical(0, 30_000).unit("people").because(MORE_THAN_ANY_ORGANISATION);
    static final Bound STAFF_FTE =
            Bound.of(0, 100_000).typical(0, 20_000).unit("FTE").because(MORE_THAN_ANY_ORGANISATION);
    static final Bound TEMPORARY_FTE =
            Bound.of(0, 100_000).typical(0, 5_000).unit("FTE").because(MORE_THAN_ANY_ORGANISATION);
    static final Bound SICKNESS = Bound.of(0, 0.5)
            .typical(0, 0.12)
            .unit("share")
            .because("half of all days lost to sickness is no longer a workforce (the NHS rate is about 0.05)");
    static final Bound LEAVER_RATE =
            Bound.SHARE.typical(0, 0.5).because("a share of staff in post (care worker turnover is about 0.3)");
    static final Bound FILL_RATE = Bound.SHARE.because("a share of vacancies");
    static final Bound FLOW_RATE =
            Bound.SHARE.typical(0, 0.25).because("a share of the from-stock (moves between sectors are a few %)");
    static final Bound PAY_ELASTICITY = Bound.of(-10, 10)
            .typical(-3, 3)
            .unit("elasticity")
            .because("beyond 10, a 10 % pay gap would change a flow more than twofold");

    static final Bound INTAKE_YEAR = Bound.whole(2000, 2100)
            .typical(2015, 2050)
            .unit("year")
            .because("training intakes of the projection's years, not history");
    static final Bound INTAKE = Bound.of(0, 50_000)
            .typical(0, 5_000)
            .unit("students")
            .because("more than England's whole yearly intake to nursing degrees (about 30,000)");
    static final Bound COURSE_MONTHS =
            Bound.whole(1, 120).typical(6, 84).unit("months").because("10 years, longer than any course");
    static final Bound COMPLETION =
            Bound.SHARE.typical(0.3, 1).because("a share of starters (about a quarter leave nursing degrees)");
    static final Bound RETENTION = Bound.SHARE.typical(0.1, 1).because("a share of those who qualify");

    static final Bound LICENSED_SHARE = Bound.above(0, 1)
            .unit("share")
            .because("a share of the capability's hours; 1 means no other role may deliver it");
    /** Nobody supervises more than 50 FTE at once: a larger figure is a typing error (a share written as a count). */
    static final Bound SUPERVISEES_PER_FTE = Bound.above(0, 50)
            .typical(0.5, 15)
            .unit("FTE per supervisor FTE")
            .because("nobody supervises more than 50 FTE at once: a larger figure is a typing error");

    static final Bound RAMP_MONTHS = Bound.whole(0, 120).unit("months").because("10 years, longer than the projection");
    static final Bound INTERVENTION_COURSE =
            Bound.whole(0, 120).unit("months").because("10 years, longer than any course");
    static final Bound COST_FIXED = Bound.of(0, 1e9)
            .typical(0, 1e8)
            .unit("GBP a year")
            .because("more than a large ICS's whole workforce budget");
    static final Bound COST_PER_UNIT = Bound.of(0, 1e6)
            .typical(0, 100_000)
            .unit("GBP a year")
            .because("more than twice the highest full cost of an FTE");

    // Columns whose bound depends on another cell of the row: the column's bound is the widest of them.

    static final Bound SCALE = Bound.of(0, 100_000).because("the widest bound of any intervention kind's scale");
    static final Bound EFFECT = Bound.SHARE.because("every kind's effect is a share or a relative change");
    static final Bound ASSUMPTION = Bound.of(-0.05, 100_000).because("the widest bound of any parameter");
    static final Bound METRIC = Bound.of(0, 10_000).because("the widest bound of any metric");
    static final Bound DISCHARGE = Bound.of(0, 1_000_000).because("the widest bound of any discharge figure");

    private static final Bound FTE_OF_POSTS =
            Bound.of(0, 100_000).typical(0, 5_000).unit("FTE").because(MORE_THAN_ANY_ORGANISATION);
    private static final Bound PEOPLE_A_YEAR = Bound.of(0, 50_000)
            .typical(0, 5_000)
            .unit("people a year")
            .because("more than England's whole yearly intake to nursing degrees (about 30,000)");
    private static final Bound COST_FACTOR = Bound.above(0, 10)
            .typical(0.8, 3)
            .unit("ratio")
            .because("ten times substantive cost is beyond any agency rate");

    /** An intervention's scale, in its kind's unit (docs/interventions.md). */
    static Bound scale(InterventionKind kind) {
        return switch (kind) {
            case PAY_UPLIFT -> Bound.of(0, 100).typical(0, 20).unit("%").because("doubling pay is not an uplift");
            case RETENTION_PREMIUM ->
                Bound.of(0, 100_000)
                        .typical(0, 10_000)
                        .unit("GBP per FTE-year")
                        .because("more than the highest salary allowed");
            case WELLBEING, FLEXIBLE_WORKING, JOINT_RECRUITMENT -> Bound.SHARE.because("a share of staff or vacancies");
            case UPSKILLING -> Bound.above(0, 1).unit("share").because("the role's new max share of the capability");
            case INTERNATIONAL_RECRUITMENT, TRAINING_PLACES -> PEOPLE_A_YEAR;
            case NEW_ROLE, ROTATION, HOMECARE_EXPANSION -> FTE_OF_POSTS;
            case SYSTEM_BANK -> COST_FACTOR;
        };
    }

    /** An intervention's effect: a share, or a pay uplift's or premium's response per unit. */
    static Bound effect(InterventionKind kind) {
        return switch (kind) {
            case PAY_UPLIFT -> EFFECT.typical(0, 0.1);
            case RETENTION_PREMIUM -> EFFECT.typical(0, 0.2);
            default -> EFFECT;
        };
    }

    private static final Bound LABOUR_POOL = Bound.of(0, 100_000)
            .typical(0, 20_000)
            .unit("FTE per year")
            .because("more than England's whole yearly supply of newly registered nurses");

    /**
     * Pressure elasticities (docs/method.md "Staff experience"): a service 10 % short for a year losing more than 1.5
     * times as many staff (elasticity 5) is beyond anything published; a negative one would make shortage retain staff.
     */
    static final Bound PRESSURE_ELASTICITY = Bound.of(0, 5)
            .typical(0, 2)
            .unit("relative rise per unit of gap share")
            .because("beyond anything published (docs/method.md Staff experience)");
    /**
     * Survey elasticities per percentage point above England: 0.1 would double leaving at 10 points of burnout above
     * the national rate, beyond the published associations (docs/method.md "Staff experience").
     */
    static final Bound SURVEY_ELASTICITY = Bound.of(0, 0.1)
            .typical(0, 0.03)
            .unit("relative rise per percentage point above England")
            .because("beyond the published associations (docs/method.md Staff experience)");
    /** The NHS Staff Survey in its present form runs from 2003; a later year is a typing slip. */
    static final Bound SURVEY_YEAR =
            Bound.whole(2003, 2100).unit("survey year").because("the NHS Staff Survey runs from 2003");

    static final Bound SURVEY_PERCENT =
            Bound.of(0, 100).unit("% of respondents").because("a percentage");
    /** Published monthly NHS sickness runs about 0.8-1.25 of its yearly mean; beyond 0.5-2 is a slip. */
    static final Bound SICKNESS_SEASON = Bound.of(0.5, 2)
            .typical(0.7, 1.4)
            .unit("ratio to the year's mean")
            .because("published monthly NHS sickness stays within 0.8-1.25 of its yearly mean");

    /** The parameters of assumptions.csv the engine reads, with the values each allows. */
    static final Map<String, Bound> ASSUMPTIONS = Map.ofEntries(
            Map.entry(LABOUR_POOL_ANNUAL, LABOUR_POOL),
            Map.entry(TREND_LABOUR_POOL_ANNUAL, LABOUR_POOL),
            Map.entry(BANK_COST_FACTOR, COST_FACTOR),
            Map.entry(AGENCY_COST_FACTOR, COST_FACTOR),
            Map.entry(ESTABLISHMENT_GROWTH, GROWTH.typical(0.9, 1.1)),
            Map.entry(TREND_ESTABLISHMENT_GROWTH, GROWTH.typical(0.9, 1.15)),
            Map.entry(TREND_GROWTH_COMMON, COMMON_GROWTH),
            Map.entry(TREND_GROWTH_SECTOR, SECTOR_GROWTH),
            Map.entry(
                    POPULATION_ERROR_PER_YEAR,
                    Bound.of(-0.05, 0.05)
                            .typical(-0.02, 0.02)
                            .unit("share per year")
                            .because("wrong by more than 5 % a year, a projection would be out by half after ten"
                                    + " years: a unit slip (write 0.004 for 0.4 % a year)")),
            Map.entry(
                    MAX_GROWTH_ANNUAL,
                    Bound.of(0, 1)
                            .typical(0, 0.2)
                            .unit("share per year")
                            .because("a role doubling in a year is no plan (write 0.05 for 5 %)")),
            Map.entry(
                    WORKLOAD_NORM_FACTOR,
                    Bound.of(0.25, 4)
                            .typical(0.5, 2)
                            .unit("ratio to capability_hours.csv's hours")
                            .because("a norm out by more than four times is a unit slip (minutes written as hours)")),
            Map.entry(
                    DEPRIVATION_ELASTICITY_FACTOR,
                    Bound.of(0, 4)
                            .typical(0.25, 2)
                            .unit("ratio to services.csv's elasticity")
                            .because("0 removes deprivation's effect on need; four times an elasticity of 0.6 would"
                                    + " make the most deprived authority's need per head several times the least's")),
            Map.entry(LEAVER_PRESSURE_ELASTICITY, PRESSURE_ELASTICITY),
            Map.entry(SICKNESS_PRESSURE_ELASTICITY, PRESSURE_ELASTICITY),
            Map.entry(LEAVER_BURNOUT_ELASTICITY, SURVEY_ELASTICITY),
            Map.entry(SICKNESS_STRESS_ELASTICITY, SURVEY_ELASTICITY));

    /** A metric's value by its unit. */
    static Bound metric(SystemMetric metric) {
        if (metric == SystemMetric.GA_OCCUPANCY) {
            // Trusts open escalation beds the sitrep does not count as available: published trust months reach
            // 102-105 % (e.g. three of QOX's trusts' months in 2025), so above 1 is a warning, above 1.5 a slip.
            return Bound.of(0, 1.5)
                    .typical(0, 1)
                    .unit("share of available beds")
                    .because("occupied beds can exceed available ones only by the escalation beds a trust opens");
        }
        return switch (metric.unit()) {
            case "share" -> Bound.SHARE.because("a share");
            case "seconds" -> Bound.of(0, 3_600).typical(0, 300).unit("seconds").because("an hour");
            case "minutes" -> Bound.of(0, 1_440).typical(0, 180).unit("minutes").because("a whole day");
            default ->
                Bound.of(0, 10_000)
                        .typical(0, 1_000)
                        .unit(metric.unit())
                        .because("more than an ICS's ambulances could lose");
        };
    }

    /** A discharge figure by its parameter. */
    static Bound discharge(DischargeParameter parameter) {
        return switch (parameter) {
            case ARRIVAL_SHARE, HOMECARE_SHARE -> Bound.SHARE.because("a share");
            case WEEKDAY_MON, WEEKDAY_TUE, WEEKDAY_WED, WEEKDAY_THU, WEEKDAY_FRI, WEEKDAY_SAT, WEEKDAY_SUN -> WEEKDAY;
            case CAPACITY_PER_DAY -> CALIBRATED.unit("discharges a day");
            case HALF_SATURATION -> CALIBRATED.unit("patients");
            case ARRIVALS_PER_DAY -> ICS_COUNT.unit("patients a day");
            case BACKLOG, MEAN_BACKLOG -> ICS_COUNT.unit("patients");
            case HOMECARE_FTE, CARE_HOME_STAFF_FTE, COMMUNITY_FTE -> ICS_COUNT.unit("FTE");
            case CARE_HOME_BEDS, GA_BEDS, GA_OCCUPIED -> ICS_COUNT.unit("beds");
        };
    }

    private static final Bound WEEKDAY =
            Bound.of(0, 7).typical(0.2, 2).unit("factor").because("the seven factors average 1");

    /** A fitted parameter of the discharge model. */
    private static final Bound CALIBRATED = DISCHARGE
            .typical(0, 100_000)
            .because("far beyond any ICS's calibration (Greater Manchester's: about 13,000 and 36,000)");

    private static final Bound ICS_COUNT =
            Bound.of(0, 100_000).typical(0, 20_000).because("more patients, beds or staff than any ICS has");
}
