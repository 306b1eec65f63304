package org.skillmix.app.web.speakup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year's themes are suppressed the same whatever dataset the ICS holds when they are read: a later dataset that
 * renames an organisation, adds one or moves one to another sector must not give a second, differently suppressed
 * version of the same year, since the two could be combined to narrow a suppressed count.
 */
class ThemesTableTest {
    static final YearMonth MARCH = YearMonth.of(2025, 3);

    static List<SpeakUpStore.Count> counts() {
        List<SpeakUpStore.Count> c = new ArrayList<>();
        c.add(count("RAA", "Aardvark", "acute", Category.PATIENT_SAFETY, 8));
        c.add(count("RAA", "Aardvark", "acute", Category.STAFFING_LEVELS, 3));
        c.add(count("RAA", "Aardvark", "acute", Category.BULLYING, 6));
        c.add(count("RBB", "Badger", "acute", Category.PATIENT_SAFETY, 9));
        c.add(count("RBB", "Badger", "acute", Category.STAFFING_LEVELS, 7));
        c.add(count("RBB", "Badger", "acute", Category.BULLYING, 2));
        c.add(count("RCC", "Coast", "ambulance", Category.PATIENT_SAFETY, 5));
        c.add(count("RCC", "Coast", "ambulance", Category.STAFFING_LEVELS, 6));
        return c;
    }

    @Test
    void aNewDatasetDoesNotChangeWhatAPastYearSuppresses() {
        Themes then = build(List.of(
                new Themes.Organisation("RAA", "Aardvark", "acute"),
                new Themes.Organisation("RBB", "Badger", "acute"),
                new Themes.Organisation("RCC", "Coast", "ambulance")));
        // A later dataset: RBB renamed to sort first, a new acute trust with no concerns, RCC moved to acute.
        Themes now = build(List.of(
                new Themes.Organisation("RAA", "Aardvark", "acute"),
                new Themes.Organisation("RBB", "Aaa Badger", "acute"),
                new Themes.Organisation("RAB", "Aab New Trust", "acute"),
                new Themes.Organisation("RCC", "Coast", "acute")));

        assertThat(then.suppressedCells()).isEqualTo(4);
        assertThat(now.suppressedCells()).isEqualTo(then.suppressedCells());
        for (String code : List.of("acute", "ambulance", "RAA", "RBB", "RCC")) {
            Themes.Row a = row(then, code), b = row(now, code);
            assertThat(b.counts()).as(code).isEqualTo(a.counts());
            assertThat(b.total()).as(code).isEqualTo(a.total());
            assertThat(b.sector()).as(code).isEqualTo(a.sector());
        }
        assertThat(now.total()).isEqualTo(then.total());
        // The new trust is listed, with its zeros, among the acute trusts by name; RBB under its new name.
        assertThat(now.byOrganisation())
                .extracting(Themes.Row::code)
                .containsExactly("acute", "RBB", "RAB", "RAA", "ambulance", "RCC");
        assertThat(row(now, "RAB").counts()).containsOnly(0L);
        assertThat(row(now, "RBB").name()).isEqualTo("Aaa Badger");
    }

    private static Themes build(List<Themes.Organisation> dataset) {
        return Themes.build("QXX", "Test ICS", YearMonth.of(2024, 4), MARCH, dataset, counts(), List.of("2024/25"));
    }

    private static Themes.Row row(Themes t, String code) {
        return t.byOrganisation().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static SpeakUpStore.Count count(String org, String name, String sector, Category category, int n) {
        return new SpeakUpStore.Count(org, name, sector, category, MARCH, n);
    }
}
