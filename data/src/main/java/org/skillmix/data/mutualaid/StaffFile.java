package org.skillmix.data.mutualaid;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.Bound;
import org.skillmix.data.dataset.Codes;
import org.skillmix.data.dataset.Column;
import org.skillmix.data.dataset.DataRow;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.SideFile;
import org.skillmix.data.dataset.SystemCodes;
import org.skillmix.data.dataset.TableSpec;

/**
 * The staff file for mutual aid (docs/mutual-aid.md): one row per person who could be redeployed,
 * checked against a system. Personal data, so pseudonymous ids only. Read whole or not at all, as a
 * {@link SideFile}: every problem is reported with file, row and column, and nothing is returned while any
 * remains.
 */
public final class StaffFile {

    static final int MAX_LEVEL = 5;
    static final double MAX_FTE = 2.0;

    static final TableSpec COLUMNS = TableSpec.of(
            "staff",
            List.of(
                    Column.code("staff_id", "pseudonymous id, unique in the file"),
                    Column.code("home_org", "ODS code of the employing organisation (organisations.csv)"),
                    Column.code("home_service", "the service they work in (services.csv)"),
                    Column.code("role", "job role (roles.csv)"),
                    Column.text("capabilities", "verified capabilities with level 1-5, CODE:level;CODE:level"),
                    Column.number(
                            "fte",
                            "full-time equivalent",
                            Bound.of(0, MAX_FTE).unit("FTE").because("no one works more than two full-time posts")),
                    Column.code("base_place", "where they are based (places.csv)"),
                    Column.number(
                            "max_weeks_away",
                            "the most weeks of the surge they agreed to work away from home",
                            Bound.whole(0, SurgeFile.MAX_WEEKS)
                                    .unit("weeks")
                                    .because("a surge plan is at most " + SurgeFile.MAX_WEEKS + " weeks long")),
                    Column.number(
                            "max_travel_km",
                            "the furthest they agreed to travel from the base place",
                            Bound.of(0, 1000).unit("km").because("further than any two places in England")),
                    Column.text(
                            "passport_valid_until",
                            "last day of the staff passport, YYYY-MM-DD; empty = no passport (own organisation only)"),
                    Column.text("willing", "yes or no")));

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
        return read(file.getFileName().toString(), SideFile.bytes(file), system, asOf);
    }

    /** The staff file's bytes (an upload) read as {@link #read(Path, SystemModel, LocalDate)} reads a file. */
    public static Staff read(String name, byte[] content, SystemModel system, LocalDate asOf) throws DatasetException {
        SystemCodes known = SystemCodes.of(system);
        List<Person> people =
                SideFile.read(name, content, COLUMNS, List.of("staff_id"), row -> parse(row, known, asOf));
        List<StaffMember> willing = new ArrayList<>();
        people.stream().filter(Person::willing).forEach(p -> willing.add(p.member()));
        return new Staff(willing, people.size() - willing.size());
    }

    private record Person(StaffMember member, boolean willing) {}

    private static Person parse(DataRow row, SystemCodes known, LocalDate asOf) {
        String id = row.personId("staff_id");
        String org = row.reference("home_org", known.organisations(), "organisation", false);
        String service = row.reference("home_service", known.services(), "service", false);
        String role = row.reference("role", known.roles(), "role", false);
        Map<String, Integer> capabilities = capabilities(row, known.capabilities());
        double fte = row.number("fte");
        String place = row.reference("base_place", known.places(), "place", false);
        int weeks = row.integer("max_weeks_away");
        double km = row.number("max_travel_km");
        LocalDate passport = passport(row, asOf);
        boolean willing = row.yesNo("willing");
        if (!row.ok()) return null;
        return new Person(
                new StaffMember(id, org, service, role, capabilities, fte, place, weeks, km, passport), willing);
    }

    private static Map<String, Integer> capabilities(DataRow row, Codes known) {
        String cell = row.text("capabilities");
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (cell.isEmpty()) return levels;
        boolean okBefore = row.ok();
        for (String part : cell.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) continue;
            int colon = item.indexOf(':');
            String code = colon < 0 ? item : item.substring(0, colon).strip();
            if (colon < 0) {
                row.error(
                        "capabilities",
                        DataRow.quote(item) + " has no competency level; write CODE:level, e.g. "
                                + DataRow.quote(code + ":2"));
                continue;
            }
            if (!known.contains(code)) {
                row.error("capabilities", "capability " + DataRow.quote(code) + " is not in " + known.definedIn());
                continue;
            }
            String levelText = item.substring(colon + 1).strip();
            int level = levelText.matches("\\d{1,2}") ? Integer.parseInt(levelText) : -1;
            if (level < 1 || level > MAX_LEVEL) {
                row.error(
                        "capabilities",
                        "the level of " + code + " must be a whole number 1-" + MAX_LEVEL + ", not "
                                + DataRow.quote(levelText));
            } else if (levels.put(code, level) != null) {
                row.error("capabilities", code + " is listed twice");
            }
        }
        if (levels.isEmpty() && okBefore && row.ok()) {
            row.error("capabilities", "no verified capability; write CODE:level;CODE:level");
        }
        return levels;
    }

    private static LocalDate passport(DataRow row, LocalDate asOf) {
        LocalDate date = row.optionalDate("passport_valid_until", "leave it empty for no passport");
        if (date != null && date.isBefore(asOf)) {
            row.error(
                    "passport_valid_until",
                    "passport expired on " + date + ", before the plan starts on " + asOf
                            + "; renew it, or leave the cell empty if the person has no passport");
        }
        return date;
    }
}
