package org.skillmix.data.staff;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.HomeService;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;

/**
 * The surge file for mutual aid (docs/mutual-aid.md): one row per shortfall, the FTE of one capability a
 * service of an organisation cannot staff itself in one week of the surge. Checked against a system and
 * read whole or not at all, every problem reported with file, row and column, as {@link StaffFile} does.
 * Also derives the donor services and their floors from the staff file ({@link #donorsFromStaff}).
 */
public final class SurgeFile {

    static final List<String> COLUMNS = List.of("week", "org_code", "service_code", "capability_code", "shortfall_fte",
            "critical");
    /** The longest surge the file may describe, in weeks. */
    static final int MAX_WEEKS = 52;
    /** A donor service keeps at least this share of its listed staff FTE at home every week. */
    public static final double DEFAULT_FLOOR_SHARE = 0.85;

    private SurgeFile() {
    }

    /**
     * @param asOf the first day of the surge: week 1 ends six days later, week w on asOf + 7w - 1 (a passport
     *             must be valid to the end of the week)
     * @return the shortfalls; each is at its organisation's home place (organisations.csv)
     */
    public static List<Shortfall> read(Path file, SystemModel system, LocalDate asOf) throws DatasetException {
        String name = file.getFileName().toString();
        try (Reader text = CsvRows.open(file)) {
            return read(name, text, system, asOf);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    public static List<Shortfall> read(String name, Reader text, SystemModel system, LocalDate asOf)
            throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        CsvRows.read(name, text, COLUMNS, problems, row -> {
            Shortfall s = parse(row, system, asOf, firstRowOfKey);
            if (s != null) shortfalls.add(s);
        });
        if (problems.stream().anyMatch(Problem::isError)) throw new DatasetException(name, problems);
        return List.copyOf(shortfalls);
    }

    /** The number of weeks the shortfalls span (the largest week). */
    public static int weeks(List<Shortfall> shortfalls) {
        return shortfalls.stream().mapToInt(Shortfall::getWeek).max().orElse(0);
    }

    /**
     * The donor services: every home service of the staff file. Its staff FTE is the FTE of the willing
     * people listed for it (the file lists the people who could be lent, not everyone in post, so the floor
     * is counted against them: conservative); its floor is {@link #DEFAULT_FLOOR_SHARE} of that, rounded to
     * a hundredth; it is protected (does not lend) when its service's criticality is "critical" in
     * services.csv (urgent and emergency care, cancer, diagnostics in the shipped example).
     */
    public static List<DonorService> donorsFromStaff(List<StaffMember> staff, SystemModel system) {
        Map<HomeService, Double> fte = new LinkedHashMap<>();
        for (StaffMember p : staff) fte.merge(p.getHome(), p.getFte(), Double::sum);
        List<DonorService> donors = new ArrayList<>();
        for (Map.Entry<HomeService, Double> e : fte.entrySet()) {
            HomeService home = e.getKey();
            double staffFte = Math.round(e.getValue() * 100) / 100.0;
            double floor = Math.round(staffFte * DEFAULT_FLOOR_SHARE * 100) / 100.0;
            boolean critical = system.service(home.serviceCode()).map(Service::criticality)
                    .map("critical"::equalsIgnoreCase).orElse(false);
            donors.add(new DonorService(home.orgCode(), home.serviceCode(), staffFte, floor, critical));
        }
        return donors;
    }

    private static Shortfall parse(CsvRow row, SystemModel system, LocalDate asOf, Map<String, Integer> firstRowOfKey) {
        int week = week(row);
        String org = row.text("org_code");
        if (!org.isEmpty() && system.organisation(org).isEmpty()) {
            row.error("org_code", "unknown organisation '" + org + "' (not in organisations.csv)");
        }
        String service = row.text("service_code");
        if (!service.isEmpty() && system.service(service).isEmpty()) {
            row.error("service_code", "unknown service '" + service + "' (not in services.csv)");
        }
        String capability = row.text("capability_code");
        if (!capability.isEmpty() && system.capability(capability).isEmpty()) {
            row.error("capability_code", "unknown capability '" + capability + "' (not in capabilities.csv)");
        }
        double fte = fte(row);
        boolean critical = row.yesNo("critical");
        if (!row.ok) return null;
        String key = week + "|" + org + "|" + service + "|" + capability;
        Integer first = firstRowOfKey.putIfAbsent(key, row.number);
        if (first != null) {
            row.error("capability_code", "week " + week + ", " + org + " " + service + " " + capability
                    + " is already on row " + first + "; add the FTE to one row");
            return null;
        }
        String place = system.organisation(org).orElseThrow().placeCode();
        return new Shortfall("W" + week + ":" + org + ":" + service + ":" + capability, week,
                asOf.plusDays(7L * week - 1), org, service, place, capability, fte, critical);
    }

    private static int week(CsvRow row) {
        String cell = row.text("week");
        if (cell.isEmpty()) return 0;
        int week;
        try {
            week = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            row.error("week", "'" + cell + "' is not a whole week number 1-" + MAX_WEEKS);
            return 0;
        }
        if (week < 1 || week > MAX_WEEKS) row.error("week", "must be 1-" + MAX_WEEKS + ", not " + week);
        return week;
    }

    private static double fte(CsvRow row) {
        String cell = row.text("shortfall_fte");
        if (cell.isEmpty()) return 0;
        double fte;
        try {
            fte = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            row.error("shortfall_fte", "'" + cell + "' is not a number");
            return 0;
        }
        if (!(fte > 0 && fte <= 10_000)) row.error("shortfall_fte", "must be more than 0 (and at most 10000), not " + cell);
        return fte;
    }

}
