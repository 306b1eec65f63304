package org.skillmix.data.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.SampleSystem;

class StaffFileTest {

    private static final SystemModel SYSTEM = SampleSystem.system("Test ICS", "Wound care");
    private static final LocalDate PLAN_STARTS = LocalDate.of(2026, 12, 1);
    private static final String HEADER =
            "staff_id,home_org,home_service,role,capabilities,fte,base_place,max_weeks_away,"
                    + "max_travel_km,passport_valid_until,willing\n";
    private static final String GOOD =
            "S0001,R0A,uec,rn_adult,wound_care:3;medicines_admin:2,1.0,E08000003,4,25,2027-03-31,yes\n";

    private static StaffFile.Staff read(String body) throws DatasetException {
        return StaffFile.read("staff.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8), SYSTEM, PLAN_STARTS);
    }

    private static DatasetException failure(String body) {
        try {
            read(body);
        } catch (DatasetException e) {
            return e;
        }
        throw new AssertionError("expected the staff file to be refused");
    }

    @Test
    void readsWillingStaffWithTheirCapabilitiesAndLimits() throws DatasetException {
        StaffFile.Staff staff = read(GOOD + "S0002,RWJ,comm_nursing,hcsw,personal_care:2,0.6,E08000007,2,10,,yes\n"
                + "S0003,RWJ,comm_nursing,hcsw,personal_care:1,0.8,E08000007,2,10,,no\n");
        assertThat(staff.willing()).extracting(StaffMember::getId).containsExactly("S0001", "S0002");
        assertThat(staff.notWilling()).isEqualTo(1);
        StaffMember first = staff.willing().get(0);
        assertThat(first.getCapabilities()).isEqualTo(Map.of("wound_care", 3, "medicines_admin", 2));
        assertThat(first.getPassportValidUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(first.getMaxWeeksAway()).isEqualTo(4);
        assertThat(first.getMaxTravelKm()).isEqualTo(25.0);
        assertThat(staff.willing().get(1).getPassportValidUntil())
                .as("empty = no passport")
                .isNull();
    }

    @Test
    void duplicateIdsAreRefusedNamingBothRows() {
        DatasetException e = failure(GOOD + GOOD);
        assertThat(e.errors())
                .extracting(Problem::toString)
                .containsExactly(
                        "staff.csv:3:staff_id: duplicates row 2: the same staff_id (S0001) may appear only once");
    }

    @Test
    void unknownCapabilitiesAreRefused() {
        DatasetException e =
                failure("S0001,R0A,uec,rn_adult,wound_care:3;juggling:2,1.0,E08000003,4,25,2027-03-31,yes\n");
        assertThat(e.errors())
                .extracting(Problem::toString)
                .containsExactly("staff.csv:2:capabilities: capability \"juggling\" is not in capabilities.csv");
    }

    @Test
    void expiredPassportsAreRefused() {
        DatasetException e = failure("S0001,R0A,uec,rn_adult,wound_care:3,1.0,E08000003,4,25,2026-11-30,yes\n");
        assertThat(e.errors())
                .singleElement()
                .hasToString(
                        "staff.csv:2:passport_valid_until: passport expired on 2026-11-30,"
                                + " before the plan starts on 2026-12-01; renew it, or leave the cell empty if the person has no passport");
    }

    @Test
    void negativeFteIsRefused() {
        DatasetException e = failure("S0001,R0A,uec,rn_adult,wound_care:3,-0.5,E08000003,4,25,2027-03-31,yes\n");
        assertThat(e.errors()).singleElement().hasToString("staff.csv:2:fte: must be between 0 and 2 FTE, not -0.5");
    }

    @Test
    void unknownCodesAndBadCellsAreAllReportedAtOnce() {
        DatasetException e = failure(GOOD
                + "S0002,XXX,surgery,juggler,wound_care:9,1.0,E99999999,1.5,near,31/03/2027,maybe\n"
                + "S0003,R0A,uec,rn_adult,wound_care,1.0,E08000003,4,25,,yes\n");
        assertThat(e.errors())
                .extracting(p -> p.row() + ":" + p.column())
                .containsExactly(
                        "3:home_org",
                        "3:home_service",
                        "3:role",
                        "3:capabilities",
                        "3:base_place",
                        "3:max_weeks_away",
                        "3:max_travel_km",
                        "3:passport_valid_until",
                        "3:willing",
                        "4:capabilities");
        assertThat(e.getMessage()).startsWith("staff.csv cannot be loaded: 10 errors");
    }

    @Test
    void realIdentifiersAreRefused() {
        DatasetException e = failure("943 476 5919,R0A,uec,rn_adult,wound_care:3,1.0,E08000003,4,25,,yes\n"
                + "Jane Smith,R0A,uec,rn_adult,wound_care:3,1.0,E08000003,4,25,,yes\n");
        assertThat(e.errors()).extracting(Problem::column).containsExactly("staff_id", "staff_id");
    }

    @Test
    void aMissingColumnIsRefusedAtTheHeader() {
        DatasetException e = (DatasetException) org.assertj.core.api.Assertions.catchThrowable(() -> StaffFile.read(
                "staff.csv", "staff_id,home_org\nS1,R0A\n".getBytes(StandardCharsets.UTF_8), SYSTEM, PLAN_STARTS));
        assertThat(e.errors()).first().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("home_service");
            assertThat(p.reason()).startsWith("required column home_service is missing from the header");
        });
    }

    @Test
    void readsFromAFileAndLoadsNothingWhenAnyRowIsBad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("staff.csv");
        Files.writeString(file, HEADER + GOOD);
        assertThat(StaffFile.read(file, SYSTEM, PLAN_STARTS).willing()).hasSize(1);
        Files.writeString(file, HEADER + GOOD + "S0002,R0A,uec,rn_adult,wound_care:3,-1,E08000003,4,25,,yes\n");
        assertThatThrownBy(() -> StaffFile.read(file, SYSTEM, PLAN_STARTS))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("staff.csv:3:fte");
    }

    @Test
    void aColumnNamedTwiceIsRefusedWhateverItsCase() {
        byte[] csv = (HEADER.strip() + ",FTE\n" + GOOD.strip() + ",0.5\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StaffFile.read("staff.csv", csv, SYSTEM, PLAN_STARTS))
                .isInstanceOfSatisfying(
                        DatasetException.class,
                        e -> assertThat(e.errors())
                                .extracting(Problem::toString)
                                .containsExactly("staff.csv:1:fte: column fte appears twice in the header; keep one"));
    }

    @Test
    void brokenCsvIsNamedByRowAndColumn() {
        DatasetException e = failure(GOOD + "S0002,\"RWJ,comm_nursing,hcsw,personal_care:2,0.6,E08000007,2,10,,yes\n");
        assertThat(e.errors())
                .extracting(Problem::toString)
                .singleElement()
                .asString()
                .startsWith("staff.csv:3:home_org: a quote (\") opens a cell and is never closed");
    }

    @Test
    void aFileSavedByExcelOnWindowsReadsTheSame(@TempDir Path dir) throws Exception {
        // Windows-1252 with CRLF and a note column holding an en dash and a pound sign (bytes 0x96 and 0xA3).
        String csv = (HEADER.strip() + ",note\n" + GOOD.strip() + ",Bolton \u2013 ward 4 \u00a3 bank\n")
                .replace("\n", "\r\n");
        Path file = dir.resolve("staff.csv");
        Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(StaffFile.read(file, SYSTEM, PLAN_STARTS).willing()).hasSize(1);

        Files.write(file, ("\uFEFF" + HEADER + GOOD).getBytes(java.nio.charset.StandardCharsets.UTF_8)); // with a BOM
        assertThat(StaffFile.read(file, SYSTEM, PLAN_STARTS).willing()).hasSize(1);
    }
}
