package org.skillmix.app.web.discharge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillmix.data.export.JsonOutput;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;

/**
 * The discharge page's range chart: places, binding place first, and the bed days a year one more homecare FTE there
 * saves (P10, P50, P90 of the range), to the four decimals the chart's tooltips show.
 */
record RangeChart(List<String> places, List<BigDecimal> p10, List<BigDecimal> p50, List<BigDecimal> p90) {

    static RangeChart of(List<DischargeQuestionUseCase.PlaceRange> ranked) {
        RangeChart chart = new RangeChart(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (var e : ranked) {
            var b = e.range().bedDaysSavedPerYear();
            chart.places.add(e.oneMore().name());
            chart.p10.add(figure(b.p10()));
            chart.p50.add(figure(b.p50()));
            chart.p90.add(figure(b.p90()));
        }
        return chart;
    }

    /** The JSON, safe inside a script element: "</script>" in a place's name would otherwise end it. */
    String json() {
        return JsonOutput.MAPPER
                .writeValueAsString(this)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /** Four decimals, as %.4f rounds; null (a gap) where not finite, which JSON cannot hold. */
    private static BigDecimal figure(double v) {
        return Double.isFinite(v) ? new BigDecimal(String.format(Locale.ROOT, "%.4f", v)) : null;
    }
}
