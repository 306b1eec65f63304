package org.skillmix.data.export;

/**
 * The names a file writes beside the codes it holds (report.Names for a dataset's names), so a planner reading an
 * output in Excel sees "Bolton NHS Foundation Trust" beside RMC without a look-up of their own. Each method returns
 * the code itself unless an implementation knows better.
 */
public interface CodeNames {
    /** No names: every code stands for itself. */
    CodeNames CODES = new CodeNames() {};

    default String organisation(String code) {
        return code;
    }

    default String role(String code) {
        return code;
    }

    /** A comparison slice's name from its dimension (all, capability, sector, place) and code. */
    default String slice(String dimension, String code) {
        return code;
    }
}
