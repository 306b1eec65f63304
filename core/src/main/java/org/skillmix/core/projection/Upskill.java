package org.skillmix.core.projection;

/**
 * A role gaining or widening a capability: staff of roleCode who are trained may give up to maxShare of
 * their time to capabilityCode. The kernel gives each allocation with the role a second, "trained"
 * version of it with the widened share; each month the share of the role's FTE that is trained
 * (SupplyAdjustments#trainedShare) moves to that version, so the allocation problem itself never changes.
 */
public record Upskill(String roleCode, String capabilityCode, double maxShare) {
    public Upskill {
        if (!(maxShare > 0 && maxShare <= 1))
            throw new IllegalArgumentException("upskilling max share must be in (0, 1], got " + maxShare);
    }
}
