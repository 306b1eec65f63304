package org.skillmix.data.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedDecimalTest {

    @Test
    void roundsHalvesAwayFromZeroAndNeverPrintsMinusZero() {
        assertThat(FixedDecimal.text(2.5, 0)).isEqualTo("3");
        assertThat(FixedDecimal.text(-2.5, 0)).isEqualTo("-3");
        assertThat(FixedDecimal.text(-0.00004, 4)).isEqualTo("0.0000");
        assertThat(FixedDecimal.text(-0.0, 2)).isEqualTo("0.00");
        assertThat(FixedDecimal.text(0.1 + 0.2, 4)).isEqualTo("0.3000");
        assertThat(FixedDecimal.text(123456789.987654, 6)).isEqualTo("123456789.987654");
    }

    @Test
    void handlesValuesTooLargeForALongAndNonFiniteValues() {
        assertThat(FixedDecimal.text(1e20, 4)).isEqualTo("100000000000000000000.0000");
        assertThat(FixedDecimal.text(-Double.MAX_VALUE, 6)).hasSize(FixedDecimal.MAX_LENGTH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FixedDecimal.text(Double.NaN, 4))
                .hasMessage("NaN is not a figure a file may hold");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FixedDecimal.text(Double.NEGATIVE_INFINITY, 4))
                .hasMessage("-Infinity is not a figure a file may hold");
    }

    @Test
    void textIsWithinHalfAUnitOfTheValue() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 12));
            int decimals = random.nextInt(0, 7);
            String text = FixedDecimal.text(value, decimals);
            assertThat(text).matches(decimals == 0 ? "-?\\d+" : "-?\\d+\\.\\d{" + decimals + "}");
            double error =
                    new BigDecimal(text).subtract(new BigDecimal(value)).abs().doubleValue();
            assertThat(error).isLessThanOrEqualTo(0.5 * Math.pow(10, -decimals) + Math.ulp(value) * 4);
            assertThat(FixedDecimal.round(value, decimals)).isEqualTo(Double.parseDouble(text));
        }
    }
}
