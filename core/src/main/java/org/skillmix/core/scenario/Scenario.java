package org.skillmix.core.scenario;

import java.util.List;

/** A named combination of interventions. A scenario without interventions is the baseline. */
public record Scenario(String code, String name, List<Intervention> interventions) {
    public static final String BASELINE = "baseline";

    public Scenario {
        interventions = List.copyOf(interventions);
    }

    public static Scenario baseline() {
        return new Scenario(BASELINE, "Baseline (no interventions)", List.of());
    }
}
