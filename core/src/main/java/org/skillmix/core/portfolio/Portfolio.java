package org.skillmix.core.portfolio;

import java.util.List;

/**
 * The optimiser's answer: a level per option (0 = not funded), the yearly cost and gap closed, the
 * solver's state, and the reasons, in words, for each option's place in it.
 *
 * @param proven true when the solver proved optimality (within its default relative MIP gap tolerance)
 */
public record Portfolio(
        int[] levels,
        double objective,
        double[] costPerYear,
        double[] closedPerYear,
        boolean feasible,
        boolean proven,
        String solverState,
        long millis,
        List<String> explanation) {}
