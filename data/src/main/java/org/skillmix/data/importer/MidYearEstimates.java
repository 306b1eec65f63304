package org.skillmix.data.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ONS mid-2023 population estimates, persons by single year of age, every UK LA. Each row's age columns
 * must add up to its {@code all} column (within 1 person), else the row is reported as damaged.
 */
final class MidYearEstimates {

    static final String FILE = "ons_mid2023_population_by_single_year_of_age.*\\.csv";
    static final int YEAR = 2023;

    /** An LA's persons by band, its total and its name. */
    record LaPopulation(String code, String name, double[] bands, double all, double aged65Plus) {}

    private final Map<String, LaPopulation> las = new HashMap<>();
    private final String file;
    private double england;
    private double england65;

    private MidYearEstimates(String file) {
        this.file = file;
    }

    static MidYearEstimates read(SourceFolder folder, ImportReport report) throws ImportException {
        Path path = folder.require("ONS mid-2023 population estimates", FILE, "code", "all", "90+");
        String[] columns = new String[93];
        columns[0] = "code";
        columns[1] = "all";
        columns[2] = "90+";
        for (int a = 0; a < 90; a++) columns[3 + a] = Integer.toString(a);
        SourceCsv csv = SourceCsv.read(path, folder.display(path), columns);
        MidYearEstimates mye = new MidYearEstimates(csv.name());
        csv.forEach(row -> {
            double[] ages = new double[91];
            double sum = 0;
            for (int a = 0; a < 90; a++) sum += ages[a] = row.number(Integer.toString(a));
            sum += ages[90] = row.number("90+");
            double all = row.number("all");
            if (Math.abs(sum - all) > 1) {
                throw row.error("all", "the ages add up to " + sum + " but all says " + all + " (a damaged row?)");
            }
            double old = 0;
            for (int a = 65; a <= 90; a++) old += ages[a];
            String code = row.text("code");
            String name = csv.has("name") ? row.text("name") : code;
            mye.las.put(code, new LaPopulation(code, name, AgeBands.fromSingleYears(ages), all, old));
            if (code.startsWith("E")) {
                mye.england += all;
                mye.england65 += old;
            }
        });
        report.read(csv.name(), csv.rows(), "ONS mid-2023 persons by single year of age, " + mye.las.size() + " LAs");
        return mye;
    }

    String file() {
        return file;
    }

    Optional<LaPopulation> la(String code) {
        return Optional.ofNullable(las.get(code));
    }

    /** England's mid-2023 population (sum over E-coded LAs). */
    double england() {
        return england;
    }

    double england65() {
        return england65;
    }
}
