package org.skillmix.app.web.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.supply.Baseline;
import tools.jackson.databind.JsonNode;

/**
 * One setting of an analysis as a planner reads it on the analysis page: its name in words ("Time limit seconds",
 * not timeLimitSeconds) and its value with a baseline by its label ("Current trends", not CURRENT_TRENDS); a setting
 * left blank took the use case's default. The API keeps the stored JSON as it is.
 */
record SettingRow(String name, String value) {

    static List<SettingRow> of(Object settings) {
        List<SettingRow> rows = new ArrayList<>();
        add(rows, AnalysisWork.JSON.valueToTree(settings));
        return rows;
    }

    /** A nested settings record (a board pack's engine settings) gives a row for each of its own, not its JSON. */
    private static void add(List<SettingRow> rows, JsonNode tree) {
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (field.getValue().isObject()) add(rows, field.getValue());
            else rows.add(new SettingRow(words(field.getKey()), value(field.getValue())));
        }
    }

    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull()) return "default";
        if (node.isString()) {
            String text = node.asString();
            return Arrays.stream(Baseline.values())
                    .filter(b -> b.name().equals(text))
                    .map(Baseline::label)
                    .findFirst()
                    .orElse(text);
        }
        if (node.isValueNode()) return node.asString();
        return node.isEmpty() ? "none" : node.toString();
    }
}
