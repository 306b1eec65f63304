package org.skillmix.app.web.run;

/**
 * What a run computes: one scenario's full projection, scenarios side by side on the same draws, a mutual-aid
 * plan for a surge, or one of the analyses stored with their own settings (a winter plan, a collaborative bank's
 * fill, a portfolio of interventions, a workforce design, a board pack).
 */
public enum RunKind {
    PROJECTION,
    COMPARISON,
    MUTUAL_AID,
    WINTER,
    BANK,
    OPTIMISE,
    DESIGN,
    /** A board pack of a projection run or of a plan: its PDF and CQC evidence kept (board_packs, V19). */
    BOARD_PACK;

    /**
     * A winter plan, bank fill, portfolio, design or board pack: settings in analysis_settings, pages under
     * /analyses.
     */
    public boolean analysis() {
        return this == WINTER || this == BANK || this == OPTIMISE || this == DESIGN || this == BOARD_PACK;
    }

    /** The kind in words, as the pages name it: "Winter plan", "Board pack". */
    public String words() {
        return switch (this) {
            case PROJECTION -> "Projection";
            case COMPARISON -> "Comparison";
            case MUTUAL_AID -> "Mutual-aid plan";
            case WINTER -> "Winter plan";
            case BANK -> "Bank fill";
            case OPTIMISE -> "Portfolio";
            case DESIGN -> "Workforce design";
            case BOARD_PACK -> "Board pack";
        };
    }

    /** What the run's progress counts. */
    public String progressUnit() {
        if (this == MUTUAL_AID) return "seconds";
        return analysis() ? "steps" : "draws";
    }
}
