package org.skillmix.usecase.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skillmix.usecase.InvalidSetting;

/**
 * The system-wide hourly pay cap by role (GBP): roles not named are not capped.
 */
public record BankRequest(Map<String, Double> caps) {
    /**
     * The highest cap a request may give, GBP 1,000 an hour: several times the highest locum doctor's hourly
     * rate, so a larger figure is a typing error, not a cap.
     */
    public static final double MAX_CAP_GBP_PER_HOUR = 1000;

    public BankRequest {
        caps = caps == null ? Map.of() : new LinkedHashMap<>(caps);
        for (Map.Entry<String, Double> cap : caps.entrySet()) {
            if (cap.getValue() == null || !(cap.getValue() > 0 && cap.getValue() <= MAX_CAP_GBP_PER_HOUR)) {
                throw new InvalidSetting(
                        "caps",
                        "the cap for " + cap.getKey() + " must be more than GBP 0 and at most GBP 1,000 an hour, not "
                                + cap.getValue());
            }
        }
        caps = java.util.Collections.unmodifiableMap(caps);
    }
}
