package org.skillmix.app.web.run;

/** What a run computes: one scenario's full projection, or scenarios side by side on the same draws. */
public enum RunKind {
    PROJECTION, COMPARISON
}
