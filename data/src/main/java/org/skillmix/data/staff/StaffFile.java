package org.skillmix.data.staff;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;

/**
 * The staff file for mutual aid (docs/mutual-aid.md): one row per person who could be redeployed,
 * checked against a system. Personal data, so pseudonymous ids only. Read whole or not at all: every
 * problem is reported with file, row and column, and nothing is returned while any remains.
 */
public final class StaffFile {

    static final List<String> COLUMNS = List.of(
            "staff_id",
            "home_org",
            "home_service",
            "role",
            "capabilities",
            "fte",
            "base_place",
            "max_weeks_away",
            "max_travel_km",
            "passport_valid_until",
            "willing");
    static final int MAX_LEVEL = 5;
    static final double MAX_FTE = 2.0;
    /** Ten digits is the shape of an NHS number: a real identifier, which this file must never hold. */
    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{3}[ -]?\\d{3}[ -]?\\d{4}");

    /**
     * @param willing    the people who agreed to be redeployed: the plan's staff
     * @param notWilling how many rows said no (read and checked, then left out)
     */
    public record Staff(List<StaffMember> willing, int notWilling) {
        public Staff {
            willing = List.copyOf(willing);
        }
    }

    private StaffFile() {}

    /**
     * @param asOf the first day of the plan: a passport that ends before it has expired and is an error
     *             (an empty cell means no passport, which is allowed: that person helps within their own
     *             organisation only)
     */
    public static Staff read(Path file, SystemModel system, LocalDate asOf) throws DatasetException {
        String name = file.getFileName().toString();
        try (Reader text = CsvRows.open(file)) {
            return read(name, text, system, asOf);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    public static Staff read(String name, Reader text, SystemModel system, LocalDate asOf) throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        List<StaffMember> willing = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        int[] notWilling = {0};
        CsvRows.read(name, text, COLUMNS, problems, row -> {
            Parsed parsed = parse(row, system, asOf, firstRowOfId);
            if (parsed != null && parsed.willing()) willing.add(parsed.person());
            else if (parsed != null) notWilling[0]++;
        });
        if (problems.stream().anyMatch(Problem::isError)) throw new DatasetException(name, problems);
        return new Staff(willing, notWilling[0]);
    }

    private record Parsed(StaffMember person, boolean willing) {}

    private static Parsed parse(CsvRow row, SystemModel system, LocalDate asOf, Map<String, Integer> firstRowOfId) {
        String id = row.text("staff_id");
        if (!id.isEmpty()) {
            if (NHS_NUMBER.matcher(id).matches()) {
                row.error(
                        "staff_id",
                        "'" + id + "' looks like an NHS number; use a pseudonymous id (no names or real numbers)");
            } else if (id.contains(" ")) {
                row.error("staff_id", "'" + id + "' contains a space (a name?); use a pseudonymous id without spaces");
            }
            Integer first = firstRowOfId.putIfAbsent(id, row.number);
            if (first != null) row.error("staff_id", "duplicate id '" + id + "' (first on row " + first + ")");
        }
        String org =
                row.code("home_org", "organisation", c -> system.organisation(c).isPresent());
        String service =
                row.code("home_service", "service", c -> system.service(c).isPresent());
        String role = row.code("role", "role", c -> system.role(c).isPresent());
        Map<String, Integer> capabilities = capabilities(row, system);
        double fte = row.number("fte", 0, MAX_FTE);
        String place = row.code("base_place", "place", c -> system.place(c).isPresent());
        double weeks = row.number("max_weeks_away", 0, 520);
        if (weeks != Math.rint(weeks)) row.error("max_weeks_away", "must be a whole number of weeks, not " + weeks);
        double km = row.number("max_travel_km", 0, 1000);
        LocalDate passport = passport(row, asOf);
        boolean willing = row.yesNo("willing");
        if (!row.ok) return null;
        return new Parsed(
                new StaffMember(id, org, service, role, capabilities, fte, place, (int) weeks, km, passport), willing);
    }

    private static Map<String, Integer> capabilities(CsvRow row, SystemModel system) {
        String cell = row.text("capabilities");
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (cell.isEmpty()) return levels;
        for (String part : cell.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) continue;
            int colon = item.indexOf(':');
            String code = colon < 0 ? item : item.substring(0, colon).strip();
            if (colon < 0) {
                row.error(
                        "capabilities",
                        "'" + item + "' has no competency level; write CODE:level, e.g. " + code + ":2");
                continue;
            }
            if (system.capability(code).isEmpty()) {
                row.error("capabilities", "unknown capability '" + code + "' (not in capabilities.csv)");
                continue;
            }
            int level;
            try {
                level = Integer.parseInt(item.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                row.error("capabilities", "level of " + code + " must be a whole number 1-" + MAX_LEVEL);
                continue;
            }
            if (level < 1 || level > MAX_LEVEL) {
                row.error("capabilities", "level of " + code + " must be 1-" + MAX_LEVEL + ", not " + level);
            } else if (levels.put(code, level) != null) {
                row.error("capabilities", code + " is listed twice");
            }
        }
        if (levels.isEmpty() && row.ok)
            row.error("capabilities", "no verified capability; write CODE:level;CODE:level");
        return levels;
    }

    private static LocalDate passport(CsvRow row, LocalDate asOf) {
        String cell = row.optional("passport_valid_until");
        if (cell.isEmpty()) return null;
        LocalDate date;
        try {
            date = LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            row.error("passport_valid_until", "'" + cell + "' is not a date YYYY-MM-DD (leave empty for no passport)");
            return null;
        }
        if (date.isBefore(asOf)) {
            row.error(
                    "passport_valid_until",
                    "passport expired on " + date + ", before the plan starts on " + asOf
                            + "; renew it, or leave the cell empty if the person has no passport");
        }
        return date;
    }
}
