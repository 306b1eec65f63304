package org.skillmix.app.web.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;

class RangeChartTest {

    private static DischargeQuestionUseCase.PlaceRange place(String name, double p10, double p50, double p90) {
        var spread = new DischargeBenefitRange.Spread(p50, p10, p50, p90);
        return new DischargeQuestionUseCase.PlaceRange(
                new PlaceEffect("E1", name, null, 0, 0),
                new DischargeBenefitRange(spread, spread, false, 200, 0, "prior"));
    }

    @Test
    void placesInOrderWithTheirRangeToFourDecimals() {
        String json = RangeChart.of(List.of(place("Bolton", 16.00004, 40.12345, 180), place("Bury", 1, 2, 3)))
                .json();
        assertThat(json)
                .isEqualTo("{\"places\":[\"Bolton\",\"Bury\"],\"p10\":[16.0000,1.0000],\"p50\":[40.1235,2.0000],"
                        + "\"p90\":[180.0000,3.0000]}");
    }

    /** The JSON sits in a script element: a name that closes it, or a figure JSON cannot hold, must not break it. */
    @Test
    void aNameCannotEndTheScriptAndANonFiniteFigureIsAGap() {
        String json = RangeChart.of(List.of(place("</script><b>\"A&B\"", Double.NaN, 1, Double.POSITIVE_INFINITY)))
                .json();
        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .contains("\\u003c/script\\u003e\\u003cb\\u003e\\\"A\\u0026B\\\"")
                .contains("\"p10\":[null]")
                .contains("\"p90\":[null]");
    }
}
