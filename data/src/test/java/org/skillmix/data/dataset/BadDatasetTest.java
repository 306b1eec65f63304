package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each test copies the valid fixture, breaks one thing, and checks that the read fails, returns
 * nothing, and names the exact file, row and column with a reason a planner can act on: here, files and cells
 * that cannot be read or are out of range ({@link InconsistentDatasetTest}: tables that disagree).
 */
class BadDatasetTest extends BadDatasetTestBase {

    @Test
    void missingRequiredFile() throws Exception {
        Files.delete(data.file("workforce.csv"));

        assertThat(error("workforce.csv", 0, "").reason())
                .startsWith("required table workforce is missing; add it with the columns org_code, role_code");
    }

    @Test
    void emptyFile() throws Exception {
        Files.write(data.file("roles.csv"), new byte[0]);

        assertThat(error("roles.csv", 0, "").reason())
                .isEqualTo("is empty; it needs a header row (role_code, name, "
                        + "annual_pay_gbp, annual_cost_gbp) and at least one row of data");
    }

    @Test
    void headerOnlyRequiredTable() throws Exception {
        data.writeText("capability_hours.csv", "service_code,capability_code,hours_per_activity\n");

        assertThat(error("capability_hours.csv", 0, "").reason())
                .isEqualTo(
                        "required table capability_hours has no rows; add at least one row (one per service x capability)");
    }

    @Test
    void missingRequiredColumn() throws Exception {
        data.deleteColumn("workforce.csv", "fte_in_post");

        assertThat(error("workforce.csv", 1, "fte_in_post").reason())
                .startsWith("required column fte_in_post is missing from the header");
        assertThat(errors())
                .as("one problem for the missing column, not one per row")
                .hasSize(1);
    }

    @Test
    void nonNumericValue() throws Exception {
        data.set("population.csv", 4, "persons", "lots");

        assertThat(error("population.csv", 4, "persons").reason()).isEqualTo("\"lots\" is not a number");
    }

    @Test
    void percentagesAndThousandsSeparatorsAreExplained() throws Exception {
        data.set("workforce.csv", 3, "sickness_rate", "4.8%").set("population.csv", 2, "persons", "118,000");

        assertThat(error("workforce.csv", 3, "sickness_rate").reason())
                .contains("without %")
                .contains("0.091");
        assertThat(error("population.csv", 2, "persons").reason()).contains("without thousands separators (118000)");
    }

    @Test
    void negativeFte() throws Exception {
        data.set("workforce.csv", 2, "fte_in_post", "-5");

        assertThat(error("workforce.csv", 2, "fte_in_post").reason())
                .isEqualTo("must be between 0 and 100000 FTE, not -5");
    }

    @Test
    void maxShareAboveOne() throws Exception {
        data.set("role_capabilities.csv", 3, "max_share", "1.5");

        assertThat(error("role_capabilities.csv", 3, "max_share").reason())
                .isEqualTo("must be a share more than 0 and at most 1 (write 0.12 for 12 %), not 1.5");
    }

    @Test
    void rateAboveOne() throws Exception {
        data.set("workforce.csv", 5, "leaver_rate_high", "1.2");

        assertThat(error("workforce.csv", 5, "leaver_rate_high").reason())
                .isEqualTo("must be a share between 0 and 1 (write 0.12 for 12 %), not 1.2");
    }

    @Test
    void lowAboveMode() throws Exception {
        data.set("workforce.csv", 2, "leaver_rate_low", "0.2");

        assertThat(error("workforce.csv", 2, "leaver_rate_low").reason())
                .isEqualTo("leaver_rate_low 0.2 is above leaver_rate_mode 0.1; need low <= mode <= high");
    }

    @Test
    void modeAboveHigh() throws Exception {
        data.set("services.csv", 2, "growth_high", "1.015");

        assertThat(error("services.csv", 2, "growth_high").reason())
                .isEqualTo("growth_high 1.015 is below growth_mode 1.02; need low <= mode <= high");
    }

    @Test
    void onlyOneOfLowAndHigh() throws Exception {
        data.set("pipeline.csv", 3, "completion_rate_low", "0.7");

        assertThat(error("pipeline.csv", 3, "completion_rate_high").reason())
                .startsWith("is blank but completion_rate_low is given; give both");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        Path xlsx = tmp.resolve("system.xlsx");
        new DatasetWriter().writeWorkbook(reader.read(data.folder()), xlsx);
        cutInHalf(xlsx);

        Problem problem = error("system.xlsx", 0, "", xlsx);
        assertThat(problem.reason())
                .isEqualTo(
                        "is not a readable Excel workbook (.xlsx): it is damaged (its zip structure cannot be read)");
    }

    @Test
    void truncatedZip() throws Exception {
        Path zip = DatasetReaderTest.zip(tmp.resolve("system.zip"), "");
        cutInHalf(zip);

        assertThat(error("system.zip", 0, "", zip).reason())
                .isEqualTo("is not a readable zip file: it is damaged (its zip structure cannot be read)");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        data.set("workforce.csv", 2, "fte_in_post", "-5")
                .set("population.csv", 3, "persons", "n/a")
                .set("organisations.csv", 2, "sector", "hospital")
                .deleteRow("seasonality.csv", 13);

        assertThat(errors())
                .extracting(p -> p.file() + ":" + p.row() + ":" + p.column())
                .containsExactlyInAnyOrder(
                        "workforce.csv:2:fte_in_post",
                        "population.csv:3:persons",
                        "organisations.csv:2:sector",
                        "seasonality.csv:2:month");
    }

    @Test
    void aRowLimitStopsRunawayFiles() throws Exception {
        DatasetReader strict = new DatasetReader(5);

        Throwable thrown = catchThrowable(() -> strict.read(data.folder()));

        assertThat(((DatasetException) thrown).errors())
                .extracting(Problem::toString)
                .contains("population.csv:7: has more than 5 rows; Skillmix reads no more (is this the right file?)");
    }

    @Test
    void unclosedQuote() throws Exception {
        data.writeText("places.csv", "place_code,name,type\nE08000001,\"Bolton,local_authority\nE08000002,Bury,\n");

        assertThat(error("places.csv", 2, "name").reason())
                .isEqualTo("a quote (\") opens a cell and is never closed, so the rest of the file would be one cell;"
                        + " close it, or double each quote inside a cell (\"\")");
        assertThat(errors())
                .as("no cascade of unknown places from a table that could not be read")
                .hasSize(1);
    }

    @Test
    void semicolonSeparatedFile() throws Exception {
        data.writeText("organisations.csv", "org_code;name;sector;place_code\nRMC;Bolton;acute;E08000001\n");

        assertThat(error("organisations.csv", 1, "").reason()).contains("columns must be separated by commas");
        assertThat(errors()).hasSize(1);
    }

    @Test
    void blankRequiredCellAndBadCode() throws Exception {
        data.set("roles.csv", 3, "annual_pay_gbp", "").set("capabilities.csv", 2, "capability_code", "WOUND CARE");

        assertThat(error("roles.csv", 3, "annual_pay_gbp").reason())
                .isEqualTo("is blank; it must be filled in (GBP per FTE-year, basic pay)");
        assertThat(error("capabilities.csv", 2, "capability_code").reason())
                .isEqualTo("\"WOUND CARE\" is not a valid code: use letters, digits, _ and - only, no spaces");
    }

    @Test
    void notADataset() throws Exception {
        assertThat(error("nowhere", 0, "", tmp.resolve("nowhere")).reason()).startsWith("does not exist");
        assertThat(error("places.csv", 0, "", data.file("places.csv")).reason()).startsWith("is one table");
    }
}
