package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.explain.BaseGap;

/** The section says which sectors are calibrated to their posts and which sit on norms below them. */
class BaseGapSectionTest {

    private static BaseGap.Row row(String sector, double e, double norm) {
        return new BaseGap.Row(sector, e + norm, e + norm, e, e, e, e, norm, 0, 0, 0, 0, 0, 0, null);
    }

    @Test
    void aNormBelowTheEstablishmentIsReadAsAFloorAndACalibratedSectorAsSuch() {
        BaseGap gap = new BaseGap(
                YearMonth.of(2025, 4),
                List.of(
                        row("mental_health", 8_000, 0.02),
                        row("primary_care", 3_413, -95.7),
                        row("adult_social_care", 35_748, -4_417.5)),
                row("ALL", 47_161, -4_513.18));
        String html = new BaseGapSection(new Figures()).html(gap);
        assertThat(html)
                .contains("<p>Mental health: demand in the base month is within 0.5% of the funded establishment")
                .contains("<p>Primary care -95.7 FTE (-2.8%); Adult social care -4,417.5 FTE (-12.4%): the demand"
                        + " norms ask less than the funded establishment.");
        assertThat(html.indexOf("Primary care -95.7")).isGreaterThan(html.indexOf("Mental health: demand"));
    }

    /** GP 0.8-1.2 of 3,317.3 FTE of need against 3,413 posts: the norm part runs -759.2 to +567.8 around -95.7. */
    @Test
    void aNormsRangeIsStatedAndASignThatDependsOnItSaidSo() {
        BaseGap.Row primary = new BaseGap.Row(
                "primary_care",
                3_317.3,
                3_317.3,
                3_413,
                3_413,
                3_413,
                3_413,
                -95.7,
                0,
                0,
                0,
                0,
                0,
                0,
                new BaseGap.Range(0.8 * 3_317.3 - 3_413, 1.2 * 3_317.3 - 3_413));
        BaseGap gap = new BaseGap(YearMonth.of(2025, 4), List.of(primary), primary);
        String html = new BaseGapSection(new Figures()).html(gap);
        assertThat(html)
                .contains("<p>Primary care -95.7 FTE at the norms, -759.2 to 567.8 FTE over their ranges: the norms"
                        + " are uncertain too")
                .contains("whether the sector is short of its norm today depends on the norm itself.");
    }
}
