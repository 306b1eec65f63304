package org.skillmix.data.report;

/**
 * An optimiser's end state (ojAlgo's names) in a planner's words, with the name kept for whoever checks the solver:
 * whether the answer is proven the best, or only the best found when the solver stopped.
 */
public final class SolverStates {
    private SolverStates() {}

    /** "proven the best (OPTIMAL)", "the best found, not proven the best (FEASIBLE)", or the state as given. */
    public static String words(String state) {
        return switch (state) {
            case "OPTIMAL", "DISTINCT" -> "proven the best (" + state + ")";
            case "FEASIBLE", "APPROXIMATE" -> "the best found, not proven the best (" + state + ")";
            default -> state;
        };
    }
}
