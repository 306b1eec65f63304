package org.skillmix.app.web.plan;

/** Where a plan is in its sign-off: draft, shared with its partners, approved by all of them, published. */
public enum PlanStatus {
    /** The ICS team's, not yet seen by partners. */
    DRAFT,
    /** Shared with the partner organisations, whose leads comment and approve or decline their part. */
    SHARED,
    /** Every partner approved; the ICS lead may publish it. */
    APPROVED,
    /** Published: immutable (a new version changes it). */
    PUBLISHED
}
