package org.skillmix.data.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.importer.IcbImport;
import org.skillmix.data.importer.NationalIcbs;
import org.skillmix.data.importer.SharedData;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.data.national.NationalRun.NationalRow;

/** Three ICSs over the published files: the national run's figures add up and equal each ICS's own run. */
class NationalRunTest {
    private static final ProjectionSettings SETTINGS = new ProjectionSettings(3, 0, 20260401L, 2);
    private static Path data;
    private static List<IcbResult> results;

    @BeforeAll
    static void run() throws Exception {
        data = SharedData.folder();
        results = new NationalRun(data, SETTINGS, line -> {}).run(List.of("QOP", "QJM", "QKK"));
    }

    @Test
    void everyIcsIsProjectedWithItsRegionAndPopulation() {
        assertThat(results).extracting(r -> r.icb().code()).containsExactly("QOP", "QJM", "QKK");
        for (IcbResult r : results) {
            assertThat(r.ok()).as(r.icb().code() + ": " + r.problem()).isTrue();
            assertThat(r.population()).isGreaterThan(500_000);
            assertThat(r.rows()).isNotEmpty();
        }
        assertThat(results.get(0).icb().region()).isEqualToIgnoringCase("North West");
        assertThat(results.get(1).icb().region()).isEqualToIgnoringCase("Midlands");
        assertThat(results.get(2).icb().region()).isEqualToIgnoringCase("London");
    }

    @Test
    void gapIsDemandLessSupplyAndTotalsAreTheSumsOfTheirParts() {
        for (IcbResult r : results) {
            Map<String, Double> v = new HashMap<>();
            for (NationalRow row : r.rows()) v.put(key(row.sector(), row.capability(), row.measure(), row), row.mean());
            for (NationalRow row : r.rows()) {
                if (row.measure() != Measure.GAP_FTE) continue;
                double demand = v.get(key(row.sector(), row.capability(), Measure.DEMAND_FTE, row));
                double supply = v.get(key(row.sector(), row.capability(), Measure.SUPPLY_FTE, row));
                assertThat(row.mean()).isCloseTo(demand - supply, within(1e-9 * Math.max(1, demand)));
            }
            for (NationalRow total : r.rows()) {
                if (!total.sector().equals("ALL") || !total.capability().equals("ALL")) continue;
                double bySector = r.rows().stream()
                        .filter(x -> x.measure() == total.measure() && x.year().equals(total.year()))
                        .filter(x -> !x.sector().equals("ALL") && x.capability().equals("ALL"))
                        .mapToDouble(NationalRow::mean)
                        .sum();
                double byCell = r.rows().stream()
                        .filter(x -> x.measure() == total.measure() && x.year().equals(total.year()))
                        .filter(x ->
                                !x.sector().equals("ALL") && !x.capability().equals("ALL"))
                        .mapToDouble(NationalRow::mean)
                        .sum();
                double tolerance = 1e-9 * Math.max(1, Math.abs(total.mean()));
                assertThat(bySector).isCloseTo(total.mean(), within(tolerance));
                assertThat(byCell).isCloseTo(total.mean(), within(tolerance));
            }
        }
    }

    /** Sharing the parsed files across ICBs changes nothing: QJM alone gives the same figures. */
    @Test
    void anIcsProjectedAloneGivesTheSameFigures(@TempDir Path tmp) throws Exception {
        new IcbImport(data, "QJM", null, null).writeTo(tmp.resolve("qjm"));
        SystemModel model = new DatasetReader().read(tmp.resolve("qjm"));
        List<NationalRow> alone = NationalRun.rows(model, new Projector(model).run(SETTINGS, ProgressListener.NONE));
        assertThat(results.get(1).rows()).isEqualTo(alone);
    }

    @Test
    void theCsvHoldsEveryRowAndThePageComparesPerTenThousand() {
        java.io.StringWriter out = new java.io.StringWriter();
        new NationalCsv().write(results, out);
        List<String> csv = out.toString().lines().toList();
        assertThat(csv.get(0)).isEqualTo(NationalCsv.HEADER);
        assertThat(csv)
                .hasSize(1 + results.stream().mapToInt(r -> r.rows().size()).sum());
        assertThat(csv.get(1)).startsWith("QOP,NHS Greater Manchester Integrated Care Board,North West,");
        String html = new NationalPage().render(results, SETTINGS);
        IcbResult qjm = results.get(1);
        NationalRow gap = qjm.rows().stream()
                .filter(r -> r.sector().equals("ALL") && r.capability().equals("ALL"))
                .filter(r -> r.measure() == Measure.GAP_FTE && r.year().number() == 3)
                .findFirst()
                .orElseThrow();
        String per10k = String.format(Locale.UK, "%,.1f", gap.mean() / qjm.population() * 10_000);
        assertThat(html).contains(qjm.icb().name()).contains(">" + per10k + "<").contains("Midlands");
    }

    /** After the April 2026 mergers: fewer ICBs, some of them merged, each with a region. */
    @Test
    void theIcbsOf2026AreFewerSomeMergedEachWithARegion() throws Exception {
        List<NationalIcbs.Icb> of2022 = NationalIcbs.list(data);
        List<NationalIcbs.Icb> of2026 = NationalIcbs.list(data, NationalIcbs.Geography.ICB_2026);
        assertThat(of2022).hasSize(42);
        assertThat(of2026.size()).isLessThan(42);
        List<String> kept = of2026.stream()
                .map(NationalIcbs.Icb::code)
                .filter(c -> of2022.stream().anyMatch(i -> i.code().equals(c)))
                .toList();
        assertThat(of2026.size() - kept.size()).as("merged ICBs").isPositive();
        assertThat(of2026).allMatch(i -> !i.region().equals("not stated"));
    }

    private static String key(String sector, String capability, Measure m, NationalRow row) {
        return sector + "|" + capability + "|" + m + "|" + row.year().number();
    }
}
