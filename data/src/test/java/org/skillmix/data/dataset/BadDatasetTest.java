package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;

/**
 * Each test copies the valid fixture, breaks one thing, and checks that the read fails, returns
 * nothing, and names the exact file, row and column with a reason a planner can act on.
 */
class BadDatasetTest {

    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @org.junit.jupiter.api.BeforeEach
    void copyFixture() throws IOException {
        data = TinyDataset.copyTo(tmp);
    }

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
    void organisationInUnknownPlace() throws Exception {
        data.set("organisations.csv", 3, "place_code", "E08000099");

        assertThat(error("organisations.csv", 3, "place_code").reason())
                .isEqualTo("place \"E08000099\" is not in places.csv");
    }

    @Test
    void workforceWithUnknownOrganisationAndRole() throws Exception {
        data.set("workforce.csv", 2, "org_code", "RXX").set("workforce.csv", 4, "role_code", "hca");

        assertThat(error("workforce.csv", 2, "org_code").reason())
                .isEqualTo("organisation \"RXX\" is not in organisations.csv");
        assertThat(error("workforce.csv", 4, "role_code").reason())
                .isEqualTo("role \"hca\" is not in roles.csv (codes are case-sensitive: did you mean HCA?)");
    }

    @Test
    void roleCapabilityWithUnknownRoleAndCapability() throws Exception {
        data.set("role_capabilities.csv", 2, "role_code", "NURSE")
                .set("role_capabilities.csv", 4, "capability_code", "FEEDING");

        assertThat(error("role_capabilities.csv", 2, "role_code").reason())
                .isEqualTo("role \"NURSE\" is not in roles.csv");
        assertThat(error("role_capabilities.csv", 4, "capability_code").reason())
                .isEqualTo("capability \"FEEDING\" is not in capabilities.csv");
    }

    @Test
    void serviceWithUnknownSector() throws Exception {
        data.set("services.csv", 3, "sector", "social care");

        assertThat(error("services.csv", 3, "sector").reason())
                .isEqualTo("\"social care\" is not a sector; use one of "
                        + "acute, mental_health, community, ambulance, primary_care, adult_social_care, local_authority, "
                        + "voluntary, independent");
    }

    @Test
    void duplicateKey() throws Exception {
        data.copyRow("workforce.csv", 3);

        assertThat(error("workforce.csv", 6, "role_code").reason())
                .isEqualTo("duplicates row 3: the same org_code and role_code (RT2, RN) may appear only once");
    }

    @Test
    void catchmentOfUnknownOrganisationAndPlace() throws Exception {
        data.set("catchments.csv", 2, "org_code", "RXX").set("catchments.csv", 3, "place_code", "E08000099");

        assertThat(error("catchments.csv", 2, "org_code").reason())
                .isEqualTo("organisation \"RXX\" is not in organisations.csv");
        assertThat(error("catchments.csv", 3, "place_code").reason())
                .isEqualTo("place \"E08000099\" is not in places.csv");
        assertThat(errors())
                .as("no shares-add-up error on top of the rejected rows")
                .hasSize(2);
    }

    @Test
    void catchmentShareOutsideZeroToOne() throws Exception {
        data.set("catchments.csv", 2, "share", "0").set("catchments.csv", 3, "share", "1.25");

        assertThat(error("catchments.csv", 2, "share").reason())
                .isEqualTo("must be a share more than 0 and at most 1 (write 0.12 for 12 %), not 0");
        assertThat(error("catchments.csv", 3, "share").reason())
                .isEqualTo("must be a share more than 0 and at most 1 (write 0.12 for 12 %), not 1.25");
        assertThat(errors()).hasSize(2);
    }

    @Test
    void duplicateCatchmentOfOrganisationAndPlace() throws Exception {
        data.copyRow("catchments.csv", 2);

        assertThat(error("catchments.csv", 4, "place_code").reason())
                .isEqualTo("duplicates row 2: the same org_code and place_code (RT2, E08000002) may appear only once");
        assertThat(errors()).hasSize(1);
    }

    /** 0.75 + 0.2 = 0.95, more than 0.01 from 1: reported once, against the organisation's first row. */
    @Test
    void catchmentSharesNotAddingUpToOne() throws Exception {
        data.set("catchments.csv", 3, "share", "0.2");

        assertThat(error("catchments.csv", 2, "share").reason())
                .isEqualTo("the shares of organisation RT2 add up to 0.950 (rows 2, 3); an organisation's shares must"
                        + " add up to 1 (within 0.01): all its staff time is spent in the places it serves");
        assertThat(errors()).hasSize(1);
    }

    @Test
    void invalidBaseMonth() throws Exception {
        data.set("manifest.csv", 6, "value", "April 2025");

        assertThat(error("manifest.csv", 6, "value").reason())
                .isEqualTo("base_month \"April 2025\" is not a month; write it as YYYY-MM, e.g. 2025-04");
    }

    @Test
    void aFootprintsCodesMustBeWhole() throws Exception {
        data.set("manifest.csv", 3, "value", "QOP-").set("manifest.csv", 4, "value", "E54000057+");

        assertThat(error("manifest.csv", 3, "value").reason())
                .isEqualTo("icb_ods_code \"QOP-\" is not an ICB's ODS code: 3 to 5 capital letters or digits, e.g. QOP"
                        + " (a combined footprint's joined by -, e.g. QOP-QYG)");
        assertThat(error("manifest.csv", 4, "value").reason()).startsWith("icb_ons_code \"E54000057+\" is not");
    }

    @Test
    void manifestMissingKeyAndWrongVersion() throws Exception {
        data.deleteRow("manifest.csv", 4).set("manifest.csv", 2, "value", "2");

        assertThat(error("manifest.csv", 0, "").reason())
                .isEqualTo("the manifest has no icb_ons_code; add a row with key icb_ons_code and its value");
        assertThat(error("manifest.csv", 2, "value").reason())
                .isEqualTo("format_version is \"2\"; this Skillmix reads format version 1");
    }

    @Test
    void seasonalityProfileMissingAMonth() throws Exception {
        data.deleteRow("seasonality.csv", 8);

        assertThat(error("seasonality.csv", 2, "month").reason())
                .isEqualTo(
                        "the profile of service CN in place ALL has no row for month 7; a profile needs all 12 months");
    }

    @Test
    void seasonalityProfileWhoseDayWeightedMeanIsNotOne() throws Exception {
        data.set("seasonality.csv", 2, "multiplier", "1.5");

        assertThat(error("seasonality.csv", 2, "multiplier").reason())
                .isEqualTo(
                        "the profile of service CN in place ALL has a day-weighted mean of 1.033; a multiplier is the"
                                + " month's activity per day over the year's mean per day, so the 12 weighted by the days"
                                + " of their month must average 1 (within 0.01)");
    }

    @Test
    void utilisationAgeBandNotInPopulation() throws Exception {
        data.set("utilisation.csv", 5, "age_band", "65-74");

        assertThat(error("utilisation.csv", 5, "age_band").reason())
                .isEqualTo("age band \"65-74\" is not in population.csv (its bands are 0-64, 65+)");
    }

    @Test
    void roleWithStaffButNoCapabilities() throws Exception {
        data.deleteRowsWhere("role_capabilities.csv", "role_code", "CW");

        assertThat(error("workforce.csv", 5, "role_code").reason())
                .isEqualTo(
                        "role CW has staff but no row in role_capabilities.csv; add the capabilities it can deliver");
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

    private Problem error(String file, int row, String column) {
        return error(file, row, column, data.folder());
    }

    /** The error at exactly file:row:column, after checking the read failed and returned nothing. */
    private Problem error(String file, int row, String column, Path dataset) {
        List<Problem> errors = errors(dataset);
        return errors.stream()
                .filter(p ->
                        p.file().equals(file) && p.row() == row && p.column().equals(column))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no error at " + file + ":" + row + ":" + column + "; the errors were:\n"
                                + errors.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    private List<Problem> errors() {
        return errors(data.folder());
    }

    private List<Problem> errors(Path dataset) {
        SystemModel[] loaded = new SystemModel[1];
        Throwable thrown = catchThrowable(() -> loaded[0] = reader.read(dataset));
        assertThat(loaded[0]).as("a dataset with errors gives no model").isNull();
        assertThat(thrown).isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown).errors();
    }

    private static void cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }
}
