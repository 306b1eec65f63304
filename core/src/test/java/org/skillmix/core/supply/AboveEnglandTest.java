package org.skillmix.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.StaffExperience;

/**
 * docs/method.md "Staff experience": B(o) is the organisation's latest rate up to the base year minus England's of
 * the same year, and 0 (no effect) where England has no figure for that year.
 */
class AboveEnglandTest {
    private static final String BURNOUT = StaffExperience.Indicators.BURNOUT;

    private static StaffExperience row(String org, int year, double value) {
        return new StaffExperience(org, year, BURNOUT, value, "");
    }

    /**
     * England 34 in 2022 and 30 in 2024. T1's latest survey is 2022 at 35: one point above England's 2022, not five
     * above its 2024. T2 answered in 2024 at 31: one above. T3's 2025 row is after the base year 2024 and is not
     * read, so its 2024 row (29) counts: one below.
     */
    @Test
    void anOrganisationIsComparedWithEnglandOfItsOwnSurveyYear() {
        Map<String, Double> above = StaffExperienceEffect.aboveEngland(
                List.of(
                        row("ENGLAND", 2022, 34),
                        row("ENGLAND", 2024, 30),
                        row("T1", 2022, 35),
                        row("T2", 2023, 50),
                        row("T2", 2024, 31),
                        row("T3", 2024, 29),
                        row("T3", 2025, 80)),
                BURNOUT,
                2024);
        assertThat(above.get("T1")).isCloseTo(1, within(1e-12));
        assertThat(above.get("T2")).isCloseTo(1, within(1e-12));
        assertThat(above.get("T3")).isCloseTo(-1, within(1e-12));
    }

    /** England's 2023 figure is missing: T1's 2023 rate is compared with nothing, so it has no effect. */
    @Test
    void withoutEnglandOfTheSameYearThereIsNoEffect() {
        Map<String, Double> above = StaffExperienceEffect.aboveEngland(
                List.of(row("ENGLAND", 2024, 30), row("T1", 2023, 40)), BURNOUT, 2024);
        assertThat(above).doesNotContainKey("T1");
    }
}
