package org.skillmix.usecase.design;

/**
 * The financial year to design a workforce for (2030 = 2030/31), and a scenario whose upskillings the design may
 * also use (null: none).
 */
public record DesignRequest(int year, String scenario) {
    public DesignRequest {
        scenario = scenario == null || scenario.isBlank() ? null : scenario.strip();
    }
}
