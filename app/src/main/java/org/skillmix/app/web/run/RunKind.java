package org.skillmix.app.web.run;

/**
 * What a run computes: one scenario's full projection, scenarios side by side on the same draws, a mutual-aid
 * plan for a surge, or one of the analyses stored with their own settings (a winter plan, a collaborative bank's
 * fill, a portfolio of interventions, a workforce design).
 */
public enum RunKind {
    PROJECTION,
    COMPARISON,
    MUTUAL_AID,
    WINTER,
    BANK,
    OPTIMISE,
    DESIGN;

    /** A winter plan, bank fill, portfolio or design: settings in analysis_settings, pages under /analyses. */
    public boolean analysis() {
        return this == WINTER || this == BANK || this == OPTIMISE || this == DESIGN;
    }

    /** What the run's progress counts. */
    public String progressUnit() {
        if (this == MUTUAL_AID) return "seconds";
        return analysis() ? "steps" : "draws";
    }
}
