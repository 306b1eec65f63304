package org.skillmix.data.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.bank.BankFiles;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.fuzz.DocumentedRules.Interval;
import org.skillmix.data.mutualaid.StaffFile;
import org.skillmix.data.mutualaid.SurgeFile;

/**
 * The side files the fuzz test mutates, each with its reader and its rules as docs/mutual-aid.md,
 * docs/winter.md and docs/bank.md state them: the shipped winter example's surge (uplift form), bank and
 * shifts files, and a staff file and a shortfalls surge file for the same example (test resources).
 */
final class SideFiles {

    /** The plan's length the uplift form is read for. */
    static final int PLAN_WEEKS = 16;

    interface Reader {
        void read(byte[] content) throws DatasetException;
    }

    record Side(String name, byte[] content, FileRules rules, Reader reader) {

        InputFuzzTest.Outcome read(byte[] bytes) {
            try {
                reader.read(bytes == null ? new byte[0] : bytes);
                return new InputFuzzTest.Outcome(true, List.of());
            } catch (DatasetException e) {
                return new InputFuzzTest.Outcome(false, e.problems());
            }
        }
    }

    private final List<Side> all;

    SideFiles(SystemModel system, LocalDate asOf) throws IOException {
        Path winter = Path.of("..", "docs", "examples", "gm-winter");
        Path resources = Path.of("src", "test", "resources", "sidefiles");
        all = List.of(
                new Side(
                        "staff.csv",
                        Files.readAllBytes(resources.resolve("staff.csv")),
                        FileRules.side(
                                "staff.csv",
                                bounds(Map.of(
                                        "fte", closed(0, 2),
                                        "max_weeks_away", whole(0, 52),
                                        "max_travel_km", closed(0, 1000))),
                                Set.of("staff_id"),
                                Set.of(
                                        "home_org",
                                        "home_service",
                                        "role",
                                        "capabilities",
                                        "base_place",
                                        "passport_valid_until",
                                        "willing"),
                                Set.of(
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
                                        "willing")),
                        bytes -> StaffFile.read("staff.csv", bytes, system, asOf)),
                new Side(
                        "surge.csv (shortfalls)",
                        Files.readAllBytes(resources.resolve("shortfalls.csv")),
                        FileRules.side(
                                "surge.csv",
                                bounds(Map.of(
                                        "week",
                                        whole(1, 52),
                                        "shortfall_fte",
                                        new Interval(0, false, 10_000, false, false))),
                                Set.of(),
                                Set.of("org_code", "service_code", "capability_code", "critical"),
                                Set.of(
                                        "week",
                                        "org_code",
                                        "service_code",
                                        "capability_code",
                                        "shortfall_fte",
                                        "critical")),
                        bytes -> SurgeFile.read("surge.csv", bytes, system, asOf)),
                new Side(
                        "surge.csv (uplifts)",
                        Files.readAllBytes(winter.resolve("surge.csv")),
                        FileRules.side(
                                "surge.csv",
                                (row, column) -> switch (column) {
                                    case "from_week", "to_week" -> whole(1, PLAN_WEEKS);
                                    case "uplift" ->
                                        "fte".equalsIgnoreCase(row.get("unit"))
                                                ? new Interval(0, false, 100_000, false, false)
                                                : new Interval(0, false, 1_000, false, false);
                                    default -> null;
                                },
                                Set.of(),
                                Set.of("service_code", "capability_code", "place_code", "unit"),
                                Set.of("service_code", "capability_code", "from_week", "to_week", "uplift", "unit")),
                        bytes -> SurgeFile.readUplifts("surge.csv", bytes, system, PLAN_WEEKS)),
                new Side(
                        "bank.csv",
                        Files.readAllBytes(winter.resolve("bank.csv")),
                        FileRules.side(
                                "bank.csv",
                                bounds(Map.of("hours_per_week", closed(0, 60), "min_rate_gbp", closed(0, 1000))),
                                Set.of("worker_id"),
                                Set.of("home_org", "roles"),
                                Set.of("worker_id", "home_org", "roles", "hours_per_week", "min_rate_gbp")),
                        bytes -> BankFiles.readPool("bank.csv", bytes, system)),
                new Side(
                        "shifts.csv",
                        Files.readAllBytes(winter.resolve("shifts.csv")),
                        FileRules.side(
                                "shifts.csv",
                                bounds(Map.of(
                                        "week", whole(1, 52),
                                        "hours", closed(0.25, 10_000),
                                        "offered_rate_gbp", closed(0, 1000),
                                        "agency_rate_gbp", closed(0, 1000))),
                                Set.of("shift_id"),
                                Set.of("org_code", "role_code", "critical"),
                                Set.of(
                                        "shift_id",
                                        "org_code",
                                        "week",
                                        "role_code",
                                        "hours",
                                        "critical",
                                        "offered_rate_gbp",
                                        "agency_rate_gbp")),
                        bytes -> BankFiles.readShifts("shifts.csv", bytes, system)));
    }

    List<Side> all() {
        return all;
    }

    private static BiFunction<Map<String, String>, String, Interval> bounds(Map<String, Interval> byColumn) {
        return (row, column) -> byColumn.get(column);
    }

    private static Interval closed(double min, double max) {
        return new Interval(min, true, max, false, false);
    }

    private static Interval whole(int min, int max) {
        return new Interval(min, true, max, true, false);
    }
}
