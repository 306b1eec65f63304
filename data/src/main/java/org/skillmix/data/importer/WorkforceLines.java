package org.skillmix.data.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FTE by organisation x role, each with the text of its source column, as one part of the staffing (the trusts,
 * the community aggregates, primary care, adult social care) builds it. A second addition to the same line adds
 * the FTE and joins the sources; lines under the minimum FTE are left out.
 */
final class WorkforceLines {

    /** One line: FTE and where it comes from. */
    record Line(double fte, String source) {}

    private final double minFte;
    private final Map<String, Map<String, Line>> lines = new LinkedHashMap<>();

    WorkforceLines(double minFte) {
        this.minFte = minFte;
    }

    void add(String org, String role, double fte, String source) {
        if (fte < minFte) return;
        lines.computeIfAbsent(org, k -> new LinkedHashMap<>())
                .merge(
                        role,
                        new Line(fte, source),
                        (a, b) -> new Line(a.fte() + b.fte(), a.source() + " + " + b.source()));
    }

    /** The lines of an organisation, in the order first added. */
    Map<String, Line> of(String org) {
        return lines.getOrDefault(org, Map.of());
    }
}
