package org.skillmix.app.web.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.disclosure.SmallNumbers.Reason;
import org.skillmix.app.web.disclosure.SmallNumbers.Relation;

/** Hand-worked tables: which cells a reader may not see, and why. */
class SmallNumbersTest {
    /**
     * Staff by sector: acute has two trusts (100 and 50 people), ambulance one (40), community two small teams
     * (2 and 1 people); the total is the sum of the three sectors.
     */
    static final Map<String, Map<String, Double>> CELLS = Map.of(
            "acute", Map.of("T1", 100.0, "T2", 50.0),
            "ambulance", Map.of("AMB", 40.0),
            "community", Map.of("C1", 2.0, "C2", 1.0),
            "total", Map.of("T1", 100.0, "T2", 50.0, "AMB", 40.0, "C1", 2.0, "C2", 1.0));

    static final List<Relation<String>> RELATIONS =
            List.of(new Relation<>("total", List.of("acute", "ambulance", "community")));

    final SmallNumbers<String> table = new SmallNumbers<>(CELLS, RELATIONS);

    @Test
    void aReaderWhoKnowsNoOrganisation() {
        // ambulance is one trust's figure, community rests on 3 people: two suppressed in the relation, so
        // neither can be recovered from the total and acute; nothing more to hide.
        assertThat(table.suppressedFor(org -> false, k -> false))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ambulance", Reason.ONE_ORGANISATION, "community", Reason.FEWER_THAN_FIVE));
    }

    @Test
    void theLeadOfTheAmbulanceTrustSeesTheirOwnSector() {
        // ambulance is all their own; community is hidden; then community alone is hidden in the relation and
        // could be recovered as total - acute - ambulance: acute (150 people, fewer than the total's 153) goes too.
        assertThat(table.suppressedFor(org -> org.equals("AMB"), k -> false))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("community", Reason.FEWER_THAN_FIVE, "acute", Reason.BY_SUBTRACTION));
    }

    @Test
    void theLeadOfOneTrustCannotReadTheOtherThroughTheirSector() {
        // acute minus their own 100 is T2's figure: one organisation.
        assertThat(table.suppressedFor(org -> org.equals("T1"), k -> false))
                .containsEntry("acute", Reason.ONE_ORGANISATION)
                .containsEntry("ambulance", Reason.ONE_ORGANISATION)
                .containsEntry("community", Reason.FEWER_THAN_FIVE)
                .doesNotContainKey("total");
    }

    @Test
    void aSingleSuppressedPartTakesTheSmallestOtherWithIt() {
        var two = new SmallNumbers<>(
                Map.of(
                        "a", Map.of("A1", 10.0, "A2", 10.0),
                        "b", Map.of("B", 7.0),
                        "c", Map.of("C1", 30.0, "C2", 30.0),
                        "all", Map.of("A1", 10.0, "A2", 10.0, "B", 7.0, "C1", 30.0, "C2", 30.0)),
                List.of(new Relation<>("all", List.of("a", "b", "c"))));
        Map<String, Reason> hidden = two.suppressedFor(org -> false, k -> false);
        assertThat(hidden)
                .containsExactlyInAnyOrderEntriesOf(Map.of("b", Reason.ONE_ORGANISATION, "a", Reason.BY_SUBTRACTION));
        // Every relation now has none or at least two hidden cells.
        assertThat(Set.of("all", "a", "b", "c").stream()
                        .filter(hidden::containsKey)
                        .count())
                .isGreaterThanOrEqualTo(2);
    }
}
