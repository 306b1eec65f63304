package org.skillmix.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundedTest {

    /** A rounding residue below the printed decimal prints as zero, never "-0.0", "-0" or "-0.0000". */
    @Test
    void aResidueBelowThePrintedDecimalIsZero() {
        assertThat(Rounded.asPrinted(-1e-12, 1)).isEqualTo(0.0);
        assertThat(String.format(Locale.ROOT, "%,.1f", Rounded.asPrinted(-0.04, 1)))
                .isEqualTo("0.0");
        assertThat(String.format(Locale.ROOT, "%,.0f", Rounded.asPrinted(-0.4, 0)))
                .isEqualTo("0");
        assertThat(String.format(Locale.ROOT, "%9.4f", Rounded.asPrinted(-0.000049, 4)))
                .isEqualTo("   0.0000");
    }

    /** Anything that does not round to zero keeps its sign, rounded half up as the format would. */
    @Test
    void otherFiguresAreRoundedHalfUp() {
        assertThat(Rounded.asPrinted(-0.06, 1)).isEqualTo(-0.1);
        assertThat(Rounded.asPrinted(1_234.56, 0)).isEqualTo(1_235.0);
        assertThat(Rounded.asPrinted(0.0705, 4)).isEqualTo(0.0705);
        assertThat(String.format(Locale.ROOT, "%9.4f", Rounded.asPrinted(-0.00006, 4)))
                .isEqualTo("  -0.0001");
    }
}
