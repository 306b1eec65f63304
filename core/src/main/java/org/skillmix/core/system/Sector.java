package org.skillmix.core.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sectors of an integrated care system. Codes are the lower-case names used in dataset files. */
public enum Sector {
    ACUTE,
    MENTAL_HEALTH,
    COMMUNITY,
    AMBULANCE,
    PRIMARY_CARE,
    ADULT_SOCIAL_CARE,
    LOCAL_AUTHORITY,
    VOLUNTARY,
    INDEPENDENT;

    /**
     * Whether the sector's providers are NHS trusts: the sectors the national trust files (HCHS staff, sickness
     * absence) cover, and so the sectors the back-test observes.
     */
    public boolean nhsTrusts() {
        return this == ACUTE || this == MENTAL_HEALTH || this == COMMUNITY || this == AMBULANCE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sector> fromCode(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
    }
}
