package org.skillmix.app.web.account;

/** What an account may do; {@link AccessPolicy} grants them to roles. */
public enum Permission {
    /** See the stored systems of the account's ICS: datasets, scenarios, metrics, discharge, runs and results. */
    READ_SYSTEMS,
    /** Store a dataset (an upload). */
    UPLOAD_DATASETS,
    /** Change a dataset's scenarios (stores a new version). */
    EDIT_SCENARIOS,
    /** Start projections and comparisons. */
    START_RUNS,
    /**
     * Preview a change to a run's scenario (intervention levels, leaver and fill rates): its deterministic gap and
     * cost for the system, with the reader's small-number suppression. Queuing the full run needs START_RUNS.
     */
    PREVIEW_WHAT_IF,
    /** Cancel any run of the ICS (anyone may cancel their own mutual-aid plan). */
    CANCEL_RUNS,
    /** See every organisation's own figures (staff in post by organisation, the report of a run). */
    READ_EVERY_ORGANISATION,
    /** Upload staff files and plan mutual aid from them (an organisation lead: their own organisation's). */
    HANDLE_STAFF_FILES,
    /** See the people in a plan (pseudonymous staff ids, who goes where, what a service lends). */
    READ_STAFF_MOVES,
    /** Delete anyone's staff files (anyone may delete their own). */
    DELETE_STAFF_FILES,
    /** Create and list accounts (an analyst: of their own ICS). */
    MANAGE_ACCOUNTS,
    /** Read the audit log (an analyst: their own ICS's entries). */
    READ_AUDIT,
    /** Everything above in every ICS on the server; create administrators. */
    EVERY_SYSTEM,
    /** Make plans of the ICS's runs, share them with partners and make new versions (the ICS team). */
    MANAGE_PLANS,
    /**
     * Publish a plan every partner approved, making it the ICS's plan that never changes again: the ICS lead's
     * alone, so the plan a board receives is the one its accountable officer released.
     */
    PUBLISH_PLANS,
    /** Approve or decline, and comment on, the account's own organisation's part of a plan shared with it. */
    DECIDE_PLANS,
    /** Read the ICS's speak-up themes: counts of concerns, small ones suppressed (docs/speak-up.md). */
    READ_SPEAK_UP_THEMES,
    /**
     * Read, answer and move on the speak-up cases of the account's own organisation (for the ICB's guardian, also of
     * the ICS's organisations without a guardian): a Freedom to Speak Up guardian's alone; not even an administrator
     * reads a concern.
     */
    ANSWER_SPEAK_UP_CASES
}
