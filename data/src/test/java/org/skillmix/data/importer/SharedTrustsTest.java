package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * shared_trusts.csv: a mental health or community trust whose area crosses ICB boundaries is counted in every ICB it
 * serves, by the share of the population it serves that lives there, and in none it does not serve.
 */
class SharedTrustsTest {

    /** Every row names 2023 LAs of the lookup, of at least two ICBs: a trust within one ICB needs no row. */
    @Test
    void everySharedTrustCrossesAnIcbBoundary() throws Exception {
        SourceFolder folder = SourceFolder.open(SharedData.folder());
        GeographyLookup geo = GeographyLookup.read(folder, new ImportReport("test"));
        Map<String, ServedAreas.Area> shared = new TreeMap<>();
        ServedAreas.read(new Mappings(null), geo).forEach((code, area) -> {
            if (!area.ambulance()) shared.put(code, area);
        });
        assertThat(shared).isNotEmpty();
        shared.values().forEach(area -> {
            assertThat(area.places()).as(area.code()).allMatch(geo::isLa);
            assertThat(area.icbs()).as(area.code()).hasSizeGreaterThan(1);
        });
    }

    /**
     * East London NHS FT (RWK) runs mental health and community services in four North East London boroughs and in
     * Luton and Bedfordshire: its staff are shared between the two ICBs by their population in its area (the shares
     * add up to 1, worked by hand from the mid-2023 estimates), and in Bedfordshire, Luton and Milton Keynes they serve
     * Luton and Bedfordshire, not Milton Keynes (whose services another trust runs).
     */
    @Test
    void eastLondonsStaffAreSharedByThePopulationItServes() throws Exception {
        IcbImport.Result beds = new IcbImport(SharedData.folder(), "QHG", null, null).build();
        IcbImport.Result london = new IcbImport(SharedData.folder(), "QMF", null, null).build();
        double inBeds = beds.trusts().get("RWK").share();
        double inLondon = london.trusts().get("RWK").share();
        assertThat(inBeds + inLondon).isCloseTo(1.0, within(1e-12));
        MidYearEstimates mye = MidYearEstimates.read(SourceFolder.open(SharedData.folder()), new ImportReport("test"));
        double luton = population(mye, List.of("E06000032", "E06000055", "E06000056"));
        double east = population(mye, List.of("E09000030", "E09000025", "E09000012", "E09000001"));
        assertThat(inBeds).isCloseTo(luton / (luton + east), within(1e-12));
        List<String> served = beds.tables().get("catchments.csv").rows().stream()
                .filter(r -> r.get(0).startsWith("RWK"))
                .map(r -> r.get(1))
                .distinct()
                .sorted()
                .toList();
        assertThat(served).containsExactly("E06000032", "E06000055", "E06000056");
    }

    private static double population(MidYearEstimates mye, List<String> las) {
        return las.stream().mapToDouble(la -> mye.la(la).orElseThrow().all()).sum();
    }
}
