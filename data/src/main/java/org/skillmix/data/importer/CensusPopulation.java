package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Census 2021 population by sex and five-year band (rounded to 100 by ONS) for the LAs the file has
 * (the 10 Greater Manchester LAs here). 85-89 and 90+ are summed to 85+. Also gives each LA's female
 * share per band, used to split the persons-only mid-year estimates by sex.
 */
final class CensusPopulation {

    static final String FILE = "census2021_population_by_sex_and_5yr_age_band.*\\.csv";
    static final int YEAR = 2021;

    private final Map<String, double[]> females = new HashMap<>();
    private final Map<String, double[]> males = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private String file = "";

    static CensusPopulation read(SourceFolder folder, ImportReport report) throws ImportException {
        CensusPopulation census = new CensusPopulation();
        List<Path> files = folder.find(FILE, "area_code", "sex", "aged_0_to_4");
        for (Path path : files) {
            String[] columns = {"area_code", "area_name", "sex", "aged_85_to_89", "aged_90_and_over"};
            SourceCsv csv = SourceCsv.read(path, folder.display(path), columns);
            census.file = csv.name();
            csv.forEach(row -> {
                String sex = row.text("sex");
                if (sex.equalsIgnoreCase("Persons")) return;
                double[] bands = new double[AgeBands.BANDS.size()];
                for (int i = 0; i < bands.length - 1; i++) {
                    String[] lohi = AgeBands.BANDS.get(i).split("-");
                    bands[i] = row.number("aged_" + lohi[0] + "_to_" + lohi[1]);
                }
                bands[bands.length - 1] = row.number("aged_85_to_89") + row.number("aged_90_and_over");
                String la = row.text("area_code");
                census.names.put(la, row.text("area_name"));
                if (sex.equalsIgnoreCase("Females")) census.females.put(la, bands);
                else if (sex.equalsIgnoreCase("Males")) census.males.put(la, bands);
                else throw row.error("sex", "expected Females, Males or Persons, not " + sex);
            });
            report.read(
                    csv.name(), csv.rows(), "Census 2021 by sex and 5-year band, " + census.females.size() + " LAs");
        }
        return census;
    }

    String file() {
        return file;
    }

    boolean has(String la) {
        return females.containsKey(la) && males.containsKey(la);
    }

    Optional<String> name(String la) {
        return Optional.ofNullable(names.get(la));
    }

    double persons(String la, String sex, int band) {
        return ("F".equals(sex) ? females : males).get(la)[band];
    }

    /** The LA's female share of each band. */
    double[] femaleShare(String la) {
        double[] f = females.get(la);
        double[] m = males.get(la);
        double[] share = new double[f.length];
        for (int i = 0; i < f.length; i++) share[i] = f[i] / (f[i] + m[i]);
        return share;
    }

    /** The female share of each band over every LA in the file: the proxy for LAs the file lacks. */
    double[] pooledFemaleShare() {
        double[] f = new double[AgeBands.BANDS.size()];
        double[] all = new double[f.length];
        females.forEach((la, bands) -> {
            for (int i = 0; i < f.length; i++) {
                f[i] += bands[i];
                all[i] += bands[i] + males.get(la)[i];
            }
        });
        double[] share = new double[f.length];
        for (int i = 0; i < f.length; i++) share[i] = all[i] > 0 ? f[i] / all[i] : 0.5;
        return share;
    }

    boolean isEmpty() {
        return females.isEmpty();
    }
}
