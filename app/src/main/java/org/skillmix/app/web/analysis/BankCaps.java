package org.skillmix.app.web.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skillmix.usecase.InvalidSetting;

/** The bank's hourly pay caps as `skillmix bank --cap` takes them: ROLE=GBP, comma-separated. */
final class BankCaps {
    private BankCaps() {}

    /** The caps by role (empty: none); a pair that is not ROLE=GBP is an {@link InvalidSetting} on "caps". */
    static Map<String, Double> parse(String text) {
        Map<String, Double> caps = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return caps;
        for (String pair : text.split(",")) {
            if (pair.isBlank()) continue;
            int eq = pair.indexOf('=');
            if (eq <= 0)
                throw new InvalidSetting(
                        "caps", "write each cap as ROLE=GBP (e.g. RN_ADULT=30), not '" + pair.strip() + "'");
            String role = pair.substring(0, eq).strip();
            try {
                caps.put(role, Double.parseDouble(pair.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new InvalidSetting(
                        "caps",
                        "the cap for " + role + " must be GBP an hour, not '"
                                + pair.substring(eq + 1).strip() + "'");
            }
        }
        return caps;
    }
}
