package org.skillmix.core.inequality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.inequality.Inequalities.Row;

/** Small-number suppression of the inequalities table: a hidden place takes its deprivation fifth with it. */
class SuppressedInequalitiesTest {

    private static Row place(String code, int quintile, double supply) {
        return new Row("place", code, code, 30, quintile, 1000, 10, supply, 10 - supply, false);
    }

    private static Row fifth(int q, double supply) {
        return new Row("imd_quintile", "Q" + q, "fifth " + q, 30, q, 2000, 20, supply, 20 - supply, false);
    }

    @Test
    void aHiddenPlaceAndItsFifthGoTheRestStays() {
        Inequalities all = new Inequalities(
                YearMonth.of(2035, 3),
                List.of(place("P1", 1, 8), place("P2", 1, 9), place("P3", 2, 7), place("P4", 2, 6)),
                List.of(fifth(1, 17), fifth(2, 13)));
        Inequalities seen = all.withoutPlaces("P2"::equals);
        // Q1 less P1 would give P2's figures, so Q1 goes too; Q2 has no hidden place.
        assertThat(seen.places()).extracting(Row::code).containsExactly("P1", "P3", "P4");
        assertThat(seen.quintiles()).extracting(Row::code).containsExactly("Q2");
        assertThat(seen.month()).isEqualTo(YearMonth.of(2035, 3));
    }

    @Test
    void nothingHiddenIsTheWholeTable() {
        Inequalities all = new Inequalities(
                YearMonth.of(2025, 4),
                List.of(place("P1", 1, 8), place("P2", 2, 9)),
                List.of(fifth(1, 8), fifth(2, 9)));
        assertThat(all.withoutPlaces(code -> false)).isEqualTo(all);
    }
}
