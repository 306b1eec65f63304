package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `skillmix winter`, `skillmix bank` and `skillmix mutual-aid` with a surge of extra demand, on the GM example. */
class WinterAndBankCommandTest {

    private static final Path EXAMPLES = CliTest.EXAMPLE.getParent().getParent().resolve("docs/examples/gm-winter");

    @TempDir
    Path tmp;

    private static double column(String line, int i) {
        return Double.parseDouble(line.split(",", -1)[i]);
    }

    @Test
    void winterWritesTheWeeklyPlanAndTheSurgeRaisesOnlyItsServiceAndWeeks() throws IOException {
        Path surge = Files.writeString(
                tmp.resolve("surge.csv"),
                "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,ALL,,2,2,10,%\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("winter");
        CliTest.Run r = CliTest.run(
                "winter",
                CliTest.EXAMPLE.toString(),
                "--surge",
                surge.toString(),
                "--from",
                "2026-12-07",
                "--weeks",
                "3",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        // the worst critical shortfalls by name beside code, as the file's rows give them
        assertThat(r.out()).contains("largest shortfalls in critical services:");
        assertThat(r.out().lines().filter(l -> l.startsWith("  week ")))
                .isNotEmpty()
                .allMatch(l ->
                        l.matches("  week \\d+ \\(from \\d{1,2} Dec 2026\\) .+ \\([A-Z0-9_-]+\\); .+ \\([A-Z0-9_]+\\);"
                                + " .+ \\([A-Z0-9_]+\\); .+ \\(E\\d{8}\\): [0-9.,]+ FTE short .*"));
        List<String> rows = Files.readAllLines(out.resolve("winter-plan.csv"));
        assertThat(rows.get(0))
                .isEqualTo("baseline,week,week_start,org_code,service_code,capability_code,place_code,"
                        + "baseline_demand_fte,demand_fte,supply_fte,shortfall_fte,critical,org_name,service_name,"
                        + "capability_name,place_name");
        int uec = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            double baseline = column(row, 7),
                    demand = column(row, 8),
                    supply = column(row, 9),
                    shortfall = column(row, 10);
            assertThat(c[0]).as(row).isEqualTo("funded-plan");
            boolean surged = c[1].equals("2") && c[4].equals("UEC");
            if (surged) uec++;
            // three decimals in the file: compare within rounding
            assertThat(demand).as(row).isCloseTo(surged ? baseline * 1.1 : baseline, within(0.002));
            assertThat(shortfall).as(row).isCloseTo(Math.max(0, demand - supply), within(0.002));
            if (c[4].equals("UEC")) assertThat(c[11]).isEqualTo("yes");
        }
        assertThat(uec).isPositive();
        // The terminal's week lines are the file's rows summed by week, with thousands separated.
        for (int week = 1; week <= 3; week++) {
            double[] sums = new double[4];
            for (String row : rows.subList(1, rows.size())) {
                if (!row.split(",", -1)[1].equals(String.valueOf(week))) continue;
                for (int m = 0; m < 4; m++) sums[m] += column(row, 7 + m);
            }
            // the week's first day in words: 7, 14 and 21 December 2026
            String start = String.format("%4d  %d Dec 2026 ", week, 7 * week);
            String line =
                    r.out().lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
            String[] figures = line.trim().split(" +");
            for (int m = 0; m < 4; m++) {
                assertThat(figures[4 + m]).as(line).matches("\\d{1,3}(,\\d{3})*\\.\\d");
                assertThat(Double.parseDouble(figures[4 + m].replace(",", "")))
                        .as(line)
                        .isCloseTo(sums[m], within(0.05 + 0.0005 * rows.size())); // a file's row holds 3 decimals
            }
        }
        assertThat(Files.readString(out.resolve("winter-plan.html")))
                .contains("echarts")
                .contains("Where and when the shortfalls fall");
    }

    /**
     * --baseline current-trends reaches the season's supply. Twenty months after the base month the two baselines'
     * staff differ (current trends grow the establishment at the historical rate, the funded plan at
     * establishment_growth) while the season's demand, which no baseline moves, is the same in total (a row's share
     * of a cell's demand is its organisation's share of the cell's supply, so rows may differ); in the base month
     * neither has acted yet, so the season is the same row for row (as base_gap.csv is, docs/outputs.md).
     */
    @Test
    void winterPlansTheSupplyOfTheBaselineAsked() throws IOException {
        List<String> funded = winter("2026-12-07", "funded-plan");
        List<String> trends = winter("2026-12-07", "current-trends");
        assertThat(trends.get(0)).isEqualTo(funded.get(0));
        assertThat(funded.subList(1, funded.size())).allMatch(row -> row.startsWith("funded-plan,"));
        assertThat(trends.subList(1, trends.size())).allMatch(row -> row.startsWith("current-trends,"));
        // three decimals a row: the totals agree within half a thousandth a row
        double rounding = 0.0005 * (funded.size() + trends.size());
        assertThat(total(trends, 8)).isCloseTo(total(funded, 8), within(rounding));
        assertThat(total(trends, 9)).isNotCloseTo(total(funded, 9), within(1.0));
        assertThat(Files.readString(tmp.resolve("winter-current-trends-2026-12-07/winter-plan.html")))
                .contains("winter plan from 7 December 2026 (current-trends baseline)");

        List<String> baseFunded = winter("2025-04-07", "funded-plan");
        List<String> baseTrends = winter("2025-04-07", "current-trends");
        for (int i = 1; i < baseFunded.size(); i++) {
            assertThat(baseTrends.get(i).substring("current-trends".length()))
                    .isEqualTo(baseFunded.get(i).substring("funded-plan".length()));
        }
    }

    /** A column summed over the file's rows. */
    private static double total(List<String> lines, int column) {
        return lines.subList(1, lines.size()).stream()
                .mapToDouble(row -> column(row, column))
                .sum();
    }

    /** winter-plan.csv's lines of a two-week season on the example from that day, on that baseline. */
    private List<String> winter(String from, String baseline) throws IOException {
        Path out = tmp.resolve("winter-" + baseline + "-" + from);
        CliTest.Run r = CliTest.run(
                "winter",
                CliTest.EXAMPLE.toString(),
                "--from",
                from,
                "--weeks",
                "2",
                "--baseline",
                baseline,
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("on the " + baseline + " baseline");
        return Files.readAllLines(out.resolve("winter-plan.csv"));
    }

    @Test
    void winterRefusesABadSurgeFileNamingRowAndColumnAndWritesNothing() throws IOException {
        Path surge = Files.writeString(
                tmp.resolve("surge.csv"),
                "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,ALL,,2,20,10,%\nNOPE,,,1,1,5,FTE\n");
        Path out = tmp.resolve("winter");
        CliTest.Run r = CliTest.run(
                "winter",
                CliTest.EXAMPLE.toString(),
                "--surge",
                surge.toString(),
                "--from",
                "2026-12-07",
                "--weeks",
                "4",
                "--out",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains(
                        "surge.csv:2:to_week: must be a whole number between 1 and 4 weeks, not 20: the plan has 4 weeks")
                .contains("surge.csv:3:service_code: service \"NOPE\" is not in services.csv");
        assertThat(out).doesNotExist();
    }

    @Test
    void mutualAidPlansAgainstTheWinterPlansShortfallsWhenGivenExtraDemand() throws IOException {
        Path staff = Files.writeString(
                tmp.resolve("staff.csv"),
                "staff_id,home_org,home_service,role,capabilities,fte,base_place,"
                        + "max_weeks_away,max_travel_km,passport_valid_until,willing\n"
                        + "NCA-001,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3;ACUTE_NURSING:2,1.0,E08000006,2,25,2027-03-31,yes\n");
        Path surge = Files.writeString(
                tmp.resolve("surge.csv"),
                "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,TRIAGE,,1,2,10,%\n");
        Path out = tmp.resolve("aid");
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
                "1",
                "--as-of",
                "2026-12-07");
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("surge given as extra demand").contains("over 2 weeks from 7 December 2026");
        List<String> cover = Files.readAllLines(out.resolve("cover.csv"));
        // Every row names the supply baseline first (the funded plan unless --baseline says otherwise), then the week.
        assertThat(cover.stream().skip(1)).allMatch(l -> l.startsWith("funded-plan,"));
        assertThat(cover)
                .anyMatch(l -> l.startsWith("funded-plan,1,") && l.contains(",UEC,TRIAGE,") && l.endsWith(",yes"));
        assertThat(cover.stream().skip(1).map(l -> l.split(",")[1]).distinct()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void bankFillsTheExampleShiftsAndTheCapNeverCostsMore() throws IOException {
        Path out = tmp.resolve("bank");
        CliTest.Run r = CliTest.run(
                "bank",
                CliTest.EXAMPLE.toString(),
                "--bank",
                EXAMPLES.resolve("bank.csv").toString(),
                "--shifts",
                EXAMPLES.resolve("shifts.csv").toString(),
                "--cap",
                "RN_ADULT=27,HCSW=15.5,CARE_WORKER=13",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out())
                .contains(
                        "caps: Registered nurse (adult) (RN_ADULT) at most GBP 27.00 an hour; Healthcare support"
                                + " worker (HCSW) at most GBP 15.50 an hour; Care worker (CARE_WORKER) at most GBP 13.00 an hour");
        List<String> cover = Files.readAllLines(out.resolve("bank-cover.csv"));
        double capped = 0, uncapped = 0, posted = 0, bank = 0, agency = 0;
        for (String row : cover.subList(1, cover.size())) {
            assertThat(column(row, 6) + column(row, 7)).as(row).isCloseTo(column(row, 4), within(0.011));
            assertThat(column(row, 9)).as(row).isLessThanOrEqualTo(column(row, 10));
            posted += column(row, 4);
            bank += column(row, 6);
            agency += column(row, 7);
            capped += column(row, 12);
            uncapped += column(row, 13);
        }
        assertThat(uncapped).isGreaterThanOrEqualTo(capped);
        // the terminal's hours are the shifts' sums, thousands separated
        assertThat(r.out())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "hours posted %,.1f: bank %,.1f (%.1f%%), agency %,.1f",
                        posted,
                        bank,
                        100 * bank / posted,
                        agency));
        // and the opening line counts the files' rows and the same hours, to the same tenth
        long workers = Files.readAllLines(EXAMPLES.resolve("bank.csv")).stream()
                        .filter(l -> !l.isBlank())
                        .count()
                - 1;
        long shifts = Files.readAllLines(EXAMPLES.resolve("shifts.csv")).stream()
                        .filter(l -> !l.isBlank())
                        .count()
                - 1;
        assertThat(r.out())
                .contains(String.format(
                        java.util.Locale.ROOT, "%d bank workers, %d shifts (%,.1f hours)", workers, shifts, posted));
        assertThat(Files.readAllLines(out.resolve("bank-fill-rate.csv")).get(0))
                .isEqualTo("org_code,week,posted_hours,bank_hours,agency_hours,fill_rate,org_name");
        assertThat(r.out()).contains("spend with the cap").contains("spend without the cap");
    }

    @Test
    void bankRefusesBadFilesWholeNamingRowAndColumn() throws IOException {
        Path pool = Files.writeString(
                tmp.resolve("bank.csv"),
                "worker_id,home_org,roles,hours_per_week,min_rate_gbp\n"
                        + "BK-1,R0A,RN_ADULT,20,22\nJane Smith,R0A,JUGGLER,90,22\n");
        Path shifts = Files.writeString(
                tmp.resolve("shifts.csv"),
                "shift_id,org_code,week,role_code,hours,critical,offered_rate_gbp,"
                        + "agency_rate_gbp\nS1,R0A,1,RN_ADULT,10,yes,30,25\n");
        Path out = tmp.resolve("bank");
        CliTest.Run r = CliTest.run(
                "bank",
                CliTest.EXAMPLE.toString(),
                "--bank",
                pool.toString(),
                "--shifts",
                shifts.toString(),
                "--out",
                out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("bank.csv:3:worker_id: \"Jane Smith\" contains a space")
                .contains("bank.csv:3:roles: role \"JUGGLER\" is not in roles.csv")
                .contains("bank.csv:3:hours_per_week: must be between 0 and 60 hours, not 90")
                .contains("shifts.csv:2:agency_rate_gbp: the agency rate 25 is below the offered bank rate 30");
        assertThat(out).doesNotExist();
    }
}
