package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.data.report.RangeCalibration.Month;

class RangeCalibrationTest {
    private static final String HEADER = RangeCalibration.EVIDENCE_PREFIX
            + "baseline,base_month,scope,trusts,month,observed_fte,mean_fte,p10_fte,p50_fte,p90_fte,abs_pct_error,"
            + "inside_p10_p90\n";

    private static String row(String date, String icb, String scope, String month, String observed) {
        return date + "," + icb + ",current-trends,2018-06," + scope + ",3," + month + "," + observed
                + ",100.0,90.0,100.0,110.0,0.0,yes\n";
    }

    @Test
    void countsTheTrustTotalsOnlyAndTheirEdgesAsInside() {
        // Band 90-110 everywhere: 90.0 and 110.0 are on its edges (inside), 89.9 and 110.1 outside; the acute row
        // lies outside too but is not a trust total, so 3 of the 5 ALL months are inside: 60%.
        List<Month> months = RangeCalibration.parse(HEADER
                + row("2026-12-06", "QAA", "ALL", "2024-04", "90.0")
                + row("2026-12-06", "QAA", "ALL", "2024-05", "110.0")
                + row("2026-12-06", "QAA", "acute", "2024-04", "200.0")
                + row("2026-12-07", "QBB", "ALL", "2024-04", "89.9")
                + row("2026-12-07", "QBB", "ALL", "2024-05", "100.0")
                + row("2026-12-07", "QBB", "ALL", "2024-06", "110.1"));
        assertThat(months).hasSize(5);
        String sentence = RangeCalibration.sentence(months);
        assertThat(sentence)
                .startsWith("How far to trust a range: projected from June 2018, the NHS trusts' total staff of each"
                        + " of 2 ICBs lay inside its P10 to P90 in 60% of the months from April 2024 to June 2024,")
                .contains("(back-test of 7 December 2026, docs/backtest.md)")
                .endsWith("the true uncertainty is somewhat wider.");
    }

    @Test
    void namesAWholeFinancialYearAsSuch() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int m = 0; m < 12; m++) {
            String month = java.time.YearMonth.of(2024, 4).plusMonths(m).toString();
            // 10 of 12 inside: 83%, within five points of 80%.
            csv.append(row("2026-12-06", "QAA", "ALL", month, m < 10 ? "100.0" : "120.0"));
        }
        String sentence = RangeCalibration.sentence(RangeCalibration.parse(csv.toString()));
        assertThat(sentence)
                .contains("in 83% of the months of 2024/25,")
                .endsWith("the ranges are about as wide as history called for.");
    }

    @Test
    void theShippedEvidenceCoversEveryIcbOfEnglandForOneYear() {
        // The 42 ICBs of 2022 (the back-test's geography) x the twelve months of 2024/25.
        assertThat(RangeCalibration.MONTHS).hasSize(42 * 12);
        assertThat(RangeCalibration.MONTHS.stream().map(Month::icb).distinct()).hasSize(42);
        assertThat(RangeCalibration.HOW_FAR_TO_TRUST)
                .contains("of each of 42 ICBs")
                .contains("months of 2024/25");
    }
}
