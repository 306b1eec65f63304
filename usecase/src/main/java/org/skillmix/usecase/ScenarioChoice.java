package org.skillmix.usecase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;

/** Scenario and capability codes a request names, checked against the dataset with one message for each mistake. */
public final class ScenarioChoice {
    private ScenarioChoice() {}

    /** The scenario of this code (the baseline, which has no interventions, for "baseline"). */
    public static Scenario scenario(SystemModel model, String code, String field) {
        if (code.equals(Scenario.BASELINE)) return Scenario.baseline();
        return model.scenario(code)
                .orElseThrow(() -> new InvalidSetting(
                        field,
                        "scenario " + code + " is not in the dataset's interventions.csv; it has " + list(model)));
    }

    /** The scenarios named, in that order, the baseline left out (it is always compared). */
    public static List<Scenario> scenarios(SystemModel model, Collection<String> codes, String field) {
        List<Scenario> chosen = new ArrayList<>();
        for (String code : codes) {
            if (!code.equals(Scenario.BASELINE)) chosen.add(scenario(model, code, field));
        }
        return chosen;
    }

    /** Capability codes, each checked against capabilities.csv. */
    public static Set<String> capabilities(SystemModel model, Collection<String> codes, String field) {
        for (String k : codes) {
            if (model.capability(k).isEmpty()) {
                throw new InvalidSetting(field, "capability " + k + " is not in the dataset's capabilities.csv");
            }
        }
        return new LinkedHashSet<>(codes);
    }

    /** Codes as a request gives them: blanks dropped, trimmed, each once, in order. */
    public static List<String> codes(Collection<String> codes) {
        if (codes == null) return List.of();
        return codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::trim)
                .distinct()
                .toList();
    }

    private static String list(SystemModel model) {
        return model.scenarios().isEmpty()
                ? "no scenarios besides baseline"
                : String.join(
                        ", ", model.scenarios().stream().map(Scenario::code).toList());
    }
}
