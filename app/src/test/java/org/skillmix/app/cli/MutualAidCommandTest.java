package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `skillmix mutual-aid` on the shipped Greater Manchester example, with a small staff and surge file. */
class MutualAidCommandTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final String STAFF_HEADER =
            "staff_id,home_org,home_service,role,capabilities,fte,base_place,max_weeks_away,"
                    + "max_travel_km,passport_valid_until,willing";
    private static final String SURGE_HEADER = "week,org_code,service_code,capability_code,shortfall_fte,critical";

    @TempDir
    Path tmp;

    private Path staffFile() throws IOException {
        StringBuilder csv = new StringBuilder(STAFF_HEADER).append('\n');
        // Northern Care Alliance acute inpatients (criticality high: may lend), all with passports.
        for (int i = 1; i <= 8; i++) {
            csv.append(String.format(
                    "NCA-%03d,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3;ACUTE_NURSING:2,1.0,E08000006,2,25,2027-03-31,yes%n", i));
        }
        // Stockport community nursing: half with a passport, half without (those may help only within RWJ).
        for (int i = 1; i <= 8; i++) {
            String passport = i % 2 == 0 ? "2027-03-31" : "";
            csv.append(String.format(
                    "SFT-%03d,RWJ,COMM_NURSING,RN_ADULT,WOUND:3;MEDS:2,1.0,E08000007,1,25,%s,yes%n", i, passport));
        }
        // A passport that ends in the middle of the surge: cannot cross organisations in week 2.
        csv.append("SFT-101,RWJ,COMM_NURSING,HCSW,PERSONAL:2;WOUND:1,0.6,E08000007,2,25,2026-12-10,yes\n");
        // Urgent and emergency care is critical: protected, does not lend.
        csv.append("MFT-001,R0A,UEC,RN_ADULT,TRIAGE:4,1.0,E08000003,2,25,2027-03-31,yes\n");
        csv.append("MFT-002,R0A,UEC,RN_ADULT,TRIAGE:4,1.0,E08000003,2,25,2027-03-31,no\n");
        Path file = tmp.resolve("staff.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Path surgeFile(String... rows) throws IOException {
        Path file = tmp.resolve("surge.csv");
        Files.writeString(file, SURGE_HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        return lines.stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> {
                    String[] cells = l.split(",", -1);
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.length ? cells[i] : "");
                    return row;
                })
                .toList();
    }

    @Test
    void plansTheSurgeWithinEveryPersonsCapabilitiesAndPassport() throws IOException {
        Path staff = staffFile();
        Path surge = surgeFile(
                "1,R0A,UEC,TRIAGE,2,yes",
                "2,R0A,UEC,TRIAGE,1.5,yes",
                "1,RWJ,ACUTE_IP,WOUND,1,no",
                "2,RM3,COMM_NURSING,WOUND,2,no",
                "2,RMC,UEC,EMERGENCY,1,yes");
        Path out = tmp.resolve("plan");

        CliTest.Run r = CliTest.run(
                "mutual-aid",
                CliTest.EXAMPLE.toString(),
                "--staff",
                staff.toString(),
                "--surge",
                surge.toString(),
                "--out",
                out.toString(),
                "--seconds",
                "2",
                "--as-of",
                AS_OF.toString());

        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        for (String name : List.of("plan.csv", "donor-losses.csv", "cover.csv", "plan.html")) {
            assertThat(out.resolve(name)).as(name).isRegularFile();
        }

        // Re-check every move against the staff file itself, not the solver's view of it.
        Map<String, Map<String, String>> people =
                readCsv(staff).stream().collect(Collectors.toMap(p -> p.get("staff_id"), p -> p));
        List<Map<String, String>> plan = readCsv(out.resolve("plan.csv"));
        assertThat(plan).as("someone can lawfully help").isNotEmpty();
        for (Map<String, String> move : plan) {
            Map<String, String> person = people.get(move.get("staff_id"));
            assertThat(person).as(move.toString()).isNotNull();
            assertThat(person.get("willing")).isEqualTo("yes");
            assertThat(move.get("from_org")).isEqualTo(person.get("home_org"));
            assertThat(move.get("from_service")).isEqualTo(person.get("home_service"));
            Set<String> held = Arrays.stream(person.get("capabilities").split(";"))
                    .map(c -> c.split(":")[0])
                    .collect(Collectors.toSet());
            assertThat(held).as("capability of " + move).contains(move.get("capability"));
            if (!move.get("to_org").equals(move.get("from_org"))) {
                String passport = person.get("passport_valid_until");
                assertThat(passport).as("passport of " + move).isNotEmpty();
                LocalDate weekEnds = AS_OF.plusDays(7L * Integer.parseInt(move.get("week")) - 1);
                assertThat(LocalDate.parse(passport)).as("passport of " + move).isAfterOrEqualTo(weekEnds);
            }
            assertThat(move.get("from_service"))
                    .as("critical UEC does not lend")
                    .isNotEqualTo("UEC");
        }

        List<Map<String, String>> cover = readCsv(out.resolve("cover.csv"));
        assertThat(cover).hasSize(5);
        for (Map<String, String> row : cover) {
            assertThat(Double.parseDouble(row.get("covered_fte")))
                    .as(row.toString())
                    .isBetween(0.0, Double.parseDouble(row.get("shortfall_fte")));
        }
        for (Map<String, String> row : readCsv(out.resolve("donor-losses.csv"))) {
            double staffFte = Double.parseDouble(row.get("staff_fte"));
            double lent = Double.parseDouble(row.get("lent_fte"));
            assertThat(staffFte - lent)
                    .as("floor of " + row)
                    .isGreaterThanOrEqualTo(Double.parseDouble(row.get("floor_fte")) - 1e-9);
        }

        String html = Files.readString(out.resolve("plan.html"));
        assertThat(html)
                .contains("@media print")
                .contains("Week 1")
                .contains("Week 2")
                .doesNotContain("<script");

        Matcher gap = Pattern.compile("gap: (-?[0-9.]+) FTE-weeks").matcher(r.out());
        assertThat(gap.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(gap.group(1))).isGreaterThanOrEqualTo(0.0);
        assertThat(r.out()).contains("bound on critical cover");
    }

    @Test
    void aBadSurgeFileIsRefusedByRowAndColumnAndNothingIsWritten() throws IOException {
        Path staff = staffFile();
        Path surge = surgeFile("1,R0A,UEC,TRIAGE,2,yes", "1,R0A,UEC,JUGGLING,1,yes", "0,R0A,UEC,TRIAGE,-1,yes");
        Path out = tmp.resolve("plan");

        CliTest.Run r = CliTest.run(
                "mutual-aid",
                CliTest.EXAMPLE.toString(),
                "--staff",
                staff.toString(),
                "--surge",
                surge.toString(),
                "--out",
                out.toString(),
                "--seconds",
                "2",
                "--as-of",
                AS_OF.toString());

        assertThat(r.exitCode()).isEqualTo(Subcommand.INVALID);
        assertThat(r.err())
                .contains("surge.csv:3:capability_code: capability \"JUGGLING\" is not in capabilities.csv")
                .contains("surge.csv:4:week:")
                .contains("surge.csv:4:shortfall_fte:")
                .contains("nothing was planned");
        assertThat(out.resolve("plan.csv")).doesNotExist();
    }

    /**
     * --baseline reaches the shortfalls of a surge given as extra demand: they are the winter plan's on that
     * baseline, and twenty months after GM's base month (2025-04) the current-trends establishment exceeds the funded
     * plan's while demand is the same (docs/winter.md), so each week's shortfall is smaller on current trends. Every
     * row of every file names the baseline, and the printable plan's title does.
     */
    @Test
    void currentTrendsPlansAgainstItsOwnShortfallsAndEveryFileNamesIt() throws IOException {
        Path staff = staffFile();
        Path surge = Files.writeString(
                tmp.resolve("uplift.csv"),
                "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,,,1,2,10,%\n");
        double[] funded = weeklyShortfall(plan(staff, surge, "funded-plan"), "funded-plan");
        double[] trends = weeklyShortfall(plan(staff, surge, "current-trends"), "current-trends");
        for (int w = 0; w < 2; w++) {
            assertThat(trends[w]).as("week %d", w + 1).isPositive().isLessThan(funded[w] - 100);
        }
    }

    /** A dataset without the trend rows is refused current trends with what is missing, and nothing is written. */
    @Test
    void currentTrendsIsRefusedOnADatasetWithoutTrendRows() throws IOException {
        Path noTrends = Files.createDirectories(tmp.resolve("no-trends"));
        try (var files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, noTrends.resolve(f.getFileName()));
            }
        }
        Path assumptions = noTrends.resolve("assumptions.csv");
        Files.write(
                assumptions,
                Files.readAllLines(assumptions).stream()
                        .filter(line -> !line.startsWith("trend_"))
                        .toList());
        Path out = tmp.resolve("refused");
        CliTest.Run r = CliTest.run(
                "mutual-aid",
                noTrends.toString(),
                "--staff",
                staffFile().toString(),
                "--surge",
                surgeFile("1,R0A,UEC,TRIAGE,2,yes").toString(),
                "--out",
                out.toString(),
                "--as-of",
                AS_OF.toString(),
                "--baseline",
                "current-trends");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Subcommand.USAGE);
        assertThat(r.err()).contains("assumptions.csv has no trend_establishment_growth row");
        assertThat(out).doesNotExist();
    }

    private Path plan(Path staff, Path surge, String baseline) {
        Path out = tmp.resolve(baseline);
        CliTest.Run r = CliTest.run(
                "mutual-aid",
                CliTest.EXAMPLE.toString(),
                "--staff",
                staff.toString(),
                "--surge",
                surge.toString(),
                "--out",
                out.toString(),
                "--seconds",
                "60",
                "--steps",
                "50",
                "--as-of",
                AS_OF.toString(),
                "--baseline",
                baseline);
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("from the winter plan on the " + baseline + " baseline");
        return out;
    }

    /**
     * The shipped example (docs/mutual-aid.md: 215 pseudonymous staff of 30 organisations, the winter example's surge):
     * every move is of a willing person, to a capability they hold, within the weeks they agreed to be away, and across
     * organisations only with a passport valid to the end of that week.
     */
    @Test
    void theShippedExampleKeepsEachPersonsAgreement() throws IOException {
        Path examples = CliTest.REPO.resolve("docs/examples/gm-winter");
        LocalDate first = LocalDate.of(2026, 11, 2);
        Path out = tmp.resolve("example");
        CliTest.Run r = CliTest.run(
                "mutual-aid",
                CliTest.EXAMPLE.toString(),
                "--staff",
                examples.resolve("staff.csv").toString(),
                "--surge",
                examples.resolve("surge.csv").toString(),
                "--as-of",
                first.toString(),
                "--seconds",
                "2",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        Map<String, Map<String, String>> people = new HashMap<>();
        for (Map<String, String> p : readCsv(examples.resolve("staff.csv"))) people.put(p.get("staff_id"), p);
        List<Map<String, String>> moves = readCsv(out.resolve("plan.csv"));
        assertThat(moves).isNotEmpty();
        Map<String, Set<String>> weeksAway = new HashMap<>();
        for (Map<String, String> m : moves) {
            Map<String, String> p = people.get(m.get("staff_id"));
            assertThat(p.get("willing")).as(m.toString()).isEqualTo("yes");
            assertThat(p.get("capabilities")).as(m.toString()).containsPattern("(^|;)" + m.get("capability") + ":");
            weeksAway
                    .computeIfAbsent(m.get("staff_id"), k -> new java.util.HashSet<>())
                    .add(m.get("week"));
            if (!m.get("to_org").equals(m.get("from_org"))) {
                LocalDate weekEnds = first.plusDays(7L * Integer.parseInt(m.get("week")) - 1);
                assertThat(p.get("passport_valid_until")).as(m.toString()).isNotEmpty();
                assertThat(LocalDate.parse(p.get("passport_valid_until")))
                        .as(m.toString())
                        .isAfterOrEqualTo(weekEnds);
            }
        }
        weeksAway.forEach((id, weeks) -> assertThat(weeks.size())
                .as(id)
                .isLessThanOrEqualTo(Integer.parseInt(people.get(id).get("max_weeks_away"))));
    }

    /** cover.csv's shortfall FTE week by week, after checking that every row of every file names the baseline. */
    private static double[] weeklyShortfall(Path out, String baseline) throws IOException {
        for (String name : List.of("plan.csv", "donor-losses.csv", "cover.csv")) {
            List<String> rows = Files.readAllLines(out.resolve(name));
            assertThat(rows.get(0)).as(name).startsWith("baseline,week,");
            assertThat(rows.subList(1, rows.size()))
                    .as(name)
                    .isNotEmpty()
                    .allMatch(row -> row.startsWith(baseline + ","));
        }
        assertThat(Files.readString(out.resolve("plan.html"))).contains("(" + baseline + " baseline)</title>");
        double[] weeks = new double[2];
        for (Map<String, String> row : readCsv(out.resolve("cover.csv"))) {
            weeks[Integer.parseInt(row.get("week")) - 1] += Double.parseDouble(row.get("shortfall_fte"));
        }
        return weeks;
    }
}
