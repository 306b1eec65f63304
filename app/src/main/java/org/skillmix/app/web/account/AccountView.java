package org.skillmix.app.web.account;

import java.time.Instant;

/**
 * An account as the Accounts page and {@code GET /api/users} show it: who, role, ICS and organisation, and its
 * state (never its password).
 *
 * @param disabled it can no longer sign in (kept, with its history in the audit log)
 * @param passwordMustChange it has a one-time password (new, or reset) to replace at its next sign-in
 * @param changedAt when its role, organisation, state or password last changed; null if never
 */
public record AccountView(
        String username,
        AccessRole role,
        String icbCode,
        String orgCode,
        boolean disabled,
        boolean passwordMustChange,
        Instant createdAt,
        Instant changedAt) {

    public Account account() {
        return new Account(username, role, icbCode, orgCode);
    }
}
