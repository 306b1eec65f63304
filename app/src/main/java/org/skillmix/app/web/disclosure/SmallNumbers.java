package org.skillmix.app.web.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Statistical disclosure control of published tables, as NHS Digital and the ONS do it for workforce figures:
 * a reader who may not see an organisation's own figures must not be able to read them from totals either.
 *
 * <p>Each published figure (a cell) is a sum over organisations, with the people behind each organisation's
 * part. For a reader who knows some organisations' figures (an organisation lead knows their own), a cell is
 * <b>primarily suppressed</b> when, leaving out what the reader knows, it is one organisation's figure (a
 * sector with one organisation, a sector with the reader's own and one other) or rests on fewer than
 * {@value #MIN_PEOPLE} people. Then, since a total is the sum of its parts (a relation), a suppressed cell
 * could be recovered by subtraction whenever it is the only one suppressed in a relation: a second cell of that
 * relation is <b>secondarily suppressed</b>, the one resting on the fewest people, and so on until every relation
 * has none or at least two suppressed cells. (This is the usual cell-suppression heuristic; it stops exact
 * recovery through any single relation, the attack the rules are written against.)
 *
 * @param <K> what names a cell; ordered, so the same tables always suppress the same cells
 */
public final class SmallNumbers<K extends Comparable<K>> {
    /** NHS Digital and ONS suppress counts of fewer than five people. */
    public static final double MIN_PEOPLE = 5;

    /** Why a cell is not shown. */
    public enum Reason {
        /** Another organisation's own figure (not a total), which the reader may not see at all. */
        ANOTHER_ORGANISATION("another organisation's own figure"),
        /** Leaving out what the reader knows, one organisation's figure. */
        ONE_ORGANISATION("it would be one organisation's figure"),
        /** Fewer than five people behind it (leaving out what the reader knows). */
        FEWER_THAN_FIVE("fewer than 5 people"),
        /** Shown, it would give away a suppressed figure by subtraction from a total. */
        BY_SUBTRACTION("it would give away a suppressed figure by subtraction");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A total and the parts it is the sum of. */
    public record Relation<K>(K total, List<K> parts) {}

    private final Map<K, Map<String, Double>> cells;
    private final List<Relation<K>> relations;

    /**
     * @param cells     every cell with the people behind each organisation's part (an organisation with no
     *                  people in the cell is left out)
     * @param relations the sums among the cells; a relation naming a cell that is not in {@code cells} is ignored
     */
    public SmallNumbers(Map<K, Map<String, Double>> cells, Collection<Relation<K>> relations) {
        this.cells = cells;
        this.relations = relations.stream()
                .filter(r -> cells.containsKey(r.total()) && r.parts().stream().allMatch(cells::containsKey))
                .toList();
    }

    /**
     * The cells a reader may not see, with why.
     *
     * @param known      the organisations whose own figures the reader sees
     * @param ownFigure  whether a cell is an organisation's own figure rather than a total (for the reason only)
     */
    public Map<K, Reason> suppressedFor(Predicate<String> known, Predicate<K> ownFigure) {
        Map<K, Reason> out = new HashMap<>();
        Map<K, Double> unknownPeople = new HashMap<>();
        Map<K, Integer> unknownOrganisations = new HashMap<>();
        for (var cell : cells.entrySet()) {
            double people = 0;
            int organisations = 0;
            for (var part : cell.getValue().entrySet()) {
                if (known.test(part.getKey())) continue;
                organisations++;
                people += part.getValue();
            }
            unknownPeople.put(cell.getKey(), people);
            unknownOrganisations.put(cell.getKey(), organisations);
            if (organisations == 0) continue; // the reader knows every part: nothing to protect
            if (organisations == 1) {
                out.put(
                        cell.getKey(),
                        ownFigure.test(cell.getKey()) ? Reason.ANOTHER_ORGANISATION : Reason.ONE_ORGANISATION);
            } else if (people < MIN_PEOPLE) {
                out.put(cell.getKey(), Reason.FEWER_THAN_FIVE);
            }
        }
        Comparator<K> fewestPeople =
                Comparator.comparing((K k) -> unknownPeople.get(k)).thenComparing(Comparator.naturalOrder());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation<K> r : relations) {
                List<K> members = new ArrayList<>(r.parts().size() + 1);
                members.add(r.total());
                members.addAll(r.parts());
                long hidden = members.stream().filter(out::containsKey).count();
                if (hidden != 1) continue;
                // A member whose every part the reader knows cannot help: showing or hiding it changes nothing.
                K second = members.stream()
                        .filter(m -> !out.containsKey(m) && unknownOrganisations.get(m) > 0)
                        .min(fewestPeople)
                        .orElse(null);
                if (second == null) continue;
                out.put(second, Reason.BY_SUBTRACTION);
                changed = true;
            }
        }
        return out;
    }

    /** The cells, for tests. */
    Map<K, Map<String, Double>> cells() {
        return new LinkedHashMap<>(cells);
    }

    /** The relations among the cells, for tests. */
    List<Relation<K>> relations() {
        return relations;
    }
}
