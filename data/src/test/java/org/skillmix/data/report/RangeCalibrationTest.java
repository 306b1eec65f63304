package org.skillmix.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.data.report.RangeCalibration.Month;

class RangeCalibrationTest {
    private static final String HEADER = RangeCalibration.EVIDENCE_PREFIX
            + "baseline,base_month,scope,trusts,month,observed_fte,mean_fte,p10_fte,p50_fte,p90_fte,abs_pct_error,"
            + "inside_p10_p90\n";

    private static String row(String date, String icb, String scope, String month, String observed) {
        return row(date, icb, 3, scope, month, observed);
    }

    private static String row(String date, String icb, int trusts, String scope, String month, String observed) {
        return date + "," + icb + ",current-trends,2018-06," + scope + "," + trusts + "," + month + "," + observed
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
    void addsTheShareOfIcbsWithAsManyTrusts() {
        // QAA (3 trusts): 2 of 2 months inside; QBB (5): 1 of 2; QCC (6): 0 of 2; QDD (9): 1 of 2. England: 4 of 8,
        // 50%. Classes: up to 4 (QAA), 5 or 6 (QBB, QCC: 1 of 4, 25%), 7 or more (QDD: 50%).
        List<Month> months = RangeCalibration.parse(HEADER
                + row("2026-12-06", "QAA", 3, "ALL", "2024-04", "100.0")
                + row("2026-12-06", "QAA", 3, "ALL", "2024-05", "100.0")
                + row("2026-12-06", "QBB", 5, "ALL", "2024-04", "100.0")
                + row("2026-12-06", "QBB", 5, "ALL", "2024-05", "120.0")
                + row("2026-12-06", "QCC", 6, "ALL", "2024-04", "80.0")
                + row("2026-12-06", "QCC", 6, "ALL", "2024-05", "120.0")
                + row("2026-12-06", "QDD", 9, "ALL", "2024-04", "100.0")
                + row("2026-12-06", "QDD", 9, "ALL", "2024-05", "80.0"));
        String england = RangeCalibration.sentence(months);
        assertThat(england).contains(" in 50% of the months ");
        assertThat(RangeCalibration.howFarToTrust(months, 6))
                .isEqualTo(england + " For the 2 ICBs with 5 or 6 NHS trusts, as this system has 6, it was 25%:"
                        + " ranges for systems of this size are narrower than the true uncertainty.");
        assertThat(RangeCalibration.howFarToTrust(months, 1))
                .endsWith(" For the 1 ICB with up to 4 NHS trusts, as this system has 1, it was 100%: ranges for"
                        + " systems of this size are wider than history called for.");
        assertThat(RangeCalibration.howFarToTrust(months, 40))
                .contains("with 7 or more NHS trusts, as this system" + " has 40, it was 50%");
        // a system with no NHS trust (a dataset of social care alone) gets England's sentence only
        assertThat(RangeCalibration.howFarToTrust(months, 0)).isEqualTo(england);
    }

    @Test
    void countsTrustsByTheirOdsCodeInTheTrustSectors() {
        assertThat(RangeCalibration.nhsTrust(new Organisation("R0A", "MFT", Sector.ACUTE, "E08000003")))
                .isTrue();
        assertThat(RangeCalibration.nhsTrust(new Organisation("TAF", "C&I", Sector.MENTAL_HEALTH, "E09000007")))
                .isTrue();
        // a place's community health services, hosted by a trust, and a trust code in another sector are not
        assertThat(RangeCalibration.nhsTrust(
                        new Organisation("CHS-E08000001", "Community, Bolton", Sector.COMMUNITY, "E08000001")))
                .isFalse();
        assertThat(RangeCalibration.nhsTrust(new Organisation("RXX", "Care", Sector.ADULT_SOCIAL_CARE, "E08000001")))
                .isFalse();
    }

    @Test
    void theSizeClassesShareOutEnglandsMonths() {
        // Independent of the sentence's arithmetic: the classes' months add up to England's, and so do the
        // months inside, so England's share is the classes' shares weighted by their months.
        List<Month> all = RangeCalibration.MONTHS;
        long inside = 0, months = 0;
        int[] lows = RangeCalibration.SIZE_CLASSES;
        for (int c = 0; c < lows.length; c++) {
            int lo = lows[c], hi = c + 1 < lows.length ? lows[c + 1] - 1 : Integer.MAX_VALUE;
            List<Month> alike = all.stream()
                    .filter(m -> m.trusts() >= lo && m.trusts() <= hi)
                    .toList();
            assertThat(alike).as("class from %d trusts", lo).isNotEmpty();
            months += alike.size();
            inside += alike.stream().filter(Month::inside).count();
        }
        assertThat(months).isEqualTo(all.size());
        assertThat(inside).isEqualTo(all.stream().filter(Month::inside).count());
    }

    @Test
    void saysHowEachSectorsTotalsHeldForTheSectorsAsked() {
        // Band 90-110: acute 2 of 2 inside (QAA, QBB); mental health 1 of 2 (QAA only), community none asked.
        List<Month> sectors = RangeCalibration.parseAll(HEADER
                        + row("2026-12-07", "QAA", "ALL", "2024-04", "100.0")
                        + row("2026-12-07", "QAA", "acute", "2024-04", "100.0")
                        + row("2026-12-07", "QBB", "acute", "2024-04", "95.0")
                        + row("2026-12-07", "QAA", "mental_health", "2024-04", "100.0")
                        + row("2026-12-07", "QAA", "mental_health", "2024-05", "120.0")
                        + row("2026-12-07", "QBB", "community", "2024-04", "50.0"))
                .stream()
                .filter(m -> !m.scope().equals("ALL"))
                .toList();
        assertThat(RangeCalibration.bySector(sectors, List.of(Sector.ACUTE, Sector.MENTAL_HEALTH, Sector.AMBULANCE)))
                .isEqualTo(" By sector, the total of the ICB's trusts of the sector lay inside its P10 to P90 in:"
                        + " acute 100% (2 ICBs), mental health 50% (1 ICB) of the months.");
        assertThat(RangeCalibration.bySector(sectors, List.of(Sector.AMBULANCE)))
                .isEmpty();
        assertThat(RangeCalibration.bySector(sectors, List.of())).isEmpty();
    }

    @Test
    void theShippedEvidenceCoversEverySectorOfEveryIcbWithItsTrusts() {
        // 42 ICBs with acute and ambulance trusts, 36 with mental health, 13 with community, twelve months each;
        // independent of bySector: a sector's months are at most its ICBs' trust-total months.
        for (Sector sector : List.of(Sector.ACUTE, Sector.MENTAL_HEALTH, Sector.COMMUNITY, Sector.AMBULANCE)) {
            List<Month> months = RangeCalibration.SECTOR_MONTHS.stream()
                    .filter(m -> m.scope().equals(sector.code()))
                    .toList();
            assertThat(months).as(sector.code()).isNotEmpty().hasSizeLessThanOrEqualTo(RangeCalibration.MONTHS.size());
            assertThat(months.size() % 12).as(sector.code()).isZero();
        }
        assertThat(RangeCalibration.SECTOR_MONTHS.stream().map(Month::scope).distinct())
                .containsExactlyInAnyOrder("acute", "mental_health", "community", "ambulance");
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
