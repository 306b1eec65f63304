package org.skillmix.app.web.speakup;

import java.util.Arrays;
import java.util.Optional;

/** Where a case stands, set by the organisation's guardian; a closed case has an outcome. */
public enum CaseStatus {
    RECEIVED("Received"),
    IN_PROGRESS("In progress"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CaseStatus> fromCode(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
