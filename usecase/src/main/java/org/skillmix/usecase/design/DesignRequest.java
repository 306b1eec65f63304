package org.skillmix.usecase.design;

import org.skillmix.core.supply.Baseline;

/**
 * The financial year to design a workforce for (2030 = 2030/31), a scenario whose upskillings the design may also use
 * (null: none), and the supply baseline whose labour pools limit each role's growth (the funded plan unless given:
 * settings stored before designs had a baseline ran it).
 */
public record DesignRequest(int year, String scenario, Baseline baseline) {
    public DesignRequest {
        scenario = scenario == null || scenario.isBlank() ? null : scenario.strip();
        if (baseline == null) baseline = Baseline.FUNDED_PLAN;
    }
}
