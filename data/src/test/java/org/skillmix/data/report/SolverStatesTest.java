package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolverStatesTest {

    /** ojAlgo's proven states read as proven, its stopped-early states as not proven; others pass through. */
    @Test
    void saysWhetherTheAnswerIsProvenTheBest() {
        assertThat(SolverStates.words("OPTIMAL")).isEqualTo("proven the best (OPTIMAL)");
        assertThat(SolverStates.words("DISTINCT")).isEqualTo("proven the best (DISTINCT)");
        assertThat(SolverStates.words("FEASIBLE")).isEqualTo("the best found, not proven the best (FEASIBLE)");
        assertThat(SolverStates.words("APPROXIMATE")).isEqualTo("the best found, not proven the best (APPROXIMATE)");
        assertThat(SolverStates.words("UNBOUNDED")).isEqualTo("UNBOUNDED");
    }
}
