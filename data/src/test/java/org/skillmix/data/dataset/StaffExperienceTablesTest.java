package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * staff_experience.csv, workforce_equality.csv, sickness_seasonality.csv and the staff-experience elasticities: read
 * whole or refused.
 */
class StaffExperienceTablesTest {

    @TempDir
    Path tmp;

    private final DatasetReader reader = new DatasetReader();

    @Test
    void readsTheSurveyRowsWithTheirNationalReferenceAndTheSeason() throws Exception {
        SystemModel model = reader.read(TinyDataset.fixture());
        assertThat(model.staffExperience()).hasSize(6);
        assertThat(model.staffExperience())
                .filteredOn(e -> e.orgCode().equals("ENGLAND") && e.indicator().equals("burnout"))
                .singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo(29.88));
        assertThat(model.sicknessSeasonality()).hasSize(12);
    }

    @Test
    void aSurveyRowForAnUnknownOrganisationIsRefusedAndNothingLoads() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp).set("staff_experience.csv", 2, "org_code", "RXX");
        assertThatThrownBy(() -> reader.read(data.folder()))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).errors())
                        .extracting(Problem::toString)
                        .contains("staff_experience.csv:2:org_code: organisation \"RXX\" is not in organisations.csv"));
    }

    @Test
    void aPercentageAbove100AndAnUnknownIndicatorAreRefused() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp)
                .set("staff_experience.csv", 3, "value", "140")
                .set("staff_experience.csv", 4, "indicator", "morale");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .extracting(Problem::column)
                .containsExactlyInAnyOrder("value", "indicator");
    }

    @Test
    void readsTheWorkforceEqualityMeasuresByGroup() throws Exception {
        SystemModel model = reader.read(TinyDataset.fixture());
        assertThat(model.workforceEquality()).hasSize(4);
        assertThat(model.workforceEquality())
                .filteredOn(e -> e.orgCode().equals("RMC") && e.indicator().equals("discrimination_colleagues"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.staffGroup()).isEqualTo("all_staff");
                    assertThat(e.value()).isEqualTo(7.18);
                    assertThat(e.year()).isEqualTo(2024);
                });
    }

    @Test
    void anEqualityRowWithAnUnknownGroupMeasureOrOrganisationOrAPercentAbove100IsRefused() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp)
                .set("workforce_equality.csv", 2, "staff_group", "bme")
                .set("workforce_equality.csv", 3, "indicator", "board_membership")
                .set("workforce_equality.csv", 4, "value", "101")
                .set("workforce_equality.csv", 5, "org_code", "RXX");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("workforce_equality.csv:2:staff_group")
                        .contains("all_staff, ethnic_minority, white, disabled, not_disabled"))
                .anySatisfy(p -> assertThat(p).startsWith("workforce_equality.csv:3:indicator"))
                .anySatisfy(p -> assertThat(p).startsWith("workforce_equality.csv:4:value"))
                .anySatisfy(p -> assertThat(p).startsWith("workforce_equality.csv:5:org_code"))
                .hasSize(4);
    }

    @Test
    void theSameMeasureTwiceForOneGroupIsRefused() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp)
                .appendRow("workforce_equality.csv", "RMC", "2024", "harassment_public", "all_staff", "20", "again");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .singleElement()
                .asString()
                .contains("workforce_equality.csv");
    }

    @Test
    void anElasticityOutsideItsDocumentedRangeIsRefusedNamingTheRange() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp)
                .appendRow("assumptions.csv", "leaver_pressure_elasticity", "ALL", "0.5", "1", "7", "ratio", "test");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .singleElement()
                .asString()
                .contains("assumptions.csv")
                .contains("value_high")
                .contains("must be between 0 and 5");
    }

    @Test
    void aSicknessProfileThatDoesNotAverageOneIsRefused() throws Exception {
        TinyDataset data = TinyDataset.copyTo(tmp).set("sickness_seasonality.csv", 2, "factor", "1.5");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .singleElement()
                .asString()
                .contains("sickness_seasonality.csv")
                .contains("they must average 1");
    }

    /**
     * workforce.csv says whether each rate was measured for the organisation (which the staff survey may not move
     * again) or is a national figure; a dataset that does not say uses national figures, and a written dataset reads
     * back the same.
     */
    @Test
    void rateBasesAreReadAsWrittenWithNationalForBlankAndAnythingElseRefused() throws Exception {
        assertThat(reader.read(TinyDataset.fixture()).workforce())
                .allSatisfy(l -> assertThat(l.sicknessBasis()).isEqualTo(WorkforceLine.RateBasis.NATIONAL));
        TinyDataset data = TinyDataset.copyTo(tmp)
                .addColumn("workforce.csv", "sickness_rate_basis", "organisation")
                .addColumn("workforce.csv", "leaver_rate_basis", "");
        SystemModel model = reader.read(data.folder());
        assertThat(model.workforce()).allSatisfy(l -> {
            assertThat(l.sicknessBasis()).isEqualTo(WorkforceLine.RateBasis.ORGANISATION);
            assertThat(l.leaverBasis()).isEqualTo(WorkforceLine.RateBasis.NATIONAL);
        });
        Path written = tmp.resolve("written");
        new DatasetWriter().writeFolder(model, written);
        assertThat(reader.read(written).workforce()).isEqualTo(model.workforce());

        data.set("workforce.csv", 2, "leaver_rate_basis", "measured");
        assertThat(reader.check(data.folder()))
                .filteredOn(Problem::isError)
                .extracting(Problem::toString)
                .containsExactly(
                        "workforce.csv:2:leaver_rate_basis: \"measured\" is not one of national, organisation");
    }
}
