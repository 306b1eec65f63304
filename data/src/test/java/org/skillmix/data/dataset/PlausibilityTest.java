package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a planner can type but no ICS can have: each is refused with file, row, column and the allowed
 * range, or loads with a warning when it is possible but unusual. The cases the bad-input review found
 * accepted (issue 12) come first.
 */
class PlausibilityTest {

    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @BeforeEach
    void copyFixture() throws IOException {
        data = TinyDataset.copyTo(tmp);
    }

    @Test
    void astronomicalNumbersAreRefusedWithTheAllowedRange() throws Exception {
        data.set("population.csv", 2, "persons", "1e308")
                .set("workforce.csv", 2, "fte_in_post", "1e12")
                .set("pipeline.csv", 2, "intake", "1e9");

        assertThat(reason("population.csv", 2, "persons"))
                .isEqualTo("must be between 0 and 5000000 people, not 1e308: more than the whole population of"
                        + " England's largest local authority (Birmingham, 1.2 million)");
        assertThat(reason("workforce.csv", 2, "fte_in_post"))
                .isEqualTo(
                        "must be between 0 and 100000 FTE, not 1e12: more than any organisation employs in one role");
        assertThat(reason("pipeline.csv", 2, "intake")).startsWith("must be between 0 and 50000 students, not 1e9: ");
    }

    @Test
    void hoursNoContractCouldHaveAreRefused() throws Exception {
        data.set("capabilities.csv", 2, "productive_hours_per_fte_month", "0.0001")
                .set("roles.csv", 2, "contracted_hours_per_week", "500");

        assertThat(reason("capabilities.csv", 2, "productive_hours_per_fte_month"))
                .startsWith("must be between 40 and 208 hours per FTE-month, not 0.0001: 208 is 48 hours a week");
        assertThat(reason("roles.csv", 2, "contracted_hours_per_week"))
                .startsWith("must be more than 0 and at most 60 hours, not 500: no contract is longer");
    }

    @Test
    void aPopulationOfNobodyIsRefused() throws Exception {
        for (int row = 2; row <= 13; row++) data.set("population.csv", row, "persons", "0");

        assertThat(errors())
                .extracting(Problem::toString)
                .contains(
                        "population.csv:2:persons: the population of place E08000001 in 2025 is 0 in every age band"
                                + " and sex; give its residents (or leave the place out)",
                        "population.csv:10:persons: the population of place E08000002 in 2025 is 0 in every age"
                                + " band and sex; give its residents (or leave the place out)");
    }

    @Test
    void baseMonthsOutsideThePlanningEraAreRefused() throws Exception {
        data.set("manifest.csv", 6, "value", "2099-01");
        assertThat(reason("manifest.csv", 6, "value"))
                .startsWith("base_month must be a month between 2000-01 and 2060-12, not 2099-01: ");

        data.set("manifest.csv", 6, "value", "1900-01");
        assertThat(reason("manifest.csv", 6, "value"))
                .startsWith("base_month must be a month between 2000-01 and 2060-12, not 1900-01");
    }

    @Test
    void aPossibleButUnusualValueLoadsWithAWarning() throws Exception {
        data.set("workforce.csv", 2, "agency_fte", "6200");

        ReadResult read = reader.load(data.folder());

        assertThat(read.warnings())
                .extracting(Problem::toString)
                .contains(
                        "workforce.csv:2:agency_fte: warning: 6200 is unusual here (typical values are 0 to 5000 FTE);"
                                + " check it");
        assertThat(read.model().workforce().get(0).agencyFte()).isEqualTo(6200);
    }

    @Test
    void everyCellOfAnUncertainParameterIsBoundedButOnlyTheModeWarned() throws Exception {
        data.set("services.csv", 2, "growth_high", "7");
        assertThat(reason("services.csv", 2, "growth_high"))
                .startsWith("must be between 0.5 and 1.5 factor per year, not 7: a service halving");

        data.set("services.csv", 2, "growth_high", "1.2");
        assertThat(reader.load(data.folder()).warnings())
                .as("a high beyond the typical range is what a high is for")
                .noneMatch(p -> p.column().equals("growth_high"));
    }

    @Test
    void garbledAgeBandsAreRefusedNotDropped() throws Exception {
        data.set("population.csv", 2, "age_band", "NaN")
                .set("population.csv", 3, "age_band", "-1")
                .set("utilisation.csv", 2, "age_band", "\uD83D\uDE00");

        String why = " is not an age band; write FROM-TO (e.g. 65-69) or FROM+ (e.g. 85+), in whole years 0 to 120";
        assertThat(reason("population.csv", 2, "age_band")).isEqualTo("\"NaN\"" + why);
        assertThat(reason("population.csv", 3, "age_band")).isEqualTo("\"-1\"" + why);
        assertThat(reason("utilisation.csv", 2, "age_band")).isEqualTo("\"\uD83D\uDE00\"" + why);
    }

    @Test
    void overlappingBandsAreRefused() throws Exception {
        data.set("population.csv", 12, "age_band", "65-69").set("population.csv", 13, "age_band", "65-69");

        assertThat(errors())
                .extracting(Problem::toString)
                .contains("population.csv:12:age_band: age band \"65-69\" overlaps age band \"65+\" (row 4): people of"
                        + " both would be counted twice; use bands that do not share an age");
    }

    @Test
    void aPlaceYearWithoutOneOfItsBandsIsRefused() throws Exception {
        data.deleteRow("population.csv", 13);

        assertThat(reason("population.csv", 11, "age_band"))
                .startsWith(
                        "place E08000002 in 2025 (M) has no row for age band 65+; every place, year and sex needs the"
                                + " same bands");
    }

    @Test
    void theSameKeyWrittenTwoWaysIsADuplicate() throws Exception {
        data.appendRow("population.csv", "E08000002", "2025.0", "f", "65+", "18800");

        assertThat(reason("population.csv", 14, "age_band"))
                .isEqualTo("duplicates row 12: the same place_code and year and sex and age_band (E08000002, 2025.0,"
                        + " f, 65+) may appear only once");
    }

    @Test
    void unknownParameterAndManifestKeyAreErrorsNotDefaults() throws Exception {
        data.set("assumptions.csv", 3, "parameter", "agency_cost_factr")
                .appendRow("manifest.csv", "refrence_imd_score", "30");

        assertThat(reason("assumptions.csv", 3, "parameter"))
                .startsWith("\"agency_cost_factr\" is not a parameter Skillmix uses; use one of");
        assertThat(reason("manifest.csv", 9, "key")).startsWith("\"refrence_imd_score\" is not a manifest key");
    }

    @Test
    void aParameterIsHeldToItsOwnBound() throws Exception {
        data.set("assumptions.csv", 3, "value_mode", "40");

        assertThat(reason("assumptions.csv", 3, "value_mode"))
                .startsWith("must be more than 0 and at most 10 ratio, not 40: ten times substantive cost");
    }

    @Test
    void aWorkloadNormNamesAServiceAndCentresOnItsHours() throws Exception {
        // the fixture's assumptions.csv has its header and three rows: the rows below are lines 5 to 8
        data.appendRow("assumptions.csv", "workload_norm_factor", "CN", "0.8", "1", "1.2", "ratio", "judgement")
                .appendRow("assumptions.csv", "workload_norm_factor", "RN", "0.8", "1", "1.2", "ratio", "judgement")
                .appendRow("assumptions.csv", "workload_norm_factor", "HOME", "0.8", "1.1", "1.3", "ratio", "x")
                .appendRow("assumptions.csv", "workload_norm_factor", "ALL", "0.1", "1", "1.2", "ratio", "x");

        assertThat(errors()).extracting(Problem::row).doesNotContain(5);
        assertThat(reason("assumptions.csv", 6, "scope")).startsWith("\"RN\" is not ALL or a service in services.csv");
        assertThat(reason("assumptions.csv", 7, "value_mode"))
                .startsWith("is 1.1; workload_norm_factor is a ratio around the hours in capability_hours.csv");
        assertThat(reason("assumptions.csv", 8, "value_low"))
                .startsWith("must be between 0.25 and 4 ratio to capability_hours.csv's hours, not 0.1");
    }

    @Test
    void aSectorsGrowthPartNamesASectorAndStaysWithinATenthAYear() throws Exception {
        // the fixture's assumptions.csv has its header and three rows: the rows below are lines 5 to 7
        data.appendRow("assumptions.csv", "trend_growth_sector", "acute", "0.98", "1", "1.02", "factor/year", "x")
                .appendRow("assumptions.csv", "trend_growth_sector", "ALL", "0.98", "1", "1.02", "factor/year", "x")
                .appendRow("assumptions.csv", "trend_growth_sector", "mental_health", "0.8", "1", "1.2", "f", "x");

        assertThat(errors()).extracting(Problem::row).doesNotContain(5);
        assertThat(reason("assumptions.csv", 6, "scope"))
                .startsWith("\"ALL\" is not a sector; trend_growth_sector is the growth of one sector's trusts");
        assertThat(reason("assumptions.csv", 7, "value_low")).startsWith("must be between 0.9 and 1.1 factor per year");
    }

    @Test
    void aGrowthPartThatNoTrustsOwnRowTakesIsNamed() throws Exception {
        // rows 5-7: the common part and the acute part move RMC's own row; community's has no own row to move
        data.appendRow("assumptions.csv", "trend_growth_common", "ALL", "0.99", "1", "1.01", "factor/year", "x")
                .appendRow("assumptions.csv", "trend_growth_sector", "acute", "0.98", "1", "1.02", "factor/year", "x")
                .appendRow("assumptions.csv", "trend_growth_sector", "community", "0.98", "1", "1.02", "f", "x");
        ReadResult without = reader.load(data.folder());
        assertThat(without.warnings())
                .extracting(Problem::toString)
                .contains("assumptions.csv:5:scope: warning: trend_growth_common moves nothing: no organisation has"
                        + " its own trend_establishment_growth row, and the common part multiplies only those"
                        + " (docs/method.md Baselines)")
                .anyMatch(w -> w.startsWith("assumptions.csv:6:scope: warning: trend_growth_sector acute moves"))
                .anyMatch(w -> w.startsWith("assumptions.csv:7:scope: warning: trend_growth_sector community moves"
                        + " nothing: no community organisation has its own trend_establishment_growth row"));

        data.appendRow("assumptions.csv", "trend_establishment_growth", "RMC", "1.01", "1.04", "1.07", "f", "x");
        assertThat(reader.load(data.folder()).warnings())
                .extracting(Problem::toString)
                .filteredOn(w -> w.contains("moves nothing"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("assumptions.csv:7:scope: warning: trend_growth_sector community moves nothing");
    }

    @Test
    void moreOccupiedBedsThanBedsIsRefused() throws Exception {
        data.set("discharge.csv", 21, "value", "900");

        assertThat(reason("discharge.csv", 21, "value"))
                .isEqualTo("GA_OCCUPIED of E08000001 is 900, more than its GA_BEDS 700; occupied beds are some of"
                        + " the beds");
    }

    private String reason(String file, int row, String column) {
        List<Problem> errors = errors();
        return errors.stream()
                .filter(p ->
                        p.file().equals(file) && p.row() == row && p.column().equals(column))
                .findFirst()
                .map(Problem::reason)
                .orElseThrow(() ->
                        new AssertionError("no error at " + file + ":" + row + ":" + column + "; the errors were:\n"
                                + errors.stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    }

    private List<Problem> errors() {
        Throwable thrown = catchThrowable(() -> reader.read(data.folder()));
        assertThat(thrown).as("the dataset must be refused").isInstanceOf(DatasetException.class);
        return ((DatasetException) thrown).errors();
    }
}
