package org.skillmix.app.web.account;

/** What a user may do: see the roles (docs/web.md, "Accounts and roles"). */
public enum AccessRole {
    /** Sees and runs everything in their ICS; uploads datasets and manages accounts. */
    ANALYST,
    /** Sees their own organisation's detail and only system-level aggregates of the others. */
    ORG_LEAD,
    /** Reads results; cannot upload or run. */
    VIEWER,
    /**
     * An organisation's Freedom to Speak Up guardian: reads and answers the speak-up cases raised about their own
     * organisation, and nothing else (docs/speak-up.md).
     */
    GUARDIAN
}
