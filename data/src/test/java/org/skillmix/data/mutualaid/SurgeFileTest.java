package org.skillmix.data.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.SampleSystem;

class SurgeFileTest {

    private static final SystemModel SYSTEM = SampleSystem.system("Test ICS", "Wound care");
    private static final LocalDate SURGE_STARTS = LocalDate.of(2026, 12, 1);
    private static final String HEADER = "week,org_code,service_code,capability_code,shortfall_fte,critical\n";
    private static final String GOOD = "1,R0A,uec,triage,2.5,yes\n";

    private static List<Shortfall> read(String body) throws DatasetException {
        return SurgeFile.read("surge.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8), SYSTEM, SURGE_STARTS);
    }

    private static List<String> errors(String body) {
        try {
            read(body);
        } catch (DatasetException e) {
            return e.errors().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the surge file to be refused");
    }

    @Test
    void readsShortfallsAtTheOrganisationsPlaceWithTheirWeekEnding() throws DatasetException {
        List<Shortfall> shortfalls = read(GOOD + "2,RWJ,comm_nursing,wound_care,0.8,no\n");
        assertThat(shortfalls).hasSize(2);
        Shortfall first = shortfalls.get(0);
        assertThat(first.getWeek()).isEqualTo(1);
        assertThat(first.getWeekEnding()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(first.getPlaceCode()).isEqualTo("E08000003");
        assertThat(first.getFteNeeded()).isEqualTo(2.5);
        assertThat(first.isCritical()).isTrue();
        Shortfall second = shortfalls.get(1);
        assertThat(second.getWeekEnding()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(second.getPlaceCode()).isEqualTo("E08000007");
        assertThat(second.isCritical()).isFalse();
        assertThat(SurgeFile.weeks(shortfalls)).isEqualTo(2);
    }

    @Test
    void aMinimumLevelPerTaskWithDefaultsByCriticality() throws DatasetException {
        String header = "week,org_code,service_code,capability_code,shortfall_fte,critical,min_level\n";
        List<Shortfall> shortfalls = SurgeFile.read(
                "surge.csv",
                (header + "1,R0A,uec,triage,2.5,yes,4\n1,R0A,uec,wound_care,1,yes,\n"
                                + "2,RWJ,comm_nursing,wound_care,0.8,no,\n")
                        .getBytes(StandardCharsets.UTF_8),
                SYSTEM,
                SURGE_STARTS);
        assertThat(shortfalls).extracting(Shortfall::getMinLevel).containsExactly(4, 3, 2);
        assertThat(read(GOOD)).extracting(Shortfall::getMinLevel).containsExactly(3);
        try {
            SurgeFile.read(
                    "surge.csv",
                    (header + "1,R0A,uec,triage,2.5,yes,6\n").getBytes(StandardCharsets.UTF_8),
                    SYSTEM,
                    SURGE_STARTS);
            throw new AssertionError("expected min_level 6 to be refused");
        } catch (DatasetException e) {
            assertThat(e.errors())
                    .extracting(Problem::toString)
                    .containsExactly(
                            "surge.csv:2:min_level: must be a whole number between 1 and 5 competency level, not 6");
        }
    }

    @Test
    void eachBadCellIsNamedByRowAndColumnAndNothingIsLoaded() {
        assertThat(errors(GOOD + "0,R0A,uec,triage,1,yes\n"))
                .containsExactly("surge.csv:3:week: must be a whole number between 1 and 52 weeks, not 0");
        assertThat(errors(GOOD + "one,R0A,uec,triage,1,yes\n"))
                .singleElement()
                .asString()
                .startsWith("surge.csv:3:week:");
        assertThat(errors("1,XXX,uec,triage,1,yes\n"))
                .singleElement()
                .asString()
                .isEqualTo("surge.csv:2:org_code: organisation \"XXX\" is not in organisations.csv");
        assertThat(errors("1,R0A,juggling,triage,1,yes\n"))
                .singleElement()
                .asString()
                .isEqualTo("surge.csv:2:service_code: service \"juggling\" is not in services.csv");
        assertThat(errors("1,R0A,uec,juggling,1,yes\n"))
                .singleElement()
                .asString()
                .isEqualTo("surge.csv:2:capability_code: capability \"juggling\" is not in capabilities.csv");
        assertThat(errors("1,R0A,uec,triage,lots,yes\n"))
                .containsExactly("surge.csv:2:shortfall_fte: \"lots\" is not a number");
        assertThat(errors("1,R0A,uec,triage,0,yes\n"))
                .singleElement()
                .asString()
                .startsWith("surge.csv:2:shortfall_fte: must be more than 0");
        assertThat(errors("1,R0A,uec,triage,-1,yes\n"))
                .singleElement()
                .asString()
                .startsWith("surge.csv:2:shortfall_fte:");
        assertThat(errors("1,R0A,uec,triage,1,maybe\n"))
                .containsExactly("surge.csv:2:critical: \"maybe\" is not one of yes, no");
        assertThat(errors(GOOD + GOOD))
                .singleElement()
                .asString()
                .startsWith("surge.csv:3:capability_code:")
                .contains("row 2");
    }

    @Test
    void everyProblemIsReportedTogetherAndAMissingColumnIsNamed() {
        assertThat(errors("0,XXX,uec,triage,0,yes\n"))
                .containsExactly(
                        "surge.csv:2:week: must be a whole number between 1 and 52 weeks, not 0",
                        "surge.csv:2:org_code: organisation \"XXX\" is not in organisations.csv",
                        "surge.csv:2:shortfall_fte: must be more than 0 and at most 10000 FTE, not 0");
        try {
            SurgeFile.read(
                    "surge.csv", "week,org_code\n1,R0A\n".getBytes(StandardCharsets.UTF_8), SYSTEM, SURGE_STARTS);
            throw new AssertionError("expected refusal");
        } catch (DatasetException e) {
            assertThat(e.errors())
                    .extracting(Problem::toString)
                    .first()
                    .asString()
                    .startsWith("surge.csv:1:service_code: required column service_code is missing from the header");
        }
    }

    @Test
    void aColumnNamedTwiceAndBrokenCsvAreNamedByRowAndColumn() {
        try {
            SurgeFile.read(
                    "surge.csv",
                    (HEADER.strip() + ",Week\n" + GOOD.strip() + ",1\n").getBytes(StandardCharsets.UTF_8),
                    SYSTEM,
                    SURGE_STARTS);
            throw new AssertionError("expected refusal");
        } catch (DatasetException e) {
            assertThat(e.errors())
                    .extracting(Problem::toString)
                    .containsExactly("surge.csv:1:week: column week appears twice in the header; keep one");
        }
        assertThat(errors(GOOD + "2,\"RWJ,comm_nursing,wound_care,0.8,no\n"))
                .singleElement()
                .asString()
                .startsWith("surge.csv:3:org_code: a quote (\") opens a cell and is never closed");
    }

    @Test
    void donorsComeFromTheStaffFileWithAnEightyFivePercentFloorAndCriticalServicesProtected() {
        List<StaffMember> staff = List.of(
                new StaffMember("A", "R0A", "uec", "rn_adult", Map.of("triage", 3), 1.0, "E08000003", 2, 20, null),
                new StaffMember("B", "R0A", "uec", "rn_adult", Map.of("triage", 3), 1.0, "E08000003", 2, 20, null),
                new StaffMember(
                        "C", "RWJ", "comm_nursing", "hcsw", Map.of("wound_care", 2), 0.6, "E08000007", 2, 20, null));
        List<DonorService> donors = SurgeFile.donorsFromStaff(staff, SYSTEM);
        assertThat(donors)
                .containsExactly(
                        new DonorService("R0A", "uec", 2.0, 1.7, true, false),
                        new DonorService("RWJ", "comm_nursing", 0.6, 0.51, false, true));
    }
}
