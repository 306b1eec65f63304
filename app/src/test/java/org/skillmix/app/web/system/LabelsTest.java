package org.skillmix.app.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.data.dataset.DatasetReader;

/** Names beside codes, read from the Greater Manchester example as the pages read a stored dataset. */
class LabelsTest {
    static Labels labels;

    @BeforeAll
    static void example() throws Exception {
        Path repo = Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
        labels = Labels.of(new DatasetReader().read(repo.resolve("examples/greater-manchester")));
    }

    @Test
    void placesAndOrganisationsAreNamedWithTheirCodes() {
        assertThat(labels.place("E08000003")).isEqualTo("Manchester (E08000003)");
        assertThat(labels.organisation("R0A")).isEqualTo("Manchester University NHS Foundation Trust (R0A)");
        assertThat(labels.organisation("ASC-E08000001"))
                .isEqualTo("Adult social care providers, Bolton (ASC-E08000001)");
        assertThat(labels.of("organisation", "RMC")).isEqualTo("Bolton NHS Foundation Trust (RMC)");
    }

    @Test
    void totalsAndUnknownCodesSayWhatTheyAre() {
        assertThat(labels.place("ALL")).isEqualTo("All places");
        assertThat(labels.organisation("ALL")).isEqualTo("All organisations");
        assertThat(labels.sector("ALL")).isEqualTo("Whole system");
        assertThat(labels.sector("adult_social_care")).isEqualTo("Adult social care");
        assertThat(labels.place("E99999999"))
                .as("a code the dataset does not name")
                .isEqualTo("E99999999");
    }

    @Test
    void dropDownsAreInNameOrderWithEveryCode() {
        List<String> names = new ArrayList<>(labels.placeChoices().values());
        assertThat(names).hasSize(10).startsWith("Bolton (E08000001)").endsWith("Wigan (E08000010)");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(labels.organisationChoices())
                .containsEntry("R0A", "Manchester University NHS Foundation Trust (R0A)");
    }

    @Test
    void ageBandsSortByAgeNotByText() {
        List<String> bands = new ArrayList<>(List.of("85+", "10-14", "5-9", "all", "0-4", "15-19", "65-69"));
        bands.sort(AgeBands.BY_AGE);
        assertThat(bands).containsExactly("0-4", "5-9", "10-14", "15-19", "65-69", "85+", "all");
        assertThat(AgeBands.lowerBound("age 90 and over")).isEqualTo(90);
    }
}
