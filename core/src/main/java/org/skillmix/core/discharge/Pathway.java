package org.skillmix.core.discharge;

/**
 * Where a patient who no longer meets the criteria to reside goes next, grouped by the staff that limit it
 * (the national discharge pathways: P1 home with support, P2 rehabilitation bed, P3 care home).
 */
public enum Pathway {
    /** P1: home with a homecare (domiciliary care or reablement) package, limited by care worker hours. */
    HOME_CARE("P1 home with homecare"),
    /** P2/P3: a care home (or step-down) bed, limited by beds that are both free and staffed. */
    CARE_HOME("P2/P3 care home bed"),
    /** P1 community: home with community nursing or therapy, limited by community nursing caseload. */
    COMMUNITY("P1 community services");

    /**
     * Planning default for the share of NCTR patients on each pathway when local counts are missing (an
     * assumption, see docs/discharge.md; replace with the trust's own delay reasons). In pathway order, so a
     * report that lists them reads the same every run (Map.of's order changes from one run to the next).
     */
    public static java.util.Map<Pathway, Double> defaultShares() {
        java.util.EnumMap<Pathway, Double> shares = new java.util.EnumMap<>(Pathway.class);
        shares.put(HOME_CARE, 0.45);
        shares.put(CARE_HOME, 0.35);
        shares.put(COMMUNITY, 0.20);
        return java.util.Collections.unmodifiableMap(shares);
    }

    private final String label;

    Pathway(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
