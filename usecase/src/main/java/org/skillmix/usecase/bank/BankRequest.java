package org.skillmix.usecase.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import org.skillmix.usecase.InvalidSetting;

/**
 * The system-wide hourly pay cap by role (GBP): roles not named are not capped.
 */
public record BankRequest(Map<String, Double> caps) {
    public BankRequest {
        caps = caps == null ? Map.of() : new LinkedHashMap<>(caps);
        for (Map.Entry<String, Double> cap : caps.entrySet()) {
            if (cap.getValue() == null
                    || !(cap.getValue() > 0)
                    || cap.getValue().isInfinite()) {
                throw new InvalidSetting(
                        "caps", "the cap for " + cap.getKey() + " must be more than 0, not " + cap.getValue());
            }
        }
        caps = java.util.Collections.unmodifiableMap(caps);
    }
}
