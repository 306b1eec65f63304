package org.skillmix.app.web.discharge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.data.report.ChartFigures;
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
            chart.p10.add(ChartFigures.rounded(b.p10(), 4));
            chart.p50.add(ChartFigures.rounded(b.p50(), 4));
            chart.p90.add(ChartFigures.rounded(b.p90(), 4));
        }
        return chart;
    }

    /** The JSON, safe inside a script element: "</script>" in a place's name would otherwise end it. */
    String json() {
        return ChartFigures.json(this);
    }
}
