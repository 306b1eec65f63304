package org.skillmix.app.web.speakup;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a concern is about: the list, close to the National Guardian's Office's recording categories
 * (patient safety, worker safety, bullying or harassment) with the ICS's own workforce questions beside them.
 */
public enum Category {
    PATIENT_SAFETY("Patient safety or quality"),
    STAFFING_LEVELS("Staffing levels"),
    REDEPLOYMENT("Redeployment"),
    COMPETENCY("Working beyond competency or without supervision"),
    BULLYING("Bullying or harassment"),
    OTHER("Something else");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Category> fromCode(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
