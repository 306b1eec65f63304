package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trust that merged into one of the ICB's trusts during the months read counts as its successor, as North
 * Middlesex (RAP) does for the Royal Free (RAL): RAP reports to October 2024, RAL its own and RAP's from November.
 * Counted as they come, RAL's activity steps up by RAP's share in November, and the step reads as a season.
 */
class MergedTrustActivityTest {

    private static final TrustLineage RAP_INTO_RAL =
            new TrustLineage(Map.of("RAL", List.of("RAL", "RAP")), Map.of("RAP", "RAL"), Map.of());

    /** 900 beds occupied at RAL and 450 at RAP to October, then 1,350 at RAL: 1,350 every month for the ICB. */
    @Test
    void bedsOfAMergedTrustAreItsSuccessors(@TempDir Path temp) throws Exception {
        StringBuilder rows = new StringBuilder("nhs_trust22_code,date,general_acute_beds_occupied\n");
        for (YearMonth m = YearMonth.of(2024, 4); !m.isAfter(YearMonth.of(2025, 3)); m = m.plusMonths(1)) {
            String month = m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                    + m.getYear();
            boolean merged = m.isAfter(YearMonth.of(2024, 10));
            rows.append("RAL,")
                    .append(month)
                    .append(',')
                    .append(merged ? 1350 : 900)
                    .append('\n');
            if (!merged) rows.append("RAP,").append(month).append(",450\n");
            rows.append("RKE,").append(month).append(",250\n");
        }
        Files.writeString(temp.resolve("england_trust_general_acute_beds_monthly.csv"), rows.toString());

        GeneralAcuteBeds beds = GeneralAcuteBeds.read(
                SourceFolder.open(temp),
                Set.of("RAL"),
                RAP_INTO_RAL,
                YearMonth.of(2024, 4),
                YearMonth.of(2025, 3),
                new ImportReport("QMJ"));

        for (var month : beds.bedDays.entrySet())
            assertThat(month.getValue() / month.getKey().lengthOfMonth())
                    .as(month.getKey().toString())
                    .isCloseTo(1350, within(1e-9));
        assertThat(beds.byTrust).containsOnlyKeys("RAL");
    }

    /** A&E: RAP's 100 attendances a day to December 2024 are the Royal Free's, which reports 300 a day from January. */
    @Test
    void attendancesOfAMergedTrustAreItsSuccessors(@TempDir Path temp) throws Exception {
        for (YearMonth m = YearMonth.of(2024, 4); !m.isAfter(YearMonth.of(2025, 3)); m = m.plusMonths(1)) {
            int days = m.lengthOfMonth();
            boolean merged = m.isAfter(YearMonth.of(2024, 12));
            String rows =
                    "Org Code,A&E attendances Type 1,A&E attendances Type 2,A&E attendances Other A&E Department\n"
                            + "RAL," + (merged ? 300 : 200) * days + ",0,0\n"
                            + (merged ? "" : "RAP," + 100 * days + ",0,0\n");
            Files.writeString(temp.resolve("ae_activity_" + m + ".csv"), rows);
        }

        AeActivity ae = AeActivity.read(SourceFolder.open(temp), Set.of("RAL"), RAP_INTO_RAL, new ImportReport("QMJ"));

        assertThat(ae.all).hasSize(12);
        for (var month : ae.all.entrySet())
            assertThat(month.getValue() / month.getKey().lengthOfMonth())
                    .as(month.getKey().toString())
                    .isCloseTo(300, within(1e-9));
        assertThat(ae.byTrust).containsOnlyKeys("RAL");
    }
}
