package org.skillmix.app.web.run;

import java.util.List;

/**
 * A comparison's settings: the scenarios compared with the baseline on the same draws, and the target it reports
 * P(target gap &lt; targetFte) of.
 *
 * @param scenario           the baseline, always compared too
 * @param scenarios          the scenario codes compared with it
 * @param targetCapabilities the target's capabilities (empty: all)
 * @param targetFte          the target gap (null: 0)
 */
public record ComparisonRunSettings(
        String scenario,
        List<String> scenarios,
        List<String> targetCapabilities,
        Double targetFte,
        int years,
        int draws,
        long seed,
        String baseline)
        implements DrawnRunSettings {

    public ComparisonRunSettings {
        scenarios = List.copyOf(scenarios);
        targetCapabilities = List.copyOf(targetCapabilities);
    }

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(
                scenario, scenarios, targetCapabilities, targetFte, years, draws, seed, baseline, null, null, null);
    }
}
