package org.skillmix.data.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.NctrSeries;

/**
 * North Middlesex (RAP) reported its ready-to-leave patients and beds to December 2024, the Royal Free (RAL) both
 * trusts' from January 2025: with the merger, RAL's months before hold RAP's too, and RAP is no trust of its own.
 */
class IcbDischargeDataTest {
    static final YearMonth DEC = YearMonth.of(2024, 12), JAN = YearMonth.of(2025, 1);

    private static IcbDischargeData published() {
        return new IcbDischargeData(
                "QMJ",
                "E54000028",
                "North Central London",
                null,
                List.of("RAL", "RAP", "RKE"),
                Map.of(
                        "RAL",
                                Map.of(
                                        DEC,
                                        new IcbDischargeData.Beds(900, 850),
                                        JAN,
                                        new IcbDischargeData.Beds(1350, 1300)),
                        "RAP", Map.of(DEC, new IcbDischargeData.Beds(450, 440)),
                        "RKE", Map.of(DEC, new IcbDischargeData.Beds(250, 240))),
                Map.of("RAL", Map.of(DEC, 60.0, JAN, 170.0), "RAP", Map.of(DEC, 110.0), "RKE", Map.of(DEC, 30.0)));
    }

    @Test
    void aMergedTrustsMonthsAreItsSuccessors() {
        IcbDischargeData merged = published().withMergers(Map.of("RAP", "RAL", "R1C", "RW1"));

        assertThat(merged.trusts()).containsExactly("RAL", "RKE");
        assertThat(merged.trustNctr()).containsOnlyKeys("RAL", "RKE");
        assertThat(merged.trustNctr().get("RAL")).containsEntry(DEC, 170.0).containsEntry(JAN, 170.0);
        assertThat(merged.adultBeds().get("RAL"))
                .containsEntry(DEC, new IcbDischargeData.Beds(1350, 1290))
                .containsEntry(JAN, new IcbDischargeData.Beds(1350, 1300));
        assertThat(merged.trustNctr().get("RKE")).containsExactlyEntriesOf(Map.of(DEC, 30.0));
    }

    /** A predecessor whose successor is not one of the ICB's trusts in the files stays a trust of its own. */
    @Test
    void aPredecessorOfAnotherIcbsTrustStays() {
        IcbDischargeData merged = published().withMergers(Map.of("RAP", "RZZ"));

        assertThat(merged.trusts()).containsExactly("RAL", "RAP", "RKE");
        assertThat(merged.trustNctr().get("RAP")).containsExactlyEntriesOf(Map.of(DEC, 110.0));
    }

    /**
     * Two ICBs as one system (an ICB of the April 2026 mergers): the days both cover, patients added day by day, each
     * ICB's missing return filled from its own day before (as the fit does for one ICB), so the counts add up. Worked
     * by hand: A covers 1-4 March, B 2-5 March; B did not submit on 3 March (its 2 March counts stand in: 20 and 9).
     */
    @Test
    void twoIcbsAddUpDayByDayOverTheDaysBothCover() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        IcbDischargeData a = icb(
                "QMJ", "RAL", new NctrSeries("QMJ", first, new double[] {10, 11, 12, 13}, new double[] {5, 6, 7, 8}));
        IcbDischargeData b =
                icb("QRV", "RYJ", new NctrSeries("QRV", first.plusDays(1), new double[] {20, 0, 22, 23}, new double[] {
                    9, 0, 10, 11
                }));

        IcbDischargeData both = IcbDischargeData.combined("Z9B2Z", List.of(a, b));

        assertThat(both.icbOds()).isEqualTo("Z9B2Z");
        assertThat(both.icbOns()).isEqualTo("QMJ-ons+QRV-ons");
        assertThat(both.series().start()).isEqualTo(first.plusDays(1));
        assertThat(both.series().backlog()).containsExactly(31, 32, 35);
        assertThat(both.series().discharges()).containsExactly(15, 16, 18);
        assertThat(both.trusts()).containsExactly("RAL", "RYJ");
        assertThat(both.trustNctr()).containsOnlyKeys("RAL", "RYJ");
        assertThat(IcbDischargeData.combined("QMJ", List.of(a))).isSameAs(a);
    }

    private static IcbDischargeData icb(String code, String trust, NctrSeries series) {
        return new IcbDischargeData(
                code,
                code + "-ons",
                code,
                series,
                List.of(trust),
                Map.of(trust, Map.of(DEC, new IcbDischargeData.Beds(100, 90))),
                Map.of(trust, Map.of(DEC, 10.0)));
    }
}
