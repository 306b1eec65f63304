package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * AmbSYS, NHS England's Ambulance Quality Indicators (systems indicators), by ambulance service and month:
 * the 999 calls answered and their total answer time (A1, A2) and the category 2 incidents and their total
 * response time (A10, A30), all in seconds, and all incidents (A7, when the file has the column: the
 * ambulance service's seasonality). Totals, not the published means (A3, A31), are kept so that an ICS
 * served by several services gets a mean of all its calls and incidents, not a mean of means. A cell of "."
 * (not available, as published) leaves that figure out for the month.
 */
final class AmbulanceIndicators {

    static final String FILE = ".*ambsys.*\\.csv(\\.gz)?";
    static final String[] COLUMNS = {"Year", "Month", "Org Code", "A1", "A2", "A10", "A30"};

    /** One service's month; NaN where the source gives ".". */
    record Month(
            double callsAnswered,
            double answerSeconds,
            double category2Incidents,
            double category2Seconds,
            double incidents) {

        /** The mean 999 call answer time in seconds, NaN without calls. */
        double answerMeanSeconds() {
            return callsAnswered > 0 ? answerSeconds / callsAnswered : Double.NaN;
        }

        /** The category 2 mean response in minutes, NaN without incidents. */
        double category2MeanMinutes() {
            return category2Incidents > 0 ? category2Seconds / category2Incidents / 60 : Double.NaN;
        }
    }

    private final String file;
    private final Map<String, Map<YearMonth, Month>> services;

    private AmbulanceIndicators(String file, Map<String, Map<YearMonth, Month>> services) {
        this.file = file;
        this.services = services;
    }

    /** The AmbSYS file of the --from folder, or null when there is none (the metrics are then left out). */
    static AmbulanceIndicators read(SourceFolder folder) throws ImportException {
        List<Path> found = folder.find(FILE, "Org Code", "A30");
        if (found.isEmpty()) return null;
        Path path = found.get(0);
        String name = folder.display(path);
        SourceCsv csv = SourceCsv.read(path, name, COLUMNS);
        Map<String, Map<YearMonth, Month>> services = new TreeMap<>();
        csv.forEach(row -> {
            String org = row.text("Org Code");
            // The England row (and any region row a fuller extract keeps) is not a service.
            if (org.isEmpty() || org.equalsIgnoreCase("Eng") || org.length() != 3) return;
            YearMonth month;
            try {
                month = YearMonth.of((int) row.number("Year"), (int) row.number("Month"));
            } catch (DateTimeException e) {
                throw row.error("Month", "\"" + row.text("Month") + "\" is not a month of the year");
            }
            Month figures = new Month(
                    count(row, "A1"),
                    count(row, "A2"),
                    count(row, "A10"),
                    count(row, "A30"),
                    csv.has("A7") ? count(row, "A7") : Double.NaN);
            if (services.computeIfAbsent(org, k -> new TreeMap<>()).put(month, figures) != null) {
                throw row.error("Org Code", org + " " + month + " is given twice");
            }
        });
        return new AmbulanceIndicators(name, services);
    }

    /** A count or a total: "." (not available) is NaN; a negative figure is an error. */
    private static double count(SourceRow row, String column) throws ImportException {
        if (row.text(column).equals(".")) return Double.NaN;
        double value = row.number(column);
        if (value < 0 || !Double.isFinite(value)) {
            throw row.error(column, "a count or total of seconds cannot be " + row.text(column));
        }
        return value;
    }

    String file() {
        return file;
    }

    /** The service's months, in order; empty for a code the file does not have. */
    Map<YearMonth, Month> service(String code) {
        return services.getOrDefault(code, Map.of());
    }
    /**
     * The incidents (A7) of the services serving the ICB, each weighted by its share in the ICB (as its staff are),
     * summed by month: Σ_s share_s × A7_s, over the last 12 consecutive months in which every one of them has A7.
     * Empty when none of the ICB's trusts is a service of the file, or no such 12 months exist.
     *
     * @param trustShares the ICB's trusts with each one's share in the ICB
     */
    NavigableMap<YearMonth, Double> incidents(Map<String, Double> trustShares) {
        Map<String, Double> serving = serving(trustShares);
        NavigableMap<YearMonth, Double> all = new TreeMap<>();
        if (serving.isEmpty()) return all;
        for (YearMonth month : service(serving.keySet().iterator().next()).keySet()) {
            double sum = 0;
            for (Map.Entry<String, Double> s : serving.entrySet()) {
                Month figures = service(s.getKey()).get(month);
                sum += figures == null ? Double.NaN : s.getValue() * figures.incidents();
            }
            if (Double.isFinite(sum)) all.put(month, sum);
        }
        for (YearMonth last : all.descendingKeySet()) {
            NavigableMap<YearMonth, Double> year = all.subMap(last.minusMonths(11), true, last, true);
            if (year.size() == 12) return new TreeMap<>(year);
        }
        return new TreeMap<>();
    }

    /** The ICB's trusts that are services of the file, with their shares in the ICB, in the given order. */
    Map<String, Double> serving(Map<String, Double> trustShares) {
        Map<String, Double> serving = new LinkedHashMap<>();
        trustShares.forEach((code, share) -> {
            if (!service(code).isEmpty()) serving.put(code, share);
        });
        return serving;
    }
}
