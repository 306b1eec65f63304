package org.skillmix.data.staff;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.HomeService;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;

/**
 * The surge file (docs/mutual-aid.md, docs/winter.md), in one of two forms told apart by the header:
 * <ul>
 * <li>shortfalls: one row per shortfall, the FTE of one capability a service of an organisation cannot
 *     staff itself in one week of the surge ({@link #read});</li>
 * <li>uplifts (a column {@code uplift}): extra demand by service and/or capability, place optional, for a
 *     run of weeks, as a percentage of the baseline or in FTE; the winter plan turns it into shortfalls
 *     ({@link #readUplifts}).</li>
 * </ul>
 * Checked against a system and read whole or not at all, every problem reported with file, row and column,
 * as {@link StaffFile} does. Also derives the donor services and their floors from the staff file
 * ({@link #donorsFromStaff}).
 */
public final class SurgeFile {

    static final List<String> COLUMNS =
            List.of("week", "org_code", "service_code", "capability_code", "shortfall_fte", "critical");
    static final List<String> UPLIFT_COLUMNS =
            List.of("service_code", "capability_code", "from_week", "to_week", "uplift", "unit");
    /** The longest surge the file may describe, in weeks. */
    static final int MAX_WEEKS = 52;
    /** A donor service keeps at least this share of its listed staff FTE at home every week. */
    public static final double DEFAULT_FLOOR_SHARE = 0.85;

    private SurgeFile() {}

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
        String content = slurp(name, text);
        if (isUpliftForm(content)) {
            throw new DatasetException(
                    name,
                    List.of(Problem.error(
                            name,
                            1,
                            "uplift",
                            "this surge file gives uplifts of demand;"
                                    + " plan them with skillmix winter, or list shortfalls with columns "
                                    + String.join(",", COLUMNS))));
        }
        text = new StringReader(content);
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

    /** A surge file read in whichever form it is: exactly one of the lists is used. */
    public record Surge(List<Shortfall> shortfalls, List<SurgeUplift> uplifts, boolean upliftForm) {}

    /** Reads either form (shortfalls, or uplifts for the winter plan); uplifts may run to week 52. */
    public static Surge readEither(Path file, SystemModel system, LocalDate asOf) throws DatasetException {
        return readEither(file.getFileName().toString(), new StringReader(slurp(file)), system, asOf);
    }

    /** {@link #readEither(Path, SystemModel, LocalDate)} for text already open (an upload). */
    public static Surge readEither(String name, Reader text, SystemModel system, LocalDate asOf)
            throws DatasetException {
        String content = slurp(name, text);
        if (isUpliftForm(content))
            return new Surge(List.of(), readUplifts(name, new StringReader(content), system, MAX_WEEKS), true);
        return new Surge(read(name, new StringReader(content), system, asOf), List.of(), false);
    }

    /**
     * The uplift form: columns service_code, capability_code, place_code (optional column), from_week,
     * to_week, uplift, unit. A code left empty or written ALL matches everything, but a row must name a
     * service or a capability. unit is {@code %} (uplift percent of the baseline demand) or {@code FTE}.
     *
     * @param weeks the plan's length: no uplift may run beyond it
     */
    public static List<SurgeUplift> readUplifts(Path file, SystemModel system, int weeks) throws DatasetException {
        String name = file.getFileName().toString();
        return readUplifts(name, new StringReader(slurp(file)), system, weeks);
    }

    public static List<SurgeUplift> readUplifts(String name, Reader text, SystemModel system, int weeks)
            throws DatasetException {
        String content = slurp(name, text);
        if (!isUpliftForm(content) && content.toLowerCase(Locale.ROOT).contains("shortfall_fte")) {
            throw new DatasetException(
                    name,
                    List.of(Problem.error(
                            name,
                            1,
                            "shortfall_fte",
                            "this surge file lists shortfalls;" + " the winter plan needs extra demand, with columns "
                                    + String.join(",", UPLIFT_COLUMNS) + " (and place_code)")));
        }
        List<Problem> problems = new ArrayList<>();
        List<SurgeUplift> uplifts = new ArrayList<>();
        Set<String> demanded = new HashSet<>();
        for (CapabilityHours h : system.capabilityHours()) {
            if (h.hoursPerActivity() > 0) demanded.add(h.serviceCode() + "|" + h.capabilityCode());
        }
        CsvRows.read(name, new StringReader(content), UPLIFT_COLUMNS, problems, row -> {
            SurgeUplift u = parseUplift(row, system, weeks, demanded);
            if (u != null) uplifts.add(u);
        });
        if (problems.stream().anyMatch(Problem::isError)) throw new DatasetException(name, problems);
        return List.copyOf(uplifts);
    }

    /** The weeks the uplifts reach (the largest to_week). */
    public static int upliftWeeks(List<SurgeUplift> uplifts) {
        return uplifts.stream().mapToInt(SurgeUplift::toWeek).max().orElse(0);
    }

    private static SurgeUplift parseUplift(CsvRow row, SystemModel system, int weeks, Set<String> demanded) {
        String service = all(row.optional("service_code"));
        if (service != null && system.service(service).isEmpty()) {
            row.error("service_code", "unknown service '" + service + "' (not in services.csv)");
        }
        String capability = all(row.optional("capability_code"));
        if (capability != null && system.capability(capability).isEmpty()) {
            row.error("capability_code", "unknown capability '" + capability + "' (not in capabilities.csv)");
        }
        if (service == null && capability == null) {
            row.error(
                    "service_code",
                    "name a service, a capability or both (ALL for both would raise all demand; give each service)");
        }
        String place = row.column.containsKey("place_code") ? all(row.optional("place_code")) : null;
        if (place != null && system.place(place).isEmpty())
            row.error("place_code", "unknown place '" + place + "' (not in places.csv)");
        if (row.ok && service != null && capability != null && !demanded.contains(service + "|" + capability)) {
            row.error(
                    "capability_code",
                    "service " + service + " has no demand for " + capability + " (no row in capability_hours.csv)");
        }
        int from = weekCell(row, "from_week", weeks);
        int to = weekCell(row, "to_week", weeks);
        if (from > 0 && to > 0 && to < from) row.error("to_week", "week " + to + " is before from_week " + from);
        String unitCell = row.text("unit").toLowerCase(Locale.ROOT);
        SurgeUplift.Unit unit = null;
        if (unitCell.equals("%") || unitCell.equals("percent")) unit = SurgeUplift.Unit.PERCENT;
        else if (unitCell.equals("fte")) unit = SurgeUplift.Unit.FTE;
        else if (!unitCell.isEmpty()) row.error("unit", "must be % or FTE, not '" + unitCell + "'");
        double max = unit == SurgeUplift.Unit.PERCENT ? 1000 : 100_000;
        String cell = row.text("uplift");
        double amount = 0;
        if (!cell.isEmpty()) {
            try {
                amount = Double.parseDouble(
                        cell.endsWith("%")
                                ? cell.substring(0, cell.length() - 1).strip()
                                : cell);
                if (!(amount > 0 && amount <= max))
                    row.error("uplift", "must be more than 0 (and at most " + (long) max + "), not " + cell);
            } catch (NumberFormatException e) {
                row.error("uplift", "'" + cell + "' is not a number");
            }
        }
        if (!row.ok) return null;
        return new SurgeUplift(row.file + ":" + row.number, service, capability, place, from, to, unit, amount);
    }

    private static int weekCell(CsvRow row, String col, int weeks) {
        String cell = row.text(col);
        if (cell.isEmpty()) return 0;
        int week;
        try {
            week = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            row.error(col, "'" + cell + "' is not a whole week number 1-" + weeks);
            return 0;
        }
        if (week < 1 || week > weeks) {
            row.error(
                    col,
                    week < 1
                            ? "must be 1 or more, not " + week
                            : "week " + week + " is beyond the plan's " + weeks + " weeks");
            return 0;
        }
        return week;
    }

    private static String all(String code) {
        return code.isEmpty() || code.equalsIgnoreCase("ALL") ? null : code;
    }

    private static boolean isUpliftForm(String content) {
        for (String line : content.split("\\R")) {
            if (line.isBlank()) continue;
            for (String cell : line.split(",")) {
                if (cell.replace("\uFEFF", "").replace("\"", "").strip().equalsIgnoreCase("uplift")) return true;
            }
            return false;
        }
        return false;
    }

    private static String slurp(Path file) throws DatasetException {
        String name = file.getFileName().toString();
        try (Reader text = CsvRows.open(file)) {
            return slurp(name, text);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    private static String slurp(String name, Reader text) throws DatasetException {
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = text.read(buffer)) > 0; ) out.append(buffer, 0, n);
            return out.toString();
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
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
            boolean critical = system.service(home.serviceCode())
                    .map(Service::criticality)
                    .map("critical"::equalsIgnoreCase)
                    .orElse(false);
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
        int minLevel = minLevel(row, critical);
        if (!row.ok) return null;
        String key = week + "|" + org + "|" + service + "|" + capability;
        Integer first = firstRowOfKey.putIfAbsent(key, row.number);
        if (first != null) {
            row.error(
                    "capability_code",
                    "week " + week + ", " + org + " " + service + " " + capability + " is already on row " + first
                            + "; add the FTE to one row");
            return null;
        }
        String place = system.organisation(org).orElseThrow().placeCode();
        return new Shortfall(
                "W" + week + ":" + org + ":" + service + ":" + capability,
                week,
                asOf.plusDays(7L * week - 1),
                org,
                service,
                place,
                capability,
                fte,
                critical,
                minLevel);
    }

    /**
     * The optional column min_level: the lowest competency level (1-5) a person may hold the capability at to be
     * sent; empty or absent = {@link Shortfall#defaultMinLevel}: 3 for critical work, 2 for other work.
     */
    private static int minLevel(CsvRow row, boolean critical) {
        if (!row.column.containsKey("min_level") || row.optional("min_level").isEmpty())
            return Shortfall.defaultMinLevel(critical);
        String cell = row.optional("min_level");
        if (!cell.matches("[1-5]")) {
            row.error(
                    "min_level",
                    "must be a whole competency level from " + Shortfall.MIN_LEVEL + " to " + Shortfall.MAX_LEVEL
                            + ", not '" + cell + "' (leave it empty for the default: 3 critical, 2 other)");
            return Shortfall.defaultMinLevel(critical);
        }
        return Integer.parseInt(cell);
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
        if (!(fte > 0 && fte <= 10_000))
            row.error("shortfall_fte", "must be more than 0 (and at most 10000), not " + cell);
        return fte;
    }
}
