package org.skillmix.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.core.mutualaid.Assignment;
import org.skillmix.core.mutualaid.Distances;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.HomeService;
import org.skillmix.core.mutualaid.MutualAidBound;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.MutualAidSolver;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.WinterPlan;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.staff.StaffFile;
import org.skillmix.data.staff.SurgeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `skillmix mutual-aid DATASET --staff STAFF.csv --surge SURGE.csv --out DIR`: who from which service covers
 * which shortfall of a surge, week by week, within every rule of docs/mutual-aid.md, with the bound that says
 * how far the plan's critical cover could at best still improve.
 */
@Command(name = "mutual-aid", mixinStandardHelpOptions = true,
        description = "Plan the redeployment of staff across a surge: who covers which shortfall, week by week.")
final class MutualAidCommand extends Subcommand {

    /** Distance assumed between two different places of the system (no geography in the dataset). */
    static final double KM_BETWEEN_PLACES = 15;

    @Parameters(index = "0", paramLabel = "DATASET", description = "dataset folder, .zip or .xlsx")
    Path dataset;

    @Option(names = "--staff", required = true, paramLabel = "STAFF.csv", description = "the staff file (pseudonymous ids)")
    Path staffFile;

    @Option(names = "--surge", required = true, paramLabel = "SURGE.csv", description = "the shortfalls, week by week, or extra demand (uplift form): then the shortfalls are the winter plan's")
    Path surgeFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for plan.csv, donor-losses.csv, cover.csv, plan.html")
    Path outDir;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "how long to search (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "first day of the surge (default today); week w ends on day 7w")
    String asOfText;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (seconds < 1) {
            err.println("--seconds must be at least 1, not " + seconds);
            return USAGE;
        }
        LocalDate asOf;
        try {
            asOf = asOfText == null ? LocalDate.now() : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            err.println("--as-of must be YYYY-MM-DD, got '" + asOfText + "'");
            return USAGE;
        }
        var read = readDataset(dataset);
        if (read.isEmpty()) return INVALID;
        SystemModel system = read.get().model();

        List<Problem> problems = new ArrayList<>();
        StaffFile.Staff staff = null;
        List<Shortfall> shortfalls = null;
        try {
            staff = StaffFile.read(staffFile, system, asOf);
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        SurgeFile.Surge surge = null;
        try {
            surge = SurgeFile.readEither(surgeFile, system, asOf);
            shortfalls = surge.shortfalls();
        } catch (DatasetException e) {
            problems.addAll(e.errors());
        }
        if (problems.isEmpty() && surge.upliftForm()) {
            // extra demand: plan aid against the winter plan's shortfalls over the weeks the surge reaches
            int upliftWeeks = SurgeFile.upliftWeeks(surge.uplifts());
            try {
                WinterPlan winter = new WinterPlanner(system).plan(asOf, upliftWeeks, surge.uplifts());
                shortfalls = winter.shortfalls().stream().filter(s -> !s.getOrgCode().isEmpty()).toList();
                out.printf("surge given as extra demand: %d shortfalls from the winter plan over %d weeks from %s%n",
                        shortfalls.size(), upliftWeeks, asOf);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                err.println("nothing was planned or written.");
                return INVALID;
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.printf("%d error%s: nothing was planned or written.%n", problems.size(), problems.size() == 1 ? "" : "s");
            return INVALID;
        }
        int weeks = SurgeFile.weeks(shortfalls);
        List<DonorService> donors = SurgeFile.donorsFromStaff(staff.willing(), system);
        MutualAidPlan problem = MutualAidPlan.of(staff.willing(), shortfalls, donors, distances(system), weeks);
        out.printf(Locale.ROOT, "%d willing staff (%d not willing left out), %d shortfalls over %d week%s from %s; %d donor services"
                        + " (floor %.0f%% of listed FTE, critical services protected)%n", staff.willing().size(), staff.notWilling(),
                shortfalls.size(), weeks, weeks == 1 ? "" : "s", asOf, donors.size(), SurgeFile.DEFAULT_FLOOR_SHARE * 100);
        out.printf("searching for %d s...%n", seconds);
        out.flush();

        long started = System.nanoTime();
        long[] lastPrinted = {0};
        MutualAidPlan plan = new MutualAidSolver(Duration.ofSeconds(seconds), null, null).solve(problem, best -> {
            long now = System.nanoTime();
            if (now - lastPrinted[0] < 1_000_000_000L) return;
            lastPrinted[0] = now;
            out.printf(Locale.ROOT, "  %5.1f s: critical covered %.2f FTE, other %.2f FTE%n", (now - started) / 1e9,
                    best.coveredCenti(true) / 100.0, best.coveredCenti(false) / 100.0);
            out.flush();
        });
        if (plan.getScore() != null && plan.getScore().hardScore(0) < 0) {
            err.println("the best plan found breaks a hard rule (" + plan.getScore() + "): nothing was written.");
            return PlainErrors.FAILED;
        }

        Files.createDirectories(outDir);
        writePlan(plan, outDir.resolve("plan.csv"));
        writeDonorLosses(plan, weeks, outDir.resolve("donor-losses.csv"));
        writeCover(plan, outDir.resolve("cover.csv"));
        Files.writeString(outDir.resolve("plan.html"), PlanHtml.render(system.info().name(), asOf, plan, weeks), StandardCharsets.UTF_8);

        long critical = plan.coveredCenti(true);
        long other = plan.coveredCenti(false);
        long bound = MutualAidBound.criticalCentiBound(plan);
        long gap = bound - critical;
        long moves = plan.getAssignments().stream().filter(Assignment::isAway).count();
        out.printf(Locale.ROOT, "%d person-weeks of aid; critical covered %.2f of %.2f FTE-weeks needed, other %.2f of %.2f%n",
                moves, critical / 100.0, needed(shortfalls, true) / 100.0, other / 100.0, needed(shortfalls, false) / 100.0);
        out.printf(Locale.ROOT, "bound on critical cover (LP): %.2f FTE-weeks%n", bound / 100.0);
        out.printf(Locale.ROOT, "gap: %.2f FTE-weeks (%.1f%% of the bound)%n", gap / 100.0, bound == 0 ? 0.0 : 100.0 * gap / bound);
        out.println("wrote plan.csv, donor-losses.csv, cover.csv and plan.html to " + outDir);
        return 0;
    }

    /** 0 km within a place, {@link #KM_BETWEEN_PLACES} between any two places of the system. */
    static Distances distances(SystemModel system) {
        Distances.Builder km = Distances.builder();
        List<Place> places = system.places();
        for (int i = 0; i < places.size(); i++) {
            for (int j = 0; j < i; j++) km.km(places.get(i).code(), places.get(j).code(), KM_BETWEEN_PLACES);
        }
        return km.build();
    }

    private static long needed(List<Shortfall> shortfalls, boolean critical) {
        return shortfalls.stream().filter(s -> s.isCritical() == critical).mapToLong(Shortfall::neededCenti).sum();
    }

    static List<Assignment> moves(MutualAidPlan plan) {
        return plan.getAssignments().stream().filter(Assignment::isAway)
                .sorted(Comparator.comparingInt(Assignment::getWeek).thenComparing(a -> a.getStaff().getId())).toList();
    }

    /** Hundredths of an FTE sent to each shortfall (may exceed what it needs). */
    static Map<Shortfall, Integer> sent(MutualAidPlan plan) {
        Map<Shortfall, Integer> sent = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.isAway()) sent.merge(a.getShortfall(), a.getStaff().fteCenti(), Integer::sum);
        }
        return sent;
    }

    /** Hundredths of an FTE lent by each donor service in each week. */
    static Map<String, Integer> lent(MutualAidPlan plan) {
        Map<String, Integer> lent = new HashMap<>();
        for (Assignment a : plan.getAssignments()) {
            if (a.isAway()) lent.merge(a.getWeek() + "|" + a.getStaff().getHome(), a.getStaff().fteCenti(), Integer::sum);
        }
        return lent;
    }

    static List<Shortfall> sortedShortfalls(MutualAidPlan plan) {
        return plan.getShortfalls().stream().sorted(Comparator.comparingInt(Shortfall::getWeek)
                .thenComparing(Shortfall::getOrgCode).thenComparing(Shortfall::getServiceCode)
                .thenComparing(Shortfall::getCapabilityCode)).toList();
    }

    private static void writePlan(MutualAidPlan plan, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("week,staff_id,from_org,from_service,to_org,to_service,capability,fte\n");
        for (Assignment a : moves(plan)) {
            Shortfall s = a.getShortfall();
            csv.append(a.getWeek()).append(',').append(cell(a.getStaff().getId())).append(',')
                    .append(cell(a.getStaff().getHomeOrg())).append(',').append(cell(a.getStaff().getHomeService())).append(',')
                    .append(cell(s.getOrgCode())).append(',').append(cell(s.getServiceCode())).append(',')
                    .append(cell(s.getCapabilityCode())).append(',').append(fte(a.getStaff().fteCenti())).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void writeDonorLosses(MutualAidPlan plan, int weeks, Path file) throws IOException {
        Map<String, Integer> lent = lent(plan);
        StringBuilder csv = new StringBuilder("week,org,service,staff_fte,lent_fte,floor_fte\n");
        List<DonorService> donors = plan.getDonors().stream().sorted(Comparator.comparing(DonorService::orgCode)
                .thenComparing(DonorService::serviceCode)).toList();
        for (int w = 1; w <= weeks; w++) {
            for (DonorService d : donors) {
                HomeService home = d.home();
                csv.append(w).append(',').append(cell(d.orgCode())).append(',').append(cell(d.serviceCode())).append(',')
                        .append(fte(Math.round(d.staffFte() * 100))).append(',').append(fte(lent.getOrDefault(w + "|" + home, 0)))
                        .append(',').append(fte(Math.round(d.minimumFte() * 100))).append('\n');
            }
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void writeCover(MutualAidPlan plan, Path file) throws IOException {
        Map<Shortfall, Integer> sent = sent(plan);
        StringBuilder csv = new StringBuilder("week,org,service,capability,shortfall_fte,covered_fte,critical\n");
        for (Shortfall s : sortedShortfalls(plan)) {
            csv.append(s.getWeek()).append(',').append(cell(s.getOrgCode())).append(',').append(cell(s.getServiceCode()))
                    .append(',').append(cell(s.getCapabilityCode())).append(',').append(fte(s.neededCenti())).append(',')
                    .append(fte(Math.min(s.neededCenti(), sent.getOrDefault(s, 0)))).append(',')
                    .append(s.isCritical() ? "yes" : "no").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    static String fte(long centi) {
        return String.format(Locale.ROOT, "%.2f", centi / 100.0);
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) return '"' + value.replace("\"", "\"\"") + '"';
        return value;
    }
}
