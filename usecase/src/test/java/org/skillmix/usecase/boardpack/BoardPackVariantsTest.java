package org.skillmix.usecase.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.usecase.boardpack.BoardPacks.ROOT;
import static org.skillmix.usecase.boardpack.BoardPacks.YEARS;
import static org.skillmix.usecase.boardpack.BoardPacks.gmWithoutInterventions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackPage;
import org.skillmix.data.boardpack.BoardPackSettings;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.Progress;

/**
 * Board packs made with other settings than {@link BoardPackTest}'s: from a run without draws, from a dataset
 * without interventions, and a small one whose progress is counted and whose work a cancel stops.
 */
class BoardPackVariantsTest {
    @TempDir
    Path temp;

    /**
     * A pack from a run without draws (the web makes a plan's pack from its run, which may have none) printed "P10
     * 17,680 to P90 17,680", "(17,680–17,680)" and "Reached in 9 draws out of 10": ranges and chances from draws
     * there were not. It says there is no range instead, and gives no chance; the bed days keep their range, which
     * comes from the discharge data's own uncertainty, not from the draws.
     */
    @Test
    void aPackFromARunWithoutDrawsSaysItHasNoRange() throws Exception {
        SystemModel model = new DatasetReader().read(ROOT.resolve("examples/greater-manchester"));
        BoardPack one = BoardPackAnalysis.of(
                model,
                new BoardPackSettings(YEARS, 0, 0, 20260401L, 2, Baseline.FUNDED_PLAN, null, 2, 0),
                null,
                Progress.NONE,
                line -> {});
        assertThat(one.recommended()).isNotEmpty();
        List<CqcEvidence.Statement> cqc = CqcEvidence.of(one, CqcEvidence.Records.NONE);
        String html = new BoardPackPage(one).render(cqc);
        assertThat(html)
                .contains("no range: one run at the most likely values")
                .doesNotContain("draws out of 10")
                .doesNotContain("Chance the average shortfall")
                .doesNotContain("the mean over the draws");
        // Bed days saved keep a true range: the prior's draws, not the run's.
        assertThat(html).containsPattern("P10 [0-9,]+ to P90 [0-9,]+</td>");
        assertThat(Pattern.compile("P10 ([0-9,]+) to P90 \\1\\b").matcher(html).find())
                .as("a P10 equal to its P90")
                .isFalse();
        assertThat(Pattern.compile("\\(([0-9,]+)–\\1\\)").matcher(html).find())
                .as("a range from a figure to itself")
                .isFalse();
        assertThat(cqc.get(0).evidence())
                .anyMatch(e -> e.startsWith("Projected average shortfall")
                        && e.contains("(no range: one run at the most likely values)"));
    }

    /**
     * An imported ICB's options are the importer's starter menu: the page says so beside the recommendation, and
     * only then. Either way the risks give what the portfolio closes whole beside its parts added up.
     */
    @Test
    void aPackOfStarterOptionsSaysTheyAreNotThePartners() throws Exception {
        SystemModel gm = new DatasetReader().read(ROOT.resolve("examples/greater-manchester"));
        BoardPackSettings settings = new BoardPackSettings(2, 0, 0, 1L, 1, Baseline.FUNDED_PLAN, null, 1, 0);
        BoardPack ownPack = BoardPackAnalysis.of(gm, settings, null, Progress.NONE, line -> {});
        String own = new BoardPackPage(ownPack).render(List.of());
        assertThat(own).doesNotContain("starter options");
        // the risks state what the overlap takes: the parts added up, and the whole at the same values
        var whole = ownPack.whole();
        assertThat(whole.closed()).isPositive().isNotEqualTo(whole.addedUp());
        assertThat(own)
                .contains(String.format(
                        Locale.UK,
                        "interventions add up to %,.0f FTE closed alone and close %,.0f together",
                        whole.addedUp(),
                        whole.closed()));
        List<Scenario> starters = gm.scenarios().stream()
                .map(sc -> new Scenario(
                        sc.code(),
                        sc.name(),
                        sc.interventions().stream()
                                .map(iv -> new Intervention(
                                        iv.code(),
                                        iv.kind(),
                                        iv.scope(),
                                        iv.targetSector(),
                                        iv.targetRole(),
                                        iv.capability(),
                                        iv.start(),
                                        iv.rampMonths(),
                                        iv.scale(),
                                        iv.courseMonths(),
                                        iv.effect(),
                                        iv.costFixedGbp(),
                                        iv.costPerUnitGbp(),
                                        Intervention.STARTER_SOURCE + ". " + iv.source(),
                                        iv.name()))
                                .toList()))
                .toList();
        BoardPack pack = BoardPackAnalysis.of(
                gm.toBuilder().scenarios(starters).build(), settings, null, Progress.NONE, line -> {});
        assertThat(pack.recommended()).isNotEmpty();
        assertThat(new BoardPackPage(pack).render(List.of()))
                .contains(pack.recommended().size() + " of them are the starter options Skillmix writes");
    }

    @Test
    void withoutInterventionsThePackSaysThereIsNothingToChooseFrom() throws Exception {
        SystemModel model = new DatasetReader().read(gmWithoutInterventions(temp.resolve("gm-bare")));
        BoardPack bare = BoardPackAnalysis.of(
                model,
                new BoardPackSettings(1, 0, 0, 1L, 1, Baseline.FUNDED_PLAN, null, 1, 0),
                null,
                Progress.NONE,
                line -> {});
        String html = new BoardPackPage(bare).render(CqcEvidence.of(bare, CqcEvidence.Records.NONE));
        assertThat(html).contains("The dataset has no interventions (interventions.csv)");
        assertThat(bare.recommended()).isEmpty();
    }

    @Test
    void progressCountsTheStepsAndACancelStopsTheWork() throws Exception {
        SystemModel model = new DatasetReader().read(ROOT.resolve("examples/greater-manchester"));
        BoardPackSettings small = new BoardPackSettings(1, 2, 1, 1L, 1, Baseline.FUNDED_PLAN, null, 1, 0);
        List<Integer> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        BoardPackAnalysis.of(model, small, null, (done, total) -> steps.add(done * 10 + total), line -> {});
        assertThat(steps).containsExactly(13, 23);
        Progress cancelled = new Progress() {
            @Override
            public void update(int done, int total) {}

            @Override
            public boolean cancelRequested() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BoardPackAnalysis.of(model, small, null, cancelled, line -> {}))
                .matches(e -> {
                    for (Throwable t = e; t != null; t = t.getCause())
                        if (t instanceof org.skillmix.usecase.Cancelled) return true;
                    return false;
                });
    }
}
