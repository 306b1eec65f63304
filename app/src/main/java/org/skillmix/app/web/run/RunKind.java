package org.skillmix.app.web.run;

/**
 * What a run computes: one scenario's full projection, scenarios side by side on the same draws, or a
 * mutual-aid plan for a surge (its "draws" are the seconds the search may take).
 */
public enum RunKind {
    PROJECTION,
    COMPARISON,
    MUTUAL_AID
}
