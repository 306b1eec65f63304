package org.skillmix.app.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The pages write a figure as the report does: a part that rounds to nothing has no sign. */
class PageFiguresTest {
    private final PageFigures figures = new PageFigures();

    @Test
    void aFigureThatRoundsToZeroHasNoSignAndNoValueIsBlank() {
        assertThat(figures.fte(-0.00003)).isEqualTo("0.0");
        assertThat(figures.fte(-4_417.46)).isEqualTo("-4,417.5");
        assertThat(figures.fte(0.05)).isEqualTo("0.1"); // half up, as the report rounds
        assertThat(figures.whole(-0.4)).isEqualTo("0");
        assertThat(figures.whole(1_234_567.5)).isEqualTo("1,234,568");
        assertThat(figures.fte(Double.NaN)).isEqualTo("–");
        assertThat(figures.fte(null)).isEmpty();
        assertThat(figures.month(YearMonth.of(2025, 4))).isEqualTo("Apr 2025");
        assertThat(figures.month("2035-03")).isEqualTo("Mar 2035"); // as the stored results keep it
        assertThat(figures.month("2024/25")).isEqualTo("2024/25");
        assertThat(figures.month(null)).isEmpty();
        assertThat(figures.pounds("250000")).isEqualTo("£250,000");
        assertThat(figures.pounds(" 60.4 ")).isEqualTo("£60");
        assertThat(figures.pounds("")).isEmpty();
    }
}
