package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    @Test
    void tinyFixtureLoadsEveryTable() throws Exception {
        SystemModel model = reader.read(TinyDataset.fixture());

        assertThat(model.info().name()).isEqualTo("Tiny test system");
        assertThat(model.info().icbOdsCode()).isEqualTo("QOP");
        assertThat(model.info().baseMonth()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(model.info().referenceImdScore()).isEqualTo(21.67);
        assertThat(model.places())
                .containsExactly(
                        new Place("E08000001", "Bolton", "local_authority"),
                        new Place("E08000002", "Bury", "local_authority"));
        assertThat(model.organisations())
                .extracting(Organisation::sector)
                .containsExactly(Sector.ACUTE, Sector.COMMUNITY, Sector.ADULT_SOCIAL_CARE);
        assertThat(model.capabilities()).hasSize(3);
        assertThat(model.roles()).hasSize(3);
        assertThat(model.roleCapabilities()).hasSize(5);
        assertThat(model.services()).hasSize(2);
        assertThat(model.population()).hasSize(12);
        assertThat(model.deprivation()).hasSize(2);
        assertThat(model.utilisation()).hasSize(4);
        assertThat(model.capabilityHours()).hasSize(3);
        assertThat(model.seasonality()).hasSize(12);
        assertThat(model.workforce()).hasSize(4);
        assertThat(model.flows()).hasSize(2);
        assertThat(model.pipeline()).hasSize(2);
        assertThat(model.assumptions()).hasSize(3);
        assertThat(model.catchments())
                .containsExactly(new Catchment("RT2", "E08000002", 0.75), new Catchment("RT2", "E08000001", 0.25));
    }

    /** RT2's catchment is in the fixture; RMC has no rows, so it serves its home place, Bolton, alone. */
    @Test
    void anOrganisationWithoutCatchmentRowsServesItsHomePlace() throws Exception {
        SystemModel model = reader.read(TinyDataset.fixture());

        assertThat(model.catchmentOf("RT2")).extracting(Catchment::share).containsExactly(0.75, 0.25);
        assertThat(model.catchmentOf("RMC")).containsExactly(new Catchment("RMC", "E08000001", 1.0));
    }

    /** catchments.csv is optional; shares that add up to 1 within 0.01 (0.75 + 0.255 = 1.005) are rounding. */
    @Test
    void catchmentsAreOptionalAndSharesMayBeRounded() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp.resolve("rounded"));
        data.set("catchments.csv", 3, "share", "0.255");
        assertThat(reader.read(data.folder()).catchments())
                .extracting(Catchment::share)
                .containsExactly(0.75, 0.255);

        Files.delete(data.file("catchments.csv"));
        ReadResult result = reader.load(data.folder());
        assertThat(result.model().catchments()).isEmpty();
        assertThat(result.warnings()).noneMatch(p -> p.file().equals("catchments.csv"));
    }

    @Test
    void uncertainParametersAndDefaults() throws Exception {
        SystemModel model = reader.read(TinyDataset.fixture());

        WorkforceLine rmc = model.workforce().get(0);
        assertThat(rmc.leaverRate()).isEqualTo(new Interval(0.08, 0.1, 0.12));
        assertThat(rmc.fteInPost()).isEqualTo(480.5);
        WorkforceLine rt2 = model.workforce().get(1);
        assertThat(rt2.leaverRate()).as("only _mode given: certain").isEqualTo(Interval.fixed(0.11));
        assertThat(rt2.bankFte()).as("blank bank_fte defaults to 0").isZero();
        assertThat(model.workforce().get(2).headcount())
                .as("blank headcount is unknown")
                .isNaN();
        assertThat(model.capability("PERSONAL").orElseThrow().productiveHoursPerFteMonth())
                .isEqualTo(119.33);
        assertThat(model.role("HCA").orElseThrow().contractedHoursPerWeek()).isEqualTo(37.5);
        assertThat(model.role("HCA").orElseThrow().trainingLeadTimeMonths()).isZero();
        assertThat(model.service("CN").orElseThrow().unmetNeed()).isEqualTo(Interval.fixed(1));
        assertThat(model.service("HOME").orElseThrow().deprivationElasticity()).isZero();
        assertThat(model.flows().get(1).payElasticity()).isZero();
        assertThat(model.assumption(Assumption.Parameters.AGENCY_COST_FACTOR, "RN")
                        .orElseThrow()
                        .value())
                .isEqualTo(Interval.fixed(1.6));
    }

    @Test
    void optionalColumnsLeftOutTakeTheirDefaults() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp)
                .deleteColumn("roles.csv", "contracted_hours_per_week")
                .deleteColumn("services.csv", "unmet_need_low")
                .deleteColumn("services.csv", "unmet_need_mode")
                .deleteColumn("services.csv", "unmet_need_high")
                .deleteColumn("places.csv", "type");

        SystemModel model = reader.read(data.folder());

        assertThat(model.roles())
                .allSatisfy(r -> assertThat(r.contractedHoursPerWeek()).isEqualTo(37.5));
        assertThat(model.services()).allSatisfy(s -> assertThat(s.unmetNeed()).isEqualTo(Interval.fixed(1)));
        assertThat(model.places()).allSatisfy(p -> assertThat(p.type()).isEqualTo("local_authority"));
    }

    @Test
    void windows1252WithCrlfLoadsWithTheRightCharacters() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp);
        String csv = "org_code,name,sector,place_code\r\n"
                + "RMC,Bolton – Nursing & Care £,acute,E08000001\r\n"
                + "RT2,Pennine Care NHS Foundation Trust,community,E08000002\r\n"
                + "LA-BOL-ASC,Bolton care providers,adult_social_care,E08000001\r\n\r\n\r\n";
        Files.write(data.file("organisations.csv"), csv.getBytes(Charset.forName("windows-1252")));

        SystemModel model = reader.read(data.folder());

        assertThat(model.organisation("RMC").orElseThrow().name()).isEqualTo("Bolton – Nursing & Care £");
    }

    @Test
    void utf8WithByteOrderMarkAndCrlfLoads() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp);
        String csv = "\uFEFFPlace_Code , NAME ,type\r\nE08000001,Bolton – Lever Chambers,local_authority\r\n"
                + "E08000002,Bury,local_authority\r\n";
        Files.writeString(data.file("places.csv"), csv);

        SystemModel model = reader.read(data.folder());

        assertThat(model.place("E08000001").orElseThrow().name()).isEqualTo("Bolton – Lever Chambers");
    }

    @Test
    void blankLinesInTheMiddleAreSkippedButCounted() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp);
        data.writeText("places.csv", "place_code,name,type\n\nE08000001,Bolton,\n,,\nE08000002,Bury,bad_type\n");

        DatasetException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> reader.read(data.folder()), DatasetException.class);

        assertThat(e.errors())
                .extracting(Problem::toString)
                .containsExactly("places.csv:5:type: \"bad_type\" is not one of local_authority, neighbourhood");
    }

    @Test
    void warningsComeBackWithTheModel() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp);
        data.set("roles.csv", 1, "pay_band", "grade");
        data.writeText("workforce_2023.csv", "a,b\n1,2\n");
        data.writeText("README.md", "notes for the planner");

        ReadResult result = reader.load(data.folder());

        assertThat(result.warnings())
                .extracting(Problem::toString)
                .contains(
                        "roles.csv:1:grade: warning: is not a column of roles and is ignored",
                        "workforce_2023.csv: warning: is not a table of the dataset and is ignored (did you mean workforce.csv?)",
                        "population.csv: warning: population of place E08000002 stops at 2025 (other places go to 2030); "
                                + "later years use 2025's figures");
        assertThat(result.warnings()).noneMatch(p -> p.file().equals("README.md"));
        assertThat(result.model().roles())
                .allSatisfy(r -> assertThat(r.payBand()).isEmpty());
    }

    @Test
    void zipWithFilesAtTheTopOrInOneFolderLoads() throws Exception {
        SystemModel expected = reader.read(TinyDataset.fixture());
        Path top = zip(tmp.resolve("top.zip"), "");
        Path nested = zip(tmp.resolve("nested.zip"), "tiny-dataset/");

        assertThat(reader.read(top)).isEqualTo(expected);
        assertThat(reader.read(nested)).isEqualTo(expected);
    }

    @Test
    void checkListsProblemsWithoutThrowing() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp).set("workforce.csv", 2, "fte_in_post", "-1");

        assertThat(reader.check(data.folder()))
                .anyMatch(p -> p.isError() && p.column().equals("fte_in_post"));
        assertThat(reader.check(TinyDataset.fixture())).noneMatch(Problem::isError);
    }

    /**
     * A workbook typed by hand: every cell text (as Excel keeps numbers pasted as text), a README
     * and a notes sheet, and base_month entered as a date, which is what Excel makes of 2025-04.
     */
    @Test
    void handMadeWorkbookWithTextNumbersAndADateMonthLoads() throws Exception {
        Path xlsx = tmp.resolve("hand made.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "Excel", "16.0");
            workbook.newWorksheet("README").value(0, 0, "my notes");
            for (DatasetTable table : DatasetTable.values()) {
                Worksheet sheet = workbook.newWorksheet(table.sheetName());
                List<List<String>> rows =
                        TinyDataset.copyTo(tmp.resolve(table.sheetName())).rows(table.fileName());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String cell = rows.get(r).get(c);
                        if (cell.equals("2025-04")) {
                            sheet.value(r, c, LocalDate.of(2025, 4, 1));
                            sheet.style(r, c).format("mmm-yy").set();
                        } else if (!cell.isEmpty()) {
                            sheet.value(r, c, cell);
                        }
                    }
                }
            }
            workbook.newWorksheet("Notes").value(0, 0, "scratch");
            workbook.finish();
        }

        ReadResult result = reader.load(xlsx);

        assertThat(result.model()).isEqualTo(reader.read(TinyDataset.fixture()));
        assertThat(result.warnings())
                .extracting(Problem::toString)
                .contains("hand made.xlsx[Notes]: warning: is not a table of the dataset and is ignored");
    }

    static Path zip(Path zip, String folder) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file);
                var files = Files.list(TinyDataset.fixture())) {
            if (!folder.isEmpty()) {
                out.putNextEntry(new ZipEntry(folder));
                out.closeEntry();
                out.putNextEntry(new ZipEntry("__MACOSX/" + folder + "._manifest.csv"));
                out.closeEntry();
            }
            for (Path csv : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder + csv.getFileName()));
                out.write(Files.readAllBytes(csv));
                out.closeEntry();
            }
        }
        return zip;
    }
}
