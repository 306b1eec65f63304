package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.data.dataset.DatasetReader;

/** Import quality on the real published files: county social care rates, sectors of mixed trusts, footprints. */
class ImportQualityTest {

    static final String ASC = "asc-workforce-la-derived/DERIVED_adult_social_care_workforce_by_lad19_2019-20.csv";

    /**
     * Lincolnshire's seven districts each carry a population share of the county's figures: the leaver rate of every
     * district's social care is the county's, the sum of the seven (read here from the file), 19.5%, not 1.8-3.7%.
     */
    @Test
    void aCountyIcbsSocialCareRatesAreTheUpperTiers() throws Exception {
        Path data = SharedData.folder();
        double turnover = 0;
        double vacancy = 0;
        for (NamedCsvRecord r :
                CsvReader.builder()
                        .ofNamedCsvRecord(Files.readString(data.resolve(ASC), StandardCharsets.UTF_8))
                        .stream()
                        .toList()) {
            if (r.getField("LAD19CD").matches("E0700013[6-9]|E0700014[0-2]")) {
                turnover += Double.parseDouble(r.getField("Staff turnover rate"));
                vacancy += Double.parseDouble(r.getField("Vacancy rate"));
            }
        }
        assertThat(turnover).isBetween(0.15, 0.35); // of the published order (Skills for Care: about 25-30%)
        IcbImport.Result qjm = new IcbImport(data, "QJM", null, null).build();
        List<List<String>> care = qjm.tables().get("workforce.csv").rows().stream()
                .filter(r -> r.get(0).startsWith("ASC-") && r.get(1).equals("CARE_WORKER"))
                .toList();
        assertThat(care).hasSize(7);
        for (List<String> r : care) {
            assertThat(Double.parseDouble(r.get(9))).as(r.get(0)).isCloseTo(turnover, within(0.0005));
            double fte = Double.parseDouble(r.get(3));
            assertThat(Double.parseDouble(r.get(4)))
                    .as(r.get(0))
                    .isCloseTo(fte * vacancy / (1 - vacancy), within(0.06));
        }
        // metrics.csv (the dashboard) shows the same county rates, not a district's population share of them.
        List<List<String>> rates = qjm.tables().get("metrics.csv").rows().stream()
                .filter(r -> r.get(1).startsWith("ASC-"))
                .toList();
        assertThat(rates).hasSize(14);
        for (List<String> r : rates) {
            double expected = r.get(0).equals("LEAVER_RATE") ? turnover : vacancy;
            assertThat(r.get(0)).isIn("LEAVER_RATE", "VACANCY_RATE");
            assertThat(Double.parseDouble(r.get(3))).as(r.toString()).isCloseTo(expected, within(0.0005));
            assertThat(r.get(4)).contains("upper tier Lincolnshire (E10000019)");
        }
        assertThat(qjm.report().text()).contains("upper tier Lincolnshire (E10000019) = the sum of its 7 districts'");
        // No social care rate flagged (the homecare norm's own flag, need against posts, is another matter).
        assertThat(qjm.report().lines(ImportReport.Section.FLAGGED))
                .noneMatch(l -> l.what().startsWith("adult social care"));
        // Lincolnshire's share of the national nursing associate intake is more than its nursing associates need
        // (flagged: their FTE grows past the establishment), which is not a social care rate either.
        assertThat(qjm.report().lines(ImportReport.Section.FLAGGED))
                .extracting(ImportReport.Line::what)
                .filteredOn(what -> !what.endsWith(WorkforceTable.OVERSUPPLIED))
                .containsOnly("base-year need of HOMECARE from a norm");
        assertThat(qjm.report().lines(ImportReport.Section.FLAGGED))
                .extracting(ImportReport.Line::what)
                .contains("acute NURSING_ASSOC" + WorkforceTable.OVERSUPPLIED);
    }

    /**
     * Somerset's only trust in the sickness files is typed Acute but runs its community and mental health services;
     * Herefordshire and Worcestershire's community trust runs Worcestershire's mental health services. Each ICB keeps
     * every sector its trusts run, and the parts of a split trust add up to the trust.
     */
    @ParameterizedTest
    @CsvSource({"QSL, RH5, acute;community;mental_health", "QGH, R1A, community;mental_health"})
    void noIcbLosesASectorItsTrustsRun(String icb, String trust, String sectors) throws Exception {
        IcbImport.Result result = new IcbImport(SharedData.folder(), icb, null, null).build();
        Map<String, String> sectorOf = new HashMap<>();
        result.tables().get("organisations.csv").rows().forEach(r -> sectorOf.put(r.get(0), r.get(2)));
        Map<String, Double> fte = new HashMap<>();
        double parts = 0;
        for (List<String> r : result.tables().get("workforce.csv").rows()) {
            fte.merge(sectorOf.get(r.get(0)), Double.parseDouble(r.get(3)), Double::sum);
            if (r.get(0).equals(trust) || r.get(0).startsWith(trust + "-")) parts += Double.parseDouble(r.get(3));
        }
        for (String sector : sectors.split(";"))
            assertThat(fte.get(sector)).as(icb + " " + sector).isPositive();
        // The parts' FTE in modelled roles is at most the trust's FTE and most of it (the rest: staff groups not
        // modelled).
        IcbImport.TrustBaseline whole = result.trusts().get(trust);
        assertThat(parts).isBetween(whole.sicknessFte() * 0.5, whole.sicknessFte());
    }

    /**
     * The Isles of Scilly (2,100 residents) take 0.26-0.36% of each Cornwall trust's staff: real shares, so the import
     * raises no warning about its own catchments (they were once "unusual" below 1%).
     */
    @Test
    void theSmallestPlaceRaisesNoCatchmentWarning(@TempDir Path temp) throws Exception {
        new IcbImport(SharedData.folder(), "QT6", null, null).writeTo(temp.resolve("QT6"));
        var read = new DatasetReader().load(temp.resolve("QT6"));
        List<Double> shares = read.model().catchments().stream()
                .filter(c -> c.placeCode().equals("E06000053"))
                .map(c -> c.share())
                .toList();
        assertThat(shares).isNotEmpty().allMatch(share -> share < 0.01);
        assertThat(read.warnings()).noneMatch(w -> w.file().equals("catchments.csv"));
    }

    /** --icb A,B: the union of the ICBs' places and trusts, under one code; a merged ICB of 2026: its old ICBs. */
    @Test
    void aCombinedFootprintAndAMergedIcbOf2026(@TempDir Path temp) throws Exception {
        Path data = SharedData.folder();
        IcbImport.Result qop = SharedData.qop();
        IcbImport.Result qyg = new IcbImport(data, "QYG", null, null).build();
        // Written, so validated as any dataset is: the footprint's joined codes must read back (they once did not).
        IcbImport.Result both = new IcbImport(data, "QOP,QYG", null, null).writeTo(temp.resolve("QOP-QYG"));
        SystemInfo info = new DatasetReader().read(temp.resolve("QOP-QYG")).info();
        assertThat(info.icbOdsCode()).isEqualTo("QOP-QYG");
        assertThat(info.icbOnsCode()).isEqualTo("E54000057+E54000008");
        assertThat(both.icb()).isEqualTo("QOP-QYG");
        assertThat(both.places()).hasSize(qop.places().size() + qyg.places().size());
        assertThat(both.population()).isCloseTo(qop.population() + qyg.population(), within(0.5));
        assertThat(both.trusts().keySet())
                .containsAll(qop.trusts().keySet())
                .containsAll(qyg.trusts().keySet());
        // Mid and South Essex (QH8) went whole into D7T5G, and most of Suffolk and North East Essex's (QJG) FTE did.
        IcbImport.Result essex = new IcbImport(data, "D7T5G", null, null).writeTo(temp.resolve("D7T5G"));
        assertThat(new DatasetReader().read(temp.resolve("D7T5G")).info().icbOdsCode())
                .isEqualTo("D7T5G");
        IcbImport.Result qh8 = new IcbImport(data, "QH8", null, null).writeTo(temp.resolve("QH8"));
        IcbImport.Result qjg = new IcbImport(data, "QJG", null, null).writeTo(temp.resolve("QJG"));
        assertThat(essex.places())
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(qh8.places().stream(), qjg.places().stream())
                                .toList());
        assertThat(essex.report().text()).contains("footprint D7T5G [2 ICBs]: QH8 + QJG");
        // Its discharge model is fitted to both ICBs' patients: the arrivals a day (waiting today - waiting yesterday
        // + discharged) add up, but for days on which one ICB's counts imply fewer than none (floored for it alone).
        double added = arrivalsPerDay(temp.resolve("QH8")) + arrivalsPerDay(temp.resolve("QJG"));
        assertThat(arrivalsPerDay(temp.resolve("D7T5G")))
                .isLessThanOrEqualTo(added + 1e-6)
                .isCloseTo(added, within(0.002 * added));
        // Its report says how QJG split between the mergers, and nothing of the other ICBs that split (QM7, QNQ).
        assertThat(essex.report().text())
                .contains("ICB QJG in the April 2026 mergers [whole to D7T5G]")
                .doesNotContain("ICB QM7 in the April 2026 mergers")
                .doesNotContain("ICB QNQ in the April 2026 mergers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IcbImport(data, "ZZZZZ", null, null).build())
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("has no ICB with ODS code ZZZZZ")
                .hasMessageContaining("D7T5G");
    }

    private static double arrivalsPerDay(Path dataset) throws Exception {
        return java.nio.file.Files.readAllLines(dataset.resolve("discharge.csv")).stream()
                .filter(line -> line.startsWith("ARRIVALS_PER_DAY,"))
                .mapToDouble(line -> Double.parseDouble(line.split(",")[2]))
                .findFirst()
                .orElseThrow();
    }
}
