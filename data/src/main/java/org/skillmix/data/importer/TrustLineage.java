package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trusts formed by mergers since June 2018 (trust_predecessors.csv): for each trust of today, the codes whose
 * staff it holds (its own, where it existed then, and those of the trusts it took over). It maps the June 2018
 * workforce file onto today's trusts, and folds a trust that closed during the twelve sickness-absence months into
 * the trust that took it over, so no staff are counted twice.
 */
record TrustLineage(Map<String, List<String>> predecessors, Map<String, String> successor, Map<String, String> notes) {

    static TrustLineage read(Mappings mappings) throws ImportException {
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        Map<String, String> successor = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        SourceCsv csv = mappings.table("trust_predecessors.csv", "org_code", "predecessor_codes", "source");
        csv.forEach(row -> {
            String code = row.text("org_code");
            if (predecessors.containsKey(code)) throw row.error("org_code", code + " has a second row");
            List<String> codes = new ArrayList<>();
            for (String p : row.text("predecessor_codes").split(";")) {
                String c = p.strip();
                if (c.isEmpty()) continue;
                String other = successor.get(c);
                if (other != null && !other.equals(code))
                    throw row.error(
                            "predecessor_codes",
                            c + " is already a predecessor of " + other + ": a trust has one heir");
                codes.add(c);
                if (!c.equals(code)) successor.put(c, code);
            }
            if (codes.isEmpty()) throw row.error("predecessor_codes", "is blank");
            predecessors.put(code, List.copyOf(codes));
            notes.put(code, row.text("source"));
        });
        for (String code : predecessors.keySet()) {
            if (successor.containsKey(code))
                throw ImportException.file(
                        "mappings/trust_predecessors.csv",
                        code + " is both a trust of today and a predecessor of " + successor.get(code)
                                + ": give the chain's last trust every code");
        }
        return new TrustLineage(Map.copyOf(predecessors), Map.copyOf(successor), Map.copyOf(notes));
    }

    /** The codes whose staff the trust holds: its predecessors (with itself where it existed), or itself alone. */
    List<String> codesOf(String trust) {
        return predecessors.getOrDefault(trust, List.of(trust));
    }

    /** The trust of today that holds a code's staff: its successor, or the code itself. */
    String heirOf(String code) {
        return successor.getOrDefault(code, code);
    }

    /** Whether the code is a trust that has since been merged into another. */
    boolean isMerged(String code) {
        return successor.containsKey(code);
    }

    /** The source of a trust's row (empty when it has none). */
    String note(String trust) {
        return notes.getOrDefault(trust, "");
    }

    Set<String> trusts() {
        return predecessors.keySet();
    }
}
