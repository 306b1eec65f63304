package org.skillmix.app.web.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.run.AnalysisRunSettings;
import org.skillmix.app.web.run.ComparisonRunSettings;
import org.skillmix.app.web.run.MutualAidRunSettings;
import org.skillmix.app.web.run.PortfolioRunSettings;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunProgress;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunSettings;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.DatasetStore;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.SystemNames;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list of runs, rendered without a server or a database: the supply baseline column says of each kind of run
 * what is true of it. Only a projection writes run.json, so no other kind is sent there for its baseline. The kind
 * column names each kind as the other pages do (RunKind.words), not by its constant.
 */
@WebMvcTest(controllers = org.skillmix.app.web.run.RunPages.class)
@Import(SystemNames.class)
@AutoConfigureMockMvc(addFilters = false)
class RunPagesSliceTest extends SignedInSlice {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunService runs;

    @MockitoBean
    DatasetService datasets;

    /** Where SystemNames finds an ICS's newest dataset; the list names scenarios from the run's own dataset. */
    @MockitoBean
    DatasetStore store;

    static SystemModel gm;

    @BeforeAll
    static void readTheExample() throws Exception {
        gm = new DatasetReader().read(SliceFixtures.EXAMPLE);
    }

    /** Every run of {@link SliceFixtures#run} is of dataset 3: the shipped example. */
    @BeforeEach
    void datasetThreeIsTheExample() {
        when(datasets.model(3)).thenReturn(gm);
    }

    @Test
    void theBaselineColumnSaysWhereEachKindKeepsItsBaseline() throws Exception {
        when(runs.list(ANALYST))
                .thenReturn(List.of(
                        run(1, RunKind.PROJECTION, new ProjectionRunSettings("baseline", 10, 0, 1L, "current-trends")),
                        // Stored before V7, when the run row did not keep its baseline.
                        run(2, RunKind.PROJECTION, new ProjectionRunSettings("baseline", 10, 0, 1L, null)),
                        run(
                                3,
                                RunKind.COMPARISON,
                                new ComparisonRunSettings(
                                        "baseline", List.of("retain"), List.of(), null, 10, 0, 1L, null)),
                        // Stored before V24: it ran the funded plan.
                        run(4, RunKind.MUTUAL_AID, new MutualAidRunSettings(4, 30, null, 1L, null)),
                        run(5, RunKind.BOARD_PACK, new AnalysisRunSettings()),
                        run(6, RunKind.OPTIMISE, new PortfolioRunSettings(1L)),
                        run(7, RunKind.BANK, new AnalysisRunSettings())));
        String page = mvc.perform(get("/runs")).andReturn().getResponse().getContentAsString();
        assertThat(baselines(page))
                .containsExactly(
                        "Current trends",
                        "in run.json",
                        "in the comparison report",
                        "Funded plan",
                        "in the analysis settings",
                        "in the analysis settings",
                        "none");
    }

    @Test
    void theKindColumnNamesEachKindInTheAppsWords() throws Exception {
        when(runs.list(ANALYST))
                .thenReturn(List.of(
                        run(1, RunKind.PROJECTION, new ProjectionRunSettings("baseline", 10, 0, 1L, "current-trends")),
                        run(2, RunKind.MUTUAL_AID, new MutualAidRunSettings(4, 30, null, 1L, null)),
                        run(3, RunKind.OPTIMISE, new PortfolioRunSettings(1L)),
                        run(4, RunKind.BOARD_PACK, new AnalysisRunSettings())));
        String page = mvc.perform(get("/runs")).andReturn().getResponse().getContentAsString();
        assertThat(cells(page, "kind")).containsExactly("Projection", "Mutual-aid plan", "Portfolio", "Board pack");
    }

    /** Scenarios by the names interventions.csv gives them, beside their codes, as a run's own page says them. */
    @Test
    void theScenarioColumnNamesEachScenario() throws Exception {
        StoredDataset gm = new StoredDataset(
                3, "GM", "QOP", "NHS Greater Manchester", "example", "00", 10, 10, 10, 10, 10, 0, "ana", Instant.EPOCH);
        when(datasets.list(ANALYST)).thenReturn(List.of(gm));
        when(runs.list(ANALYST))
                .thenReturn(List.of(
                        run(1, RunKind.PROJECTION, new ProjectionRunSettings("retain", 10, 0, 1L, null)),
                        run(2, RunKind.PROJECTION, new ProjectionRunSettings("baseline", 10, 0, 1L, null)),
                        run(
                                3,
                                RunKind.COMPARISON,
                                new ComparisonRunSettings(
                                        "baseline", List.of("retain", "grow"), List.of(), null, 10, 0, 1L, null)),
                        run(4, RunKind.PROJECTION, new ProjectionRunSettings("gone", 10, 0, 1L, null)),
                        run(5, RunKind.OPTIMISE, new PortfolioRunSettings(1L))));
        String page = mvc.perform(get("/runs")).andReturn().getResponse().getContentAsString();
        assertThat(cells(page, "scenario"))
                .containsExactly(
                        "Keep the staff we have (retain)",
                        "baseline (no interventions)",
                        "Keep the staff we have (retain), Grow and reshape (grow) vs baseline",
                        "gone",
                        "");
    }

    /** A running projection's progress counts its draws as every other figure is written: 1,000, not 1000. */
    @Test
    void aRunningRunCountsItsDrawsWithThousandsSeparated() throws Exception {
        Run running = SliceFixtures.run(
                7,
                RunKind.PROJECTION,
                new ProjectionRunSettings("baseline", 10, 1_000, 1L, null),
                RunStatus.RUNNING,
                new RunProgress(250, 1_000, RunKind.PROJECTION.progressUnit(), 0));
        when(runs.get(ANALYST, 7)).thenReturn(running);
        String page = mvc.perform(get("/runs/7")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<span id=\"run-draws\">250 of 1,000 draws</span>");
    }

    private static List<String> baselines(String page) {
        return cells(page, "baseline");
    }

    private static List<String> cells(String page, String column) {
        Matcher m = Pattern.compile("<td class=\"" + column + "\">([^<]*)</td>").matcher(page);
        List<String> cells = new ArrayList<>();
        while (m.find()) cells.add(m.group(1));
        return cells;
    }

    private static Run run(long id, RunKind kind, RunSettings settings) {
        return SliceFixtures.run(
                id, kind, settings, RunStatus.SUCCEEDED, new RunProgress(1, 1, kind.progressUnit(), 0));
    }
}
