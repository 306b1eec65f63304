package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.CliTest.Run;
import org.skillmix.core.system.ReservedCapability;
import org.skillmix.core.system.Supervision;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * `skillmix design` on the Greater Manchester example: the design keeps the licensed professions, no role grows past
 * its limit, and the scope-of-practice rules of the dataset hold in what it writes, checked from design.csv and
 * design-supervision.csv against the dataset's rules, not against the LP's own figures.
 */
class DesignCommandTest {
    @TempDir
    Path tmp;

    @Test
    void greaterManchesterDesignKeepsTheProfessionsWithinTheirLimits() throws Exception {
        Run r = CliTest.run("design", CliTest.EXAMPLE.toString(), "--year", "2030", "--out", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "Workforce design for",
                        "2030/31",
                        "Least-cost mix: proven the best (OPTIMAL)",
                        "Reserved:",
                        "Supervision:");
        // reserved_capabilities.csv's licensed roles by the names roles.csv gives them, as every other line
        assertThat(r.out())
                .containsPattern("Reserved: Medical assessment, diagnosis and treatment \\d+% by Hospital doctor \\(all"
                        + " grades\\), General practitioner \\(at least 90%\\)");

        Map<String, double[]> roles = new HashMap<>(); // today, design, upper
        Map<String, Map<String, Double>> bySector = new HashMap<>();
        List<String> lines = Files.readAllLines(tmp.resolve("design.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] all = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            assertThat(all[0]).as(line).isEqualTo("funded-plan");
            String[] cells = java.util.Arrays.copyOfRange(all, 1, all.length);
            if (cells[2].equals("ALL")) {
                roles.put(cells[0], new double[] {
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[6])
                });
            } else {
                bySector.computeIfAbsent(cells[0], k -> new HashMap<>()).put(cells[2], Double.parseDouble(cells[4]));
            }
        }
        for (String kept : List.of("DOCTOR", "GP", "PARAMEDIC", "RN_ADULT", "RN_MH")) {
            assertThat(roles.get(kept)[1])
                    .as("%s keeps at least half of today's FTE", kept)
                    .isGreaterThan(0.5 * roles.get(kept)[0]);
        }
        roles.forEach((role, v) -> assertThat(v[1]).as(role).isLessThanOrEqualTo(v[2] + 0.1));

        SystemModel gm = new DatasetReader().read(CliTest.EXAMPLE);
        // Supervision, from supervision.csv's ratios: every supervised FTE has a supervisor in its sector, and each
        // supervisor role's places there (sum of supervised FTE / ratio) fit within its FTE in that sector.
        Map<String, Double> supervised = new HashMap<>();
        Map<String, Double> placesUsed = new HashMap<>();
        List<String> sup = Files.readAllLines(tmp.resolve("design-supervision.csv"));
        for (String line : sup.subList(1, sup.size())) {
            assertThat(line).startsWith("funded-plan,");
            String[] c = line.substring(line.indexOf(',') + 1).split(",");
            assertThat(c[1]).as("nobody is left without a supervisor: %s", line).isNotEqualTo("NONE");
            double fte = Double.parseDouble(c[3]);
            supervised.merge(c[0] + "@" + c[2], fte, Double::sum);
            double ratio = gm.supervision().stream()
                    .filter(x ->
                            x.roleCode().equals(c[0]) && x.supervisorRoleCode().equals(c[1]))
                    .mapToDouble(Supervision::maxSuperviseesPerFte)
                    .findFirst()
                    .orElseThrow();
            placesUsed.merge(c[1] + "@" + c[2], fte / ratio, Double::sum);
        }
        placesUsed.forEach((post, used) -> {
            String[] p = post.split("@");
            assertThat(used).as(post).isLessThanOrEqualTo(bySector.get(p[0]).get(p[1]) + 0.2);
        });
        for (Supervision rule : gm.supervision()) {
            bySector.getOrDefault(rule.roleCode(), Map.of())
                    .forEach((sector, fte) -> assertThat(supervised.getOrDefault(rule.roleCode() + "@" + sector, 0.0))
                            .as("%s in %s", rule.roleCode(), sector)
                            .isCloseTo(fte, org.assertj.core.api.Assertions.within(0.2)));
        }
        // Reserved capabilities: the printed share of each is at least its minimum.
        assertThat(r.out().lines().filter(l -> l.startsWith("Reserved:")).count())
                .isEqualTo(gm.reservedCapabilities().stream()
                        .map(ReservedCapability::capabilityCode)
                        .distinct()
                        .count());
        for (String line :
                r.out().lines().filter(l -> l.startsWith("Reserved:")).toList()) {
            var m = java.util.regex.Pattern.compile(" (\\d+)% by .* \\(at least (\\d+)%\\)")
                    .matcher(line);
            assertThat(m.find()).as(line).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(line).isGreaterThanOrEqualTo(Integer.parseInt(m.group(2)));
        }
    }

    /**
     * The design's labour pools are the baseline's. The example with RN_ADULT's historical intake
     * (trend_labour_pool_annual) set to 2,000 a year where its labour_pool_annual is P (3,918 on 7 December 2026):
     * by March 2031, 6.0 years from April 2025, the role's upper limit on current trends is 6.0 x (P - 2,000) FTE
     * below the funded plan's, today's FTE the same.
     */
    @Test
    void theDesignsLimitsTakeTheBaselinesLabourPool() throws Exception {
        Path gm = Files.createDirectories(tmp.resolve("gm"));
        try (var files = Files.list(CliTest.EXAMPLE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList())
                Files.copy(f, gm.resolve(f.getFileName()));
        }
        Path assumptions = gm.resolve("assumptions.csv");
        int pool = Files.readAllLines(assumptions).stream()
                .filter(l -> l.startsWith("labour_pool_annual,RN_ADULT,"))
                .map(l -> Integer.parseInt(l.split(",")[3]))
                .findFirst()
                .orElseThrow();
        List<String> lines = Files.readAllLines(assumptions).stream()
                .map(l -> l.startsWith("trend_labour_pool_annual,RN_ADULT,")
                        ? "trend_labour_pool_annual,RN_ADULT,1800,2000,2200,people/year,test: a smaller intake"
                        : l)
                .toList();
        assertThat(lines)
                .contains("trend_labour_pool_annual,RN_ADULT,1800,2000,2200,people/year,test: a smaller intake");
        Files.write(assumptions, lines);

        String[] funded = rnAdult(gm, "funded-plan");
        String[] trends = rnAdult(gm, "current-trends");
        assertThat(funded[0]).isEqualTo("funded-plan");
        assertThat(trends[0]).isEqualTo("current-trends");
        assertThat(trends[4]).as("today's FTE").isEqualTo(funded[4]);
        assertThat(Double.parseDouble(funded[7]) - Double.parseDouble(trends[7]))
                .as("upper_fte")
                .isCloseTo(6.0 * (pool - 2000), org.assertj.core.api.Assertions.within(0.11));
        assertThat(trends[10]).contains("historical intake 2,000");
        assertThat(funded[10]).contains(String.format(java.util.Locale.UK, "labour pool %,d", pool));
    }

    /** design.csv's RN_ADULT row for the whole role, by column, on that baseline; the command says the baseline. */
    private String[] rnAdult(Path dataset, String baseline) throws Exception {
        Path out = tmp.resolve("design-" + baseline);
        Run r = CliTest.run(
                "design", dataset.toString(), "--year", "2030", "--baseline", baseline, "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2030/31 (" + baseline + " baseline)");
        assertThat(Files.readAllLines(out.resolve("design-supervision.csv")).subList(1, 2))
                .allMatch(line -> line.startsWith(baseline + ","));
        return Files.readAllLines(out.resolve("design.csv")).stream()
                .filter(line -> line.startsWith(baseline + ",RN_ADULT,") && line.contains(",ALL,"))
                .findFirst()
                .orElseThrow()
                .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    }
}
