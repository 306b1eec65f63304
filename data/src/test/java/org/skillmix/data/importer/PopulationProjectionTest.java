package org.skillmix.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillmix.data.dataset.Problem;

/**
 * Projected population against the ONS files themselves, read here without the importer's readers: every mid-year
 * from the base to base + 10, and each LA's 85+ growth 2025 to 2035 as the ONS projection has it.
 */
class PopulationProjectionTest {

    static final String SNPP18 = "population-snpp-2018based-la-5yr/"
            + "ons_2018based_projection_table2_persons_5yr_bands_england_las_2018-2043.csv";
    static final String SNPP22 =
            "population-snpp-2022based/2022_SNPP_persons_migration_category_variant_E06000007_Warrington.csv";

    private static List<NamedCsvRecord> csv(Path file) throws IOException {
        return CsvReader.builder().ofNamedCsvRecord(Files.readString(file, StandardCharsets.UTF_8)).stream()
                .toList();
    }

    /** la_successors.csv and the ONS 2022 to 2023 lookup: the 2023 LA each 2018 district is now part of. */
    private static Map<String, String> todayOf(Path data) throws IOException {
        Map<String, String> to23 = new HashMap<>();
        for (NamedCsvRecord r : csv(data.resolve("geography-lookups/ltla22_ltla23.csv")))
            to23.put(r.getField("ltla22_code"), r.getField("ltla23_code"));
        Map<String, String> today = new HashMap<>(to23);
        try (InputStream in = IcbImport.class.getResourceAsStream("la_successors.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (NamedCsvRecord r :
                    CsvReader.builder().ofNamedCsvRecord(text).stream().toList()) {
                String s = r.getField("successor_code");
                today.put(r.getField("la_code"), to23.getOrDefault(s, s));
            }
        }
        return today;
    }

    /** 85+ persons by LA of today, in the given years, from the 2018-based file (2022-based for Warrington). */
    private static Map<String, double[]> ons85(Path data, int... years) throws IOException {
        Map<String, String> today = todayOf(data);
        Map<String, double[]> out = new HashMap<>();
        for (NamedCsvRecord r : csv(data.resolve(SNPP18))) {
            String age = r.getField("AGE GROUP");
            if (!r.getField("CODE").matches("E0[6-9].*") || !(age.equals("85-89") || age.equals("90+"))) continue;
            String la = today.getOrDefault(r.getField("CODE"), r.getField("CODE"));
            double[] v = out.computeIfAbsent(la, k -> new double[years.length]);
            for (int i = 0; i < years.length; i++) v[i] += Double.parseDouble(r.getField(Integer.toString(years[i])));
        }
        double[] warrington = new double[years.length];
        for (NamedCsvRecord r : csv(data.resolve(SNPP22))) {
            String age = r.getField("AGE_GROUP");
            if (age.equals("All ages") || (!age.startsWith("90") && Integer.parseInt(age) < 85)) continue;
            for (int i = 0; i < years.length; i++)
                warrington[i] += Double.parseDouble(r.getField(Integer.toString(years[i])));
        }
        out.put("E06000007", warrington);
        return out;
    }

    /**
     * Greater Manchester; Lincolnshire (county districts); Cheshire and Merseyside (Warrington from the 2022-based
     * file); Buckinghamshire, Oxfordshire and Berkshire West (Buckinghamshire = 4 districts of 2018); Dorset (BCP and
     * Dorset = 8); North East and North Cumbria (Cumberland, 2023); Somerset (2019 and 2023 mergers).
     */
    @ParameterizedTest
    @ValueSource(strings = {"QOP", "QJM", "QYG", "QU9", "QVV", "QHM", "QSL"})
    void everyMidYearToBasePlusTenAnd85PlusGrowthAsOns(String icb) throws Exception {
        Path data = SharedData.folder();
        IcbImport.Result result = new IcbImport(data, icb, null, null).build();
        IcbImport.OutputTableView population = result.tables().get("population.csv");
        int base = Integer.parseInt(result.tables().get("manifest.csv").rows().stream()
                .filter(r -> r.get(0).equals("base_month"))
                .findFirst()
                .orElseThrow()
                .get(1)
                .substring(0, 4));
        Map<String, TreeSet<Integer>> years = new HashMap<>();
        Map<String, double[]> ours85 = new HashMap<>();
        for (List<String> r : population.rows()) {
            int year = Integer.parseInt(r.get(1));
            years.computeIfAbsent(r.get(0), k -> new TreeSet<>()).add(year);
            if (r.get(3).equals("85+") && (year == 2025 || year == 2035))
                ours85.computeIfAbsent(r.get(0), k -> new double[2])[year == 2025 ? 0 : 1] +=
                        Double.parseDouble(r.get(4));
        }
        Map<String, double[]> ons = ons85(data, 2025, 2035);
        assertThat(years.keySet()).containsExactlyInAnyOrderElementsOf(result.places());
        for (String la : result.places()) {
            for (int y = base; y <= base + 10; y++)
                assertThat(years.get(la)).as(la).contains(y);
            double ourGrowth = ours85.get(la)[1] / ours85.get(la)[0];
            double onsGrowth = ons.get(la)[1] / ons.get(la)[0];
            assertThat(ourGrowth).as(la + " 85+ growth 2025-2035").isCloseTo(onsGrowth, within(onsGrowth * 0.01));
        }
        assertThat(result.report().text()).doesNotContain("population is held at mid-2023");
        List<String> error = result.tables().get("assumptions.csv").rows().stream()
                .filter(r -> r.get(0).equals("population_error_per_year"))
                .findFirst()
                .orElseThrow();
        assertThat(error.subList(1, 6)).containsExactly("ALL", "-0.004024", "0", "0.004024", "share/year");
    }

    private static Problem failedImport(Path from, Path out) {
        Throwable thrown = catchThrowable(() -> new IcbImport(from, "QOP", null, null).writeTo(out));
        assertThat(thrown).isInstanceOf(ImportException.class);
        assertThat(out).doesNotExist();
        return ((ImportException) thrown).problems().get(0);
    }

    @Test
    void aProjectionWithoutAnLaOfTheIcbWritesNothing(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"));
        List<String> lines = Files.readAllLines(from.resolve(SNPP18)).stream()
                .filter(l -> !l.startsWith("E08000001,"))
                .toList();
        Files.write(from.resolve(SNPP18), lines);
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.toString()).isEqualTo(SNPP18 + ": has no rows for LA E08000001 (Bolton) of QOP");
    }

    @Test
    void aDistrictThatCannotBeMappedWritesNothing(@TempDir Path temp) throws Exception {
        Path from = SharedData.linkedCopy(temp.resolve("data"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(from.resolve(SNPP18)));
        int row = 0;
        for (int i = 0; i < lines.size() && row == 0; i++) {
            if (lines.get(i).startsWith("E07000150,")) {
                lines.set(i, lines.get(i).replace("E07000150,", "E07000999,"));
                row = i + 1;
            }
        }
        Files.write(from.resolve(SNPP18), lines);
        Problem problem = failedImport(from, temp.resolve("out"));
        assertThat(problem.file()).isEqualTo(SNPP18);
        assertThat(problem.row()).isEqualTo(row);
        assertThat(problem.column()).isEqualTo("CODE");
        assertThat(problem.reason()).contains("E07000999 (Corby)").contains("la_successors.csv");
    }

    @Test
    void anchoredToTheMid2023EstimateByRatio() throws Exception {
        // Bolton, 85+, mid-2030: estimate(2023) x ONS(2030) / ONS(2023), summed over F and M (each rounded to 0.1).
        Path data = SharedData.folder();
        IcbImport.Result result = SharedData.qop();
        double[] ons = ons85(data, 2023, 2030).get("E08000001");
        double estimate = 0;
        for (NamedCsvRecord r : csv(data.resolve(
                "population-mye-2023-la/ons_mid2023_population_by_single_year_of_age_uk_local_authorities.csv"))) {
            if (!r.getField("code").equals("E08000001")) continue;
            for (int a = 85; a < 90; a++) estimate += Double.parseDouble(r.getField(Integer.toString(a)));
            estimate += Double.parseDouble(r.getField("90+"));
        }
        double ours = result.tables().get("population.csv").rows().stream()
                .filter(r -> r.get(0).equals("E08000001")
                        && r.get(1).equals("2030")
                        && r.get(3).equals("85+"))
                .mapToDouble(r -> Double.parseDouble(r.get(4)))
                .sum();
        assertThat(ours).isCloseTo(estimate * ons[1] / ons[0], within(0.11));
    }
}
