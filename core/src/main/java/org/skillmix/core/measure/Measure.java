package org.skillmix.core.measure;

import java.util.Locale;

/** What a projected series measures. Codes are the values of the measure column of projection.csv. */
public enum Measure {
    /** Capability demand in FTE (capability-hours / productive hours per FTE-month). */
    DEMAND_FTE,
    /** Capability supply in FTE: effective role FTE assigned to the capability by the skill-mix allocation. */
    SUPPLY_FTE,
    /** Demand minus supply (negative: more supply than demand). */
    GAP_FTE,
    /** Demand the skill-mix allocation could not cover with the staff there are (never negative). */
    UNMET_FTE,
    /** Substantive FTE in post (the stock S). */
    STAFF_IN_POST_FTE,
    /** S * (1 - sickness) + bank + agency. */
    EFFECTIVE_FTE,
    /** Establishment minus staff in post, floored at 0. */
    VACANCY_FTE,
    LEAVERS_FTE,
    RECRUITS_FTE,
    QUALIFIERS_FTE,
    TRANSFERS_IN_FTE,
    TRANSFERS_OUT_FTE,
    /** Monthly staff cost: substantive, bank and agency, in GBP. */
    PAY_COST_GBP,
    /**
     * Staff in post minus establishment, floored at 0: staff above the funded posts, whom the pipeline, moves between
     * roles or an intervention brought where no post was vacant, or who stay where an establishment growing by less
     * than 1 a year cut posts faster than staff leave. The mirror of {@link #VACANCY_FTE}: a line has one or the
     * other, so in post + vacancies - above establishment = establishment.
     */
    ABOVE_ESTABLISHMENT_FTE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
