package org.skillmix.core.discharge;

/**
 * Community nursing and therapy for patients discharged home: each FTE carries a caseload; a discharge
 * episode lasts {@code episodeDays}, so new patients per day = FTE x caseload x share / episode days.
 *
 * @param nurseFte       community nursing and therapy FTE
 * @param caseloadPerFte patients one FTE carries at once
 * @param episodeDays    days a post-discharge episode lasts
 * @param dischargeShare share of the caseload open to hospital discharges
 */
public record CommunityStaffing(double nurseFte, double caseloadPerFte, double episodeDays, double dischargeShare) {

    /** Planning defaults (docs/discharge.md): a caseload of 20 per FTE, 42-day episodes, 30% of them for discharges. */
    public static CommunityStaffing typical(double nurseFte) {
        return new CommunityStaffing(nurseFte, 20, 42, 0.3);
    }

    public CommunityStaffing {
        Checks.nonNegative(nurseFte, "nurseFte");
        Checks.nonNegative(caseloadPerFte, "caseloadPerFte");
        Checks.positive(episodeDays, "episodeDays");
        Checks.share(dischargeShare, "dischargeShare");
    }

    public double capacityPerDay() {
        return nurseFte * caseloadPerFte * dischargeShare / episodeDays;
    }
}
