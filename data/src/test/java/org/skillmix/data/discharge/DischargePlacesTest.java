package org.skillmix.data.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The beds of the Greater Manchester example's acute trusts shared out to its places by their catchments: each
 * trust's mean over the window (or, beds being published only to September 2024, its last 12 published months),
 * times its share in each place; and the ICB's beds, summed over trusts month by month, over its last 12 months.
 */
class DischargePlacesTest {
    static final YearMonth FROM = YearMonth.of(2024, 4);
    static final YearMonth TO = YearMonth.of(2024, 6);

    static SystemModel gm;
    static List<String> acute;

    @BeforeAll
    static void readTheExample() throws Exception {
        Path repo = Path.of(System.getProperty("skillmix.repoRoot", "..")).toAbsolutePath();
        gm = new DatasetReader()
                .load(repo.resolve("examples/greater-manchester"))
                .model();
        acute = gm.organisations().stream()
                .filter(o -> o.sector() == Sector.ACUTE)
                .map(Organisation::code)
                .toList();
        assertThat(acute).hasSizeGreaterThan(2);
    }

    /**
     * Every acute trust but the first: 100 then 110 beds available (90, 100 occupied) in the window. The first: none
     * in the window, 1 in January 2022 and 200 (150) in each month of 2023, so its last 12 published months count.
     */
    static IcbDischargeData data() {
        Map<String, Map<YearMonth, IcbDischargeData.Beds>> beds = new LinkedHashMap<>();
        Map<String, Map<YearMonth, Double>> nctr = new LinkedHashMap<>();
        for (String trust : acute) {
            Map<YearMonth, IcbDischargeData.Beds> months = new LinkedHashMap<>();
            if (trust.equals(acute.get(0))) {
                months.put(YearMonth.of(2022, 1), new IcbDischargeData.Beds(1, 1));
                for (int m = 1; m <= 12; m++) months.put(YearMonth.of(2023, m), new IcbDischargeData.Beds(200, 150));
            } else {
                months.put(FROM, new IcbDischargeData.Beds(100, 90));
                months.put(FROM.plusMonths(1), new IcbDischargeData.Beds(110, 100));
            }
            beds.put(trust, months);
            nctr.put(trust, Map.of(FROM, 10.0, FROM.plusMonths(1), 10.0));
        }
        return new IcbDischargeData("QOP", "E54000057", "GM", null, acute, beds, nctr);
    }

    @Test
    void eachTrustsBedsAreSharedToItsPlacesByItsCatchment() throws Exception {
        var built = new DischargePlaces().build(gm, data(), Map.of(), FROM, TO);
        int others = acute.size() - 1;
        // Catchment shares add up to 1 for each trust, so the places' beds add up to the trusts'.
        assertThat(built.places().stream().mapToDouble(PlaceStaffing::gaBeds).sum())
                .isCloseTo(200 + 105.0 * others, within(1e-9));
        assertThat(built.places().stream()
                        .mapToDouble(PlaceStaffing::gaOccupied)
                        .sum())
                .isCloseTo(150 + 95.0 * others, within(1e-9));
        for (PlaceStaffing p : built.places()) assertThat(p.gaOccupied()).isLessThanOrEqualTo(p.gaBeds());
    }

    @Test
    void theIcbsBedsAreItsLastTwelveMonthsOfTrustsSummed() {
        IcbDischargeData.AdultBeds beds = data().recentAdultBeds();
        int others = acute.size() - 1;
        // Newest first: May and April 2024 (the others), then March to December 2023 (the first trust).
        assertThat(beds.months()).isEqualTo(12);
        assertThat(beds.available()).isCloseTo((110.0 * others + 100.0 * others + 10 * 200) / 12, within(1e-9));
        assertThat(beds.occupied()).isCloseTo((100.0 * others + 90.0 * others + 10 * 150) / 12, within(1e-9));
    }

    /**
     * Without a care home list for the system's places, each place's care home beds are what its care staff run (1.25
     * a staff FTE), so staffed beds equal the beds and no place is left without pathway 2 and 3 capacity; with a list,
     * a listed place's beds are its homes x 31.
     */
    @Test
    void withoutACareHomeListTheBedsAreWhatTheStaffRun() throws Exception {
        var unlisted = new DischargePlaces().build(gm, data(), Map.of(), FROM, TO);
        assertThat(unlisted.notes()).anyMatch(n -> n.startsWith("Care homes: no CQC care home list covers"));
        for (PlaceStaffing p : unlisted.places()) {
            assertThat(p.careHome().careStaffFte()).as(p.code()).isPositive();
            assertThat(p.careHome().beds()).isCloseTo(1.25 * p.careHome().careStaffFte(), within(1e-9));
            assertThat(p.careHome().staffedBeds()).isCloseTo(p.careHome().beds(), within(1e-9));
        }
        String first = gm.places().get(0).code();
        var listed = new DischargePlaces().build(gm, data(), Map.of(first, 2), FROM, TO);
        assertThat(listed.notes()).noneMatch(n -> n.startsWith("Care homes: no CQC care home list covers"));
        assertThat(listed.places().get(0).careHome().beds()).isEqualTo(62);
        assertThat(listed.places().get(1).careHome().beds()).isZero();
    }

    /**
     * A community provider with a catchment works in each of its places by its share, as the projection shares its
     * staff: Bolton's community services (CHS-E08000001) given 60% in Bolton and 40% in Bury move 40% of their nurse
     * FTE to Bury, and the system's community FTE is unchanged. Before, all of a county-wide trust's nurses sat at its
     * head office, and every other district's community pathway ran far beyond its limit.
     */
    @Test
    void communityStaffServeThePlacesOfTheirCatchment() throws Exception {
        String bolton = "E08000001", bury = "E08000002";
        var home = new DischargePlaces().build(gm, data(), Map.of(), FROM, TO);
        SystemModel shared = gm.toBuilder()
                .catchments(Stream.concat(
                                gm.catchments().stream(),
                                Stream.of(
                                        new Catchment("CHS-E08000001", bolton, 0.6),
                                        new Catchment("CHS-E08000001", bury, 0.4)))
                        .toList())
                .build();
        var split = new DischargePlaces().build(shared, data(), Map.of(), FROM, TO);

        double boltonOwn = nurses(home, bolton);
        assertThat(boltonOwn).isPositive();
        assertThat(nurses(split, bolton)).isCloseTo(0.6 * boltonOwn, within(1e-9));
        assertThat(nurses(split, bury)).isCloseTo(nurses(home, bury) + 0.4 * boltonOwn, within(1e-9));
        assertThat(split.places().stream()
                        .mapToDouble(p -> p.community().nurseFte())
                        .sum())
                .isCloseTo(
                        home.places().stream()
                                .mapToDouble(p -> p.community().nurseFte())
                                .sum(),
                        within(1e-9));
    }

    private static double nurses(DischargePlaces.Result built, String place) {
        return built.places().stream()
                .filter(p -> p.code().equals(place))
                .findFirst()
                .orElseThrow()
                .community()
                .nurseFte();
    }

    /** A trust of the files that is no organisation of the dataset is named in the notes with its patients a day. */
    @Test
    void aTrustOutsideTheDatasetIsSaidToBeLeftOut() throws Exception {
        IcbDischargeData published = data();
        Map<String, Map<YearMonth, Double>> nctr = new LinkedHashMap<>(published.trustNctr());
        nctr.put("RXX", Map.of(FROM, 12.0, FROM.plusMonths(1), 8.0));
        List<String> trusts =
                Stream.concat(published.trusts().stream(), Stream.of("RXX")).toList();
        var withOther = new IcbDischargeData("QOP", "E54000057", "GM", null, trusts, published.adultBeds(), nctr);

        var built = new DischargePlaces().build(gm, withOther, Map.of(), FROM, TO);

        assertThat(built.notes())
                .contains("Left out of the places' arrival shares: RXX (10.0 a day): not organisations of the dataset"
                        + " (merged since 2022, or not modelled)");
        assertThat(built.leftOut())
                .isEqualTo("RXX (10.0 a day): not organisations of the dataset (merged since 2022, or not modelled)");
        var without = new DischargePlaces().build(gm, published, Map.of(), FROM, TO);
        assertThat(without.leftOut()).isEmpty();
        for (int i = 0; i < built.places().size(); i++)
            assertThat(built.places().get(i).arrivalShare())
                    .isEqualTo(without.places().get(i).arrivalShare());
    }
}
