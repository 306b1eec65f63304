package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tables that read but disagree with each other or with the format: unknown codes, duplicate keys, catchments
 * and seasonality that do not add up, a bad manifest. Each test breaks one thing in a copy of the valid fixture
 * and checks the read names the exact file, row and column ({@link BadDatasetTestBase}).
 */
class InconsistentDatasetTest extends BadDatasetTestBase {

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
}
