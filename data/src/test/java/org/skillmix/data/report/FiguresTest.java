package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures as people read them: grouped, rounded half up, no sign on a figure that rounds to zero. */
class FiguresTest {
    private final Figures figures = new Figures();

    @Test
    void aFigureThatRoundsToZeroHasNoSign() {
        assertThat(figures.fte(-0.00003)).isEqualTo("0.0");
        assertThat(figures.fte(-0.04)).isEqualTo("0.0");
        assertThat(figures.fte(-0.05)).isEqualTo("-0.1");
        assertThat(figures.whole(-0.4)).isEqualTo("0");
        assertThat(figures.share(-0.0004)).isEqualTo("0.0%");
        assertThat(figures.share(-0.028)).isEqualTo("-2.8%");
    }

    @Test
    void figuresAreGroupedAndRoundedHalfUp() {
        assertThat(figures.fte(-4_417.48)).isEqualTo("-4,417.5");
        assertThat(figures.whole(1_234_567.5)).isEqualTo("1,234,568");
        assertThat(figures.fte(Double.NaN)).isEqualTo(Figures.NONE);
    }

    /** Money in millions with the sign before the pound: a saving of £0.5m a year is "-£0.5m", not "£-0.5m". */
    @Test
    void aSavingInMillionsPutsItsSignBeforeThePound() {
        assertThat(figures.millions(222_412_345)).isEqualTo("£222.4m");
        assertThat(figures.millions(-519_000)).isEqualTo("-£0.5m");
        assertThat(figures.millions(-40_000)).isEqualTo("£0.0m");
        assertThat(figures.millions(-1_234_560_000)).isEqualTo("-£1,234.6m");
        assertThat(figures.millions(Double.POSITIVE_INFINITY)).isEqualTo(Figures.NONE);
    }

    /** Draws counted as a sentence says them, in every command's words and the report's heading. */
    @Test
    void drawsAreCountedWithThousandsSeparatedAndOneDrawSingular() {
        assertThat(Figures.draws(1_000)).isEqualTo("1,000 draws");
        assertThat(Figures.draws(10_000)).isEqualTo("10,000 draws");
        assertThat(Figures.draws(1)).isEqualTo("1 draw");
        assertThat(Figures.draws(0)).isEqualTo("0 draws");
    }

    /**
     * Trimmed figures round the decimal given: 0.0905 as the file wrote it rounds half up to 0.091, while the binary
     * double nearest it (0.09049999...) rounds to 0.09, as the dataset's cells do.
     */
    @Test
    void trimmedFiguresRoundTheDecimalTheCallerGives() {
        assertThat(Figures.trimmed(java.math.BigDecimal.valueOf(0.0905), 3, java.math.RoundingMode.HALF_UP))
                .isEqualTo("0.091");
        assertThat(Figures.trimmed(new java.math.BigDecimal(0.0905), 3, java.math.RoundingMode.HALF_UP))
                .isEqualTo("0.09");
        assertThat(Figures.trimmed(java.math.BigDecimal.valueOf(10_331), 3, java.math.RoundingMode.HALF_UP))
                .isEqualTo("10,331");
        assertThat(Figures.trimmed(java.math.BigDecimal.valueOf(-0.0004), 3, java.math.RoundingMode.HALF_UP))
                .isEqualTo("0");
    }
}
