package org.skillmix.data.bank;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
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
 * The collaborative bank's two files (docs/bank.md): the pool of bank workers (pseudonymous ids) and the
 * shifts organisations post. Checked against a system and read whole or not at all as {@link SideFile}s,
 * every problem named by file, row and column.
 */
public final class BankFiles {

    static final double MAX_RATE = 1000;
    static final double MAX_HOURS_PER_WEEK = 60;

    private static final Bound RATE = Bound.of(0, MAX_RATE)
            .unit("GBP per hour")
            .because("far above any bank or agency rate (the dearest agency doctors are about 150)");

    static final TableSpec POOL = TableSpec.of(
            "bank",
            List.of(
                    Column.code("worker_id", "pseudonymous id, unique"),
                    Column.code("home_org", "employing organisation (organisations.csv)"),
                    Column.text("roles", "roles they may work as, ;-separated (roles.csv)"),
                    Column.number(
                            "hours_per_week",
                            "hours offered in each week",
                            Bound.of(0, MAX_HOURS_PER_WEEK)
                                    .unit("hours")
                                    .because("beyond the Working Time Regulations' 48 hours with any overtime")),
                    Column.number("min_rate_gbp", "the least per hour they accept", RATE)));

    static final TableSpec SHIFTS = TableSpec.of(
            "shifts",
            List.of(
                    Column.code("shift_id", "unique id"),
                    Column.code("org_code", "organisation posting it (organisations.csv)"),
                    Column.number(
                            "week",
                            "week of the plan",
                            Bound.whole(1, 52).unit("weeks").because("a year of weeks")),
                    Column.code("role_code", "role needed (roles.csv)"),
                    Column.number(
                            "hours",
                            "hours to cover",
                            Bound.of(0.25, 10_000)
                                    .unit("hours")
                                    .because("a quarter of an hour is the least a shift covers; 10000 hours a week"
                                            + " is more than 250 full-time staff")),
                    Column.text("critical", "yes or no: critical hours are covered first"),
                    Column.number("offered_rate_gbp", "what the organisation offers a bank worker per hour", RATE),
                    Column.number("agency_rate_gbp", "what an agency charges per hour", RATE)));

    private BankFiles() {}

    public static List<BankWorker> readPool(Path file, SystemModel system) throws DatasetException {
        return readPool(file.getFileName().toString(), SideFile.bytes(file), system);
    }

    public static List<BankWorker> readPool(String name, byte[] content, SystemModel system) throws DatasetException {
        SystemCodes known = SystemCodes.of(system);
        return List.copyOf(SideFile.read(name, content, POOL, List.of("worker_id"), row -> {
            String id = row.personId("worker_id");
            String org = row.reference("home_org", known.organisations(), "organisation", false);
            Set<String> workerRoles = roles(row, known.roles());
            double hours = row.number("hours_per_week");
            double rate = row.number("min_rate_gbp");
            return row.ok() ? new BankWorker(id, org, workerRoles, hours, rate) : null;
        }));
    }

    public static List<BankShift> readShifts(Path file, SystemModel system) throws DatasetException {
        return readShifts(file.getFileName().toString(), SideFile.bytes(file), system);
    }

    public static List<BankShift> readShifts(String name, byte[] content, SystemModel system) throws DatasetException {
        SystemCodes known = SystemCodes.of(system);
        return List.copyOf(SideFile.read(name, content, SHIFTS, List.of("shift_id"), row -> {
            String id = row.code("shift_id");
            String org = row.reference("org_code", known.organisations(), "organisation", false);
            int week = row.integer("week");
            String role = row.reference("role_code", known.roles(), "role", false);
            double hours = row.number("hours");
            boolean critical = row.yesNo("critical");
            double offered = row.number("offered_rate_gbp");
            double agency = row.number("agency_rate_gbp");
            if (row.ok() && agency < offered) {
                row.error(
                        "agency_rate_gbp",
                        "the agency rate " + DataRow.format(agency) + " is below the offered bank rate "
                                + DataRow.format(offered) + "; agency is the dearer last resort");
            }
            return row.ok() ? new BankShift(id, org, week, role, hours, critical, offered, agency) : null;
        }));
    }

    private static Set<String> roles(DataRow row, Codes known) {
        Set<String> roles = new LinkedHashSet<>();
        String cell = row.text("roles");
        for (String part : cell.split(";")) {
            String role = part.strip();
            if (role.isEmpty()) continue;
            if (!known.contains(role)) {
                row.error("roles", "role " + DataRow.quote(role) + " is not in " + known.definedIn());
            } else if (!roles.add(role)) {
                row.error("roles", "role " + role + " is listed twice");
            }
        }
        if (roles.isEmpty() && !cell.isEmpty() && row.ok()) row.error("roles", "names no role; give at least one");
        return roles;
    }
}
