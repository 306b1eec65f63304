package org.skillmix.core.bank;

import java.util.Objects;

/**
 * Hours an organisation posts to the collaborative bank in one week, for one role.
 *
 * @param offeredRate what the organisation offers a bank worker per hour, GBP
 * @param agencyRate  what an agency charges it per hour for the same cover, GBP; at least the offered rate
 */
public record BankShift(
        String id,
        String orgCode,
        int week,
        String roleCode,
        double hours,
        boolean critical,
        double offeredRate,
        double agencyRate) {
    public BankShift {
        Objects.requireNonNull(id);
        if (week < 1) throw new IllegalArgumentException(id + ": week must be 1 or more");
        if (!(hours > 0)) throw new IllegalArgumentException(id + ": hours must be more than 0");
        if (!(offeredRate >= 0 && agencyRate >= offeredRate)) {
            throw new IllegalArgumentException(id + ": need 0 <= offered rate <= agency rate");
        }
    }
}
