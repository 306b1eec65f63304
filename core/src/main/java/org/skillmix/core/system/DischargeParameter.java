package org.skillmix.core.system;

import java.util.Optional;

/**
 * A figure of discharge.csv: either for the ICB as a whole (the calibration and the flow into the run) or for one
 * place (its share of the flow, its staff and its beds). docs/dataset.md lists their units.
 */
public enum DischargeParameter {
    CAPACITY_PER_DAY(true, "calibrated discharge capacity C, all pathways, discharges a day"),
    HALF_SATURATION(true, "calibrated matching friction K, NCTR patients"),
    WEEKDAY_MON(true, "Monday's capacity factor (the seven factors have mean 1)"),
    WEEKDAY_TUE(true, "Tuesday's capacity factor"),
    WEEKDAY_WED(true, "Wednesday's capacity factor"),
    WEEKDAY_THU(true, "Thursday's capacity factor"),
    WEEKDAY_FRI(true, "Friday's capacity factor"),
    WEEKDAY_SAT(true, "Saturday's capacity factor"),
    WEEKDAY_SUN(true, "Sunday's capacity factor"),
    ARRIVALS_PER_DAY(true, "new NCTR patients a day, ICB (the run holds them constant)"),
    BACKLOG(true, "NCTR patients counted on the run's first day, ICB"),
    MEAN_BACKLOG(true, "mean counted NCTR backlog over the months the beds are from, ICB"),
    HOMECARE_SHARE(true, "share of care worker FTE working in homecare (0-1)"),
    ARRIVAL_SHARE(false, "the place's share of the ICB's new NCTR patients (places add to 1)"),
    HOMECARE_FTE(false, "homecare care worker FTE in post less sickness"),
    CARE_HOME_BEDS(false, "care home beds"),
    CARE_HOME_STAFF_FTE(false, "care home care staff FTE"),
    COMMUNITY_FTE(false, "community nursing and therapy FTE"),
    GA_BEDS(false, "adult G&A beds serving the place"),
    GA_OCCUPIED(false, "of which occupied");

    private final boolean icb;
    private final String meaning;

    DischargeParameter(boolean icb, String meaning) {
        this.icb = icb;
        this.meaning = meaning;
    }

    /** True when the figure is for the ICB as a whole (scope = its ODS code), false when for one place. */
    public boolean icb() {
        return icb;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<DischargeParameter> fromCode(String code) {
        for (DischargeParameter p : values()) if (p.name().equalsIgnoreCase(code.strip())) return Optional.of(p);
        return Optional.empty();
    }
}
