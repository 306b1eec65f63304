package org.skillmix.data.staff;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillmix.core.bank.BankShift;
import org.skillmix.core.bank.BankWorker;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;

/**
 * The collaborative bank's two files (docs/bank.md): the pool of bank workers (pseudonymous ids) and the
 * shifts organisations post. Checked against a system and read whole or not at all, every problem named by
 * file, row and column.
 */
public final class BankFiles {

    static final List<String> POOL_COLUMNS =
            List.of("worker_id", "home_org", "roles", "hours_per_week", "min_rate_gbp");
    static final List<String> SHIFT_COLUMNS = List.of(
            "shift_id", "org_code", "week", "role_code", "hours", "critical", "offered_rate_gbp", "agency_rate_gbp");
    static final double MAX_RATE = 1000;
    static final double MAX_HOURS_PER_WEEK = 60;
    private static final Pattern NHS_NUMBER = Pattern.compile("\\d{3}[ -]?\\d{3}[ -]?\\d{4}");

    private BankFiles() {}

    public static List<BankWorker> readPool(Path file, SystemModel system) throws DatasetException {
        String name = file.getFileName().toString();
        try (Reader text = CsvRows.open(file)) {
            return readPool(name, text, system);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    public static List<BankWorker> readPool(String name, Reader text, SystemModel system) throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        List<BankWorker> pool = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        CsvRows.read(name, text, POOL_COLUMNS, problems, row -> {
            String id = row.text("worker_id");
            if (!id.isEmpty()) {
                if (NHS_NUMBER.matcher(id).matches()) {
                    row.error(
                            "worker_id",
                            "'" + id + "' looks like an NHS number; use a pseudonymous id (no names or real numbers)");
                } else if (id.contains(" ")) {
                    row.error(
                            "worker_id",
                            "'" + id + "' contains a space (a name?); use a pseudonymous id without spaces");
                }
                Integer first = firstRow.putIfAbsent(id, row.number);
                if (first != null) row.error("worker_id", "duplicate id '" + id + "' (first on row " + first + ")");
            }
            String org = row.code(
                    "home_org", "organisation", c -> system.organisation(c).isPresent());
            Set<String> roles = new LinkedHashSet<>();
            for (String role : row.text("roles").split(";")) {
                role = role.strip();
                if (role.isEmpty()) continue;
                if (system.role(role).isEmpty()) row.error("roles", "unknown role '" + role + "' (not in roles.csv)");
                else if (!roles.add(role)) row.error("roles", "role '" + role + "' listed twice");
            }
            double hours = row.number("hours_per_week", 0, MAX_HOURS_PER_WEEK);
            double rate = row.number("min_rate_gbp", 0, MAX_RATE);
            if (row.ok) pool.add(new BankWorker(id, org, roles, hours, rate));
        });
        if (problems.stream().anyMatch(Problem::isError)) throw new DatasetException(name, problems);
        return List.copyOf(pool);
    }

    public static List<BankShift> readShifts(Path file, SystemModel system) throws DatasetException {
        String name = file.getFileName().toString();
        try (Reader text = CsvRows.open(file)) {
            return readShifts(name, text, system);
        } catch (IOException e) {
            throw new DatasetException(name, List.of(Problem.error(name, 0, "", "cannot be read: " + e.getMessage())));
        }
    }

    public static List<BankShift> readShifts(String name, Reader text, SystemModel system) throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        List<BankShift> shifts = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        CsvRows.read(name, text, SHIFT_COLUMNS, problems, row -> {
            String id = row.text("shift_id");
            if (!id.isEmpty()) {
                Integer first = firstRow.putIfAbsent(id, row.number);
                if (first != null) row.error("shift_id", "duplicate id '" + id + "' (first on row " + first + ")");
            }
            String org = row.code(
                    "org_code", "organisation", c -> system.organisation(c).isPresent());
            String role = row.code("role_code", "role", c -> system.role(c).isPresent());
            double week = row.number("week", 1, 52);
            if (row.ok && week != Math.rint(week))
                row.error("week", "must be a whole week number 1-52, not " + row.optional("week"));
            double hours = row.number("hours", 0.25, 10_000);
            boolean critical = row.yesNo("critical");
            double offered = row.number("offered_rate_gbp", 0, MAX_RATE);
            double agency = row.number("agency_rate_gbp", 0, MAX_RATE);
            if (row.ok && agency < offered) {
                row.error(
                        "agency_rate_gbp",
                        "the agency rate " + row.optional("agency_rate_gbp") + " is below the offered bank rate "
                                + row.optional("offered_rate_gbp") + "; agency is the dearer last resort");
            }
            if (row.ok) shifts.add(new BankShift(id, org, (int) week, role, hours, critical, offered, agency));
        });
        if (problems.stream().anyMatch(Problem::isError)) throw new DatasetException(name, problems);
        return List.copyOf(shifts);
    }
}
