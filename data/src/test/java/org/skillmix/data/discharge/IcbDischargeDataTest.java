package org.skillmix.data.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
