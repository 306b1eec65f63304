package org.skillmix.core.bank;

import java.util.Objects;
import java.util.Set;

/**
 * A person in the system's shared bank pool (pseudonymous id).
 *
 * @param roles       the roles they may work shifts as (roles.csv codes)
 * @param hoursPerWeek hours they offer in each week
 * @param minRate     the least they accept per hour, GBP: a shift that pays less is not offered to them
 */
public record BankWorker(String id, String homeOrg, Set<String> roles, double hoursPerWeek, double minRate) {
    public BankWorker {
        Objects.requireNonNull(id);
        roles = Set.copyOf(roles);
        if (!(hoursPerWeek >= 0) || !(minRate >= 0))
            throw new IllegalArgumentException(id + ": hours and rate must be >= 0");
    }
}
