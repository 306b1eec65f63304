package org.skillmix.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.CliTest.Run;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.data.dataset.DatasetReader;

/**
 * `skillmix discharge` on the published Greater Manchester series (skipped without ../shared/data) split into the
 * shipped example's places. Printed figures are checked against what can be worked by hand from the dataset.
 */
class DischargeCommandTest {
    private static final Path SHARED = CliTest.REPO.resolve("../shared/data").normalize();

    @TempDir
    Path tmp;

    private static final Pattern PLACE_ROW = Pattern.compile(
            "^  (E\\d{8}) +(\\S+) +([\\d.]+) +([\\d.]+) +([\\d.]+) +([\\d.]+) +(\\d+) +([\\d.]+)% +([\\d.]+)$",
            Pattern.MULTILINE);

    @Test
    void placesShareTheIcbByStaffAndTheExtraCareWorkersAnswerIsPrinted() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-discharge-criteria-to-reside")), "shared data absent");
        Run r = CliTest.run(
                "discharge",
                "--icb",
                "QOP",
                "--from",
                SHARED.toString(),
                "--dataset",
                CliTest.EXAMPLE.toString(),
                "--out",
                tmp.toString(),
                "--place",
                "manchester", // a name, in any case, reads as its code (E08000003 below)
                "--extra-care-workers",
                "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();

        // One FTE: 37.5 h x 0.75 / 7 days x 30% for discharge / (2 h x 42 days) = 0.014349 packages a day.
        assertThat(out)
                .contains(String.format("One care worker FTE = %.4f discharge packages", 37.5 * 0.75 / 7 * 0.3 / 84));

        // Homecare capacity shares: each place's care worker FTE in post less sickness over the ICB's (workforce.csv).
        SystemModel system = new DatasetReader().read(CliTest.EXAMPLE);
        Map<String, String> placeOf = new HashMap<>();
        for (Organisation o : system.organisations())
            if (o.sector() == Sector.ADULT_SOCIAL_CARE) placeOf.put(o.code(), o.placeCode());
        Map<String, Double> careWorkers = new HashMap<>();
        for (WorkforceLine w : system.workforce()) {
            if (placeOf.containsKey(w.orgCode()) && w.roleCode().equals("CARE_WORKER")) {
                careWorkers.merge(placeOf.get(w.orgCode()), w.fteInPost() * (1 - w.sicknessRate()), Double::sum);
            }
        }
        double total =
                careWorkers.values().stream().mapToDouble(Double::doubleValue).sum();
        Matcher m = PLACE_ROW.matcher(out);
        Map<String, double[]> rows = new LinkedHashMap<>();
        while (m.find()) {
            rows.put(m.group(1), new double[] {
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(9))
            });
        }
        assertThat(rows).hasSize(10);
        double arrivalShares = 0;
        double previous = Double.POSITIVE_INFINITY;
        for (var e : rows.entrySet()) {
            assertThat(e.getValue()[1]).as(e.getKey()).isCloseTo(careWorkers.get(e.getKey()) / total, within(0.0006));
            arrivalShares += e.getValue()[0];
            // Largest effect first: the first row is the binding place.
            assertThat(e.getValue()[2]).isLessThanOrEqualTo(previous);
            previous = e.getValue()[2];
        }
        assertThat(arrivalShares).isCloseTo(1, within(0.006));
        String first = rows.keySet().iterator().next();
        assertThat(out)
                .contains("Binding place: " + system.place(first).orElseThrow().name() + " (" + first + ")");
        // GM's backlog is a few % of the fitted K: the series cannot identify capacity, so no point value is given
        // as the answer, and the range from the structural prior is (issue 11, item 7).
        String worth = out.lines()
                .filter(l -> l.startsWith("What is a care worker FTE worth?"))
                .findFirst()
                .orElseThrow();
        assertThat(worth).contains("cannot identify").contains("not the answer");
        assertThat(out.lines()
                        .filter(l -> l.startsWith("Binding place: "))
                        .findFirst()
                        .orElseThrow())
                .doesNotContain("bed days a year at this fit")
                .contains("range below");
        assertThat(out)
                .containsPattern(
                        "FTE in Manchester \\(E08000003\\) save [\\d.,]+ bed days a year \\(P10 [\\d.,]+, P90 [\\d.,]+\\)");

        // Handover: England's 5,000 hours a day at 95% x the dataset's 2021 population / England's 56,490,048.
        int year = system.population().stream()
                .mapToInt(PopulationCount::year)
                .min()
                .orElseThrow();
        double population = system.population().stream()
                .filter(p -> p.year() == year)
                .mapToDouble(PopulationCount::persons)
                .sum();
        assertThat(out)
                .contains(String.format(
                        "Handover hours lost a day (assumed relation, docs/discharge.md): %.0f at 95%%",
                        5000 * population / 56_490_048.0));

        // The asked-for place: bed days saved = the difference of the two printed totals; a year = x 365 / 183 days
        // (Mar-Aug 2025 is 184 days; the last published day's arrivals are not known, as no count follows it).
        Matcher extra = Pattern.compile("bed days ([\\d.,]+) -> ([\\d.,]+) \\(([\\d.,]+) saved, ([\\d.,]+) a year\\)")
                .matcher(out.substring(out.indexOf("What do 50.0 more care workers in Manchester (E08000003)")));
        assertThat(extra.find()).isTrue();
        double before = grouped(extra.group(1));
        double after = grouped(extra.group(2));
        assertThat(extra.group(1)).matches("\\d{1,3}(,\\d{3})*\\.\\d"); // thousands separated
        assertThat(grouped(extra.group(3))).isCloseTo(before - after, within(0.11));
        assertThat(grouped(extra.group(4))).isCloseTo(grouped(extra.group(3)) * 365 / 183, within(0.11));
        assertThat(after).isLessThan(before);
        assertThat(Files.readString(tmp.resolve("discharge-fit.html")))
                .contains("Which place's social care staffing binds?")
                .contains("The published series cannot identify capacity, so these are the fitted capacity's figures")
                .contains("50.0 more care workers in Manchester");
    }

    @Test
    void aPlaceNeedsTheDatasetAndMustBeOneOfItsPlaces() {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-discharge-criteria-to-reside")), "shared data absent");
        Run noDataset = CliTest.run(
                "discharge",
                "--icb",
                "QOP",
                "--from",
                SHARED.toString(),
                "--out",
                tmp.toString(),
                "--place",
                "E08000003");
        assertThat(noDataset.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(noDataset.err())
                .contains("place E08000003 needs the system dataset (--dataset on the command line)");
        Run unknown = CliTest.run(
                "discharge",
                "--icb",
                "QOP",
                "--from",
                SHARED.toString(),
                "--dataset",
                CliTest.EXAMPLE.toString(),
                "--out",
                tmp.toString(),
                "--place",
                "E09000001");
        assertThat(unknown.exitCode()).isEqualTo(Subcommand.USAGE);
        assertThat(unknown.err()).contains("the dataset has no such place").contains("E08000010");
    }

    /**
     * An ICB of the April 2026 mergers (D7T5G: Mid and South Essex with Suffolk and North East Essex) is fitted to its
     * ICBs' patients together, so its mean arrivals are theirs added, up to the days on which one ICB's counts imply
     * fewer than no arrivals (floored at 0 for it alone, offset by the other in the sum): 479.1 against 254.2 + 225.5
     * a day on the training months, within 0.2%.
     */
    @Test
    void aMergedIcbIsFittedToItsIcbsTogether() {
        assumeTrue(Files.isDirectory(SHARED.resolve("nhs-discharge-criteria-to-reside")), "shared data absent");
        Map<String, Double> arrivals = new LinkedHashMap<>();
        for (String icb : new String[] {"D7T5G", "QH8", "QJG"}) {
            Run r = CliTest.run(
                    "discharge",
                    "--icb",
                    icb,
                    "--from",
                    SHARED.toString(),
                    "--out",
                    tmp.resolve(icb).toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            Matcher m = Pattern.compile("mean arrivals ([\\d.,]+)/day").matcher(r.out());
            assertThat(m.find()).as(r.out()).isTrue();
            arrivals.put(icb, grouped(m.group(1)));
            if (icb.equals("D7T5G"))
                assertThat(r.out())
                        .contains("NHS Mid and South Essex Integrated Care Board + NHS Suffolk and North East Essex");
        }
        double added = arrivals.get("QH8") + arrivals.get("QJG");
        assertThat(arrivals.get("D7T5G")).isLessThanOrEqualTo(added + 0.1).isCloseTo(added, within(0.002 * added));
    }

    private static double grouped(String figure) {
        return Double.parseDouble(figure.replace(",", ""));
    }
}
