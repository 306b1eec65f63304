package org.skillmix.app.web.account;

/** What a user may do: see the roles (docs/web.md, "Accounts and roles"). */
public enum AccessRole {
    /** Sees and runs everything in their ICS; uploads datasets and manages accounts. */
    ANALYST,
    /** Sees their own organisation's detail and only system-level aggregates of the others. */
    ORG_LEAD,
    /** Reads results; cannot upload or run. */
    VIEWER
}
