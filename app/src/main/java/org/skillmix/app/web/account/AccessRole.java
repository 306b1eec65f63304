package org.skillmix.app.web.account;

/**
 * What a user may do (docs/web.md, "Accounts and roles"). What each role may do is written once, in
 * {@link AccessPolicy}.
 */
public enum AccessRole {
    /**
     * Runs the server: belongs to no ICS, manages the accounts of every ICS, reads the whole audit log and
     * may do what an analyst does in any ICS. The first account ('admin') is one.
     */
    ADMIN,
    /** Sees and runs everything in their ICS; uploads datasets and manages their ICS's accounts. */
    ANALYST,
    /**
     * The ICS's workforce lead (the People Board's officer): an analyst who also publishes the ICS's plans once
     * every partner approved. The administrator appoints them, as a guardian: an analyst who could create or
     * reset an ICS lead's account could publish in their name.
     */
    ICS_LEAD,
    /** Sees their own organisation's detail and only protected totals over the others. */
    ORG_LEAD,
    /** Reads everything in their ICS; cannot upload or run. */
    VIEWER,
    /**
     * An organisation's Freedom to Speak Up guardian: reads and answers the speak-up cases raised about their own
     * organisation, and nothing else (docs/speak-up.md). The guardian of the ICS's ICB (the ICB's code as their
     * organisation) also those of the ICS's organisations that have no guardian of their own.
     */
    GUARDIAN
}
