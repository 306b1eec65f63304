package org.skillmix.app.web.slice;

import static org.mockito.Mockito.when;
import static org.skillmix.app.web.slice.SliceFixtures.ANALYST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.run.AnalysisRunSettings;
import org.skillmix.app.web.run.ComparisonRunSettings;
import org.skillmix.app.web.run.MutualAidRunSettings;
import org.skillmix.app.web.run.PortfolioRunSettings;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunController;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunProgress;
import org.skillmix.app.web.run.RunSeries;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.run.RunTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A run of each kind in the API's JSON, byte for byte: the pages' JavaScript, the browser tests and the API's users
 * read these names in this order. The expected strings were written from the flat run record's fields (one field per
 * setting of every kind, null or empty where the kind has none), so a change to how a run is held in Java cannot
 * change what the API says.
 */
@WebMvcTest(controllers = RunController.class)
@AutoConfigureMockMvc(addFilters = false)
class RunJsonSliceTest extends SignedInSlice {
    static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant STARTED = Instant.parse("2026-12-01T09:00:01Z");
    static final Instant FINISHED = Instant.parse("2026-12-01T09:02:30Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunService runs;

    private void answers(Run run, String json) throws Exception {
        when(runs.get(ANALYST, run.id())).thenReturn(run);
        mvc.perform(get("/api/runs/" + run.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(json));
    }

    @Test
    void aSucceededProjection() throws Exception {
        answers(
                new Run(
                        7,
                        RunKind.PROJECTION,
                        3,
                        "Greater Manchester",
                        "QOP",
                        "ana",
                        new ProjectionRunSettings("retain", 10, 1000, 20260401L, "funded-plan"),
                        RunStatus.SUCCEEDED,
                        new RunProgress(1000, 1000, "draws", 0),
                        null,
                        new RunSeries("2025-04", 120, 5400),
                        new RunTimes(CREATED, STARTED, FINISHED)),
                "{\"id\":7,\"kind\":\"PROJECTION\",\"datasetId\":3,\"datasetName\":\"Greater Manchester\","
                        + "\"icbCode\":\"QOP\",\"owner\":\"ana\",\"scenario\":\"retain\",\"scenarios\":[],"
                        + "\"targetCapabilities\":[],\"targetFte\":null,\"years\":10,\"draws\":1000,"
                        + "\"seed\":20260401,\"baseline\":\"funded-plan\",\"weeks\":null,\"seconds\":null,"
                        + "\"steps\":null,\"status\":\"SUCCEEDED\",\"progressDone\":1000,\"progressTotal\":1000,"
                        + "\"progressUnit\":\"draws\",\"queuePosition\":0,\"message\":null,\"baseMonth\":\"2025-04\","
                        + "\"months\":120,\"seriesCount\":5400,\"createdAt\":\"2026-12-01T09:00:00Z\","
                        + "\"startedAt\":\"2026-12-01T09:00:01Z\",\"finishedAt\":\"2026-12-01T09:02:30Z\","
                        + "\"percent\":100}");
    }

    /** A projection stored before V7 names its supply baseline only in its run.json. */
    @Test
    void aQueuedProjectionWithoutABaselineColumn() throws Exception {
        answers(
                new Run(
                        6,
                        RunKind.PROJECTION,
                        3,
                        "GM",
                        "QOP",
                        "ana",
                        new ProjectionRunSettings("baseline", 5, 0, 1L, null),
                        RunStatus.QUEUED,
                        new RunProgress(0, 1, "draws", 1),
                        null,
                        new RunSeries(null, null, null),
                        new RunTimes(CREATED, null, null)),
                "{\"id\":6,\"kind\":\"PROJECTION\",\"datasetId\":3,\"datasetName\":\"GM\",\"icbCode\":\"QOP\","
                        + "\"owner\":\"ana\",\"scenario\":\"baseline\",\"scenarios\":[],\"targetCapabilities\":[],"
                        + "\"targetFte\":null,\"years\":5,\"draws\":0,\"seed\":1,\"baseline\":null,\"weeks\":null,"
                        + "\"seconds\":null,\"steps\":null,\"status\":\"QUEUED\",\"progressDone\":0,"
                        + "\"progressTotal\":1,\"progressUnit\":\"draws\",\"queuePosition\":1,\"message\":null,"
                        + "\"baseMonth\":null,\"months\":null,\"seriesCount\":null,"
                        + "\"createdAt\":\"2026-12-01T09:00:00Z\",\"startedAt\":null,\"finishedAt\":null,"
                        + "\"percent\":0}");
    }

    @Test
    void aRunningComparison() throws Exception {
        answers(
                new Run(
                        8,
                        RunKind.COMPARISON,
                        3,
                        "GM",
                        "QOP",
                        "ana",
                        new ComparisonRunSettings(
                                "baseline",
                                List.of("retain", "recruit"),
                                List.of("ED", "ICU"),
                                25.5,
                                5,
                                400,
                                42L,
                                "current-trends"),
                        RunStatus.RUNNING,
                        new RunProgress(100, 400, "draws", 0),
                        null,
                        new RunSeries(null, null, null),
                        new RunTimes(CREATED, STARTED, null)),
                "{\"id\":8,\"kind\":\"COMPARISON\",\"datasetId\":3,\"datasetName\":\"GM\",\"icbCode\":\"QOP\","
                        + "\"owner\":\"ana\",\"scenario\":\"baseline\",\"scenarios\":[\"retain\",\"recruit\"],"
                        + "\"targetCapabilities\":[\"ED\",\"ICU\"],\"targetFte\":25.5,\"years\":5,\"draws\":400,"
                        + "\"seed\":42,\"baseline\":\"current-trends\",\"weeks\":null,\"seconds\":null,"
                        + "\"steps\":null,\"status\":\"RUNNING\",\"progressDone\":100,\"progressTotal\":400,"
                        + "\"progressUnit\":\"draws\",\"queuePosition\":0,\"message\":null,\"baseMonth\":null,"
                        + "\"months\":null,\"seriesCount\":null,\"createdAt\":\"2026-12-01T09:00:00Z\","
                        + "\"startedAt\":\"2026-12-01T09:00:01Z\",\"finishedAt\":null,\"percent\":25}");
    }

    @Test
    void aSucceededComparisonWithTheWholeTarget() throws Exception {
        answers(
                new Run(
                        5,
                        RunKind.COMPARISON,
                        3,
                        "GM",
                        "QOP",
                        "ana",
                        new ComparisonRunSettings(
                                "baseline", List.of("retain"), List.of(), 0.0, 10, 0, 9L, "funded-plan"),
                        RunStatus.SUCCEEDED,
                        new RunProgress(1, 1, "draws", 0),
                        null,
                        new RunSeries("2025-04", 120, 36),
                        new RunTimes(CREATED, STARTED, FINISHED)),
                "{\"id\":5,\"kind\":\"COMPARISON\",\"datasetId\":3,\"datasetName\":\"GM\",\"icbCode\":\"QOP\","
                        + "\"owner\":\"ana\",\"scenario\":\"baseline\",\"scenarios\":[\"retain\"],"
                        + "\"targetCapabilities\":[],\"targetFte\":0.0,\"years\":10,\"draws\":0,\"seed\":9,"
                        + "\"baseline\":\"funded-plan\",\"weeks\":null,\"seconds\":null,\"steps\":null,"
                        + "\"status\":\"SUCCEEDED\",\"progressDone\":1,\"progressTotal\":1,\"progressUnit\":\"draws\","
                        + "\"queuePosition\":0,\"message\":null,\"baseMonth\":\"2025-04\",\"months\":120,"
                        + "\"seriesCount\":36,\"createdAt\":\"2026-12-01T09:00:00Z\","
                        + "\"startedAt\":\"2026-12-01T09:00:01Z\",\"finishedAt\":\"2026-12-01T09:02:30Z\","
                        + "\"percent\":100}");
    }

    @Test
    void aRunningMutualAidPlan() throws Exception {
        answers(
                new Run(
                        9,
                        RunKind.MUTUAL_AID,
                        3,
                        "GM",
                        "QOP",
                        "ana",
                        new MutualAidRunSettings(4, 30, 5000, 20260401L, "current-trends"),
                        RunStatus.RUNNING,
                        new RunProgress(12, 30, "seconds", 0),
                        null,
                        new RunSeries(null, null, null),
                        new RunTimes(CREATED, STARTED, null)),
                "{\"id\":9,\"kind\":\"MUTUAL_AID\",\"datasetId\":3,\"datasetName\":\"GM\",\"icbCode\":\"QOP\","
                        + "\"owner\":\"ana\",\"scenario\":null,\"scenarios\":[],\"targetCapabilities\":[],"
                        + "\"targetFte\":null,\"years\":null,\"draws\":null,\"seed\":20260401,"
                        + "\"baseline\":\"current-trends\",\"weeks\":4,\"seconds\":30,\"steps\":5000,\"status\":\"RUNNING\",\"progressDone\":12,"
                        + "\"progressTotal\":30,\"progressUnit\":\"seconds\",\"queuePosition\":0,\"message\":null,"
                        + "\"baseMonth\":null,\"months\":null,\"seriesCount\":null,"
                        + "\"createdAt\":\"2026-12-01T09:00:00Z\",\"startedAt\":\"2026-12-01T09:00:01Z\","
                        + "\"finishedAt\":null,\"percent\":40}");
    }

    /**
     * Without steps the search stops by time only. A plan stored before mutual aid named its baseline (none in its
     * row) ran the funded plan, and says so.
     */
    @Test
    void aSucceededMutualAidPlanSearchedByTime() throws Exception {
        answers(
                new Run(
                        4,
                        RunKind.MUTUAL_AID,
                        3,
                        "GM",
                        "QOP",
                        "ana",
                        new MutualAidRunSettings(2, 10, null, 11L, null),
                        RunStatus.SUCCEEDED,
                        new RunProgress(10, 10, "seconds", 0),
                        null,
                        new RunSeries(null, null, null),
                        new RunTimes(CREATED, STARTED, FINISHED)),
                "{\"id\":4,\"kind\":\"MUTUAL_AID\",\"datasetId\":3,\"datasetName\":\"GM\",\"icbCode\":\"QOP\","
                        + "\"owner\":\"ana\",\"scenario\":null,\"scenarios\":[],\"targetCapabilities\":[],"
                        + "\"targetFte\":null,\"years\":null,\"draws\":null,\"seed\":11,\"baseline\":\"funded-plan\","
                        + "\"weeks\":2,\"seconds\":10,\"steps\":null,\"status\":\"SUCCEEDED\",\"progressDone\":10,"
                        + "\"progressTotal\":10,\"progressUnit\":\"seconds\",\"queuePosition\":0,\"message\":null,"
                        + "\"baseMonth\":null,\"months\":null,\"seriesCount\":null,"
                        + "\"createdAt\":\"2026-12-01T09:00:00Z\",\"startedAt\":\"2026-12-01T09:00:01Z\","
                        + "\"finishedAt\":\"2026-12-01T09:02:30Z\",\"percent\":100}");
    }

    @Test
    void aQueuedWinterPlan() throws Exception {
        answers(
                analysis(10, RunKind.WINTER, null, RunStatus.QUEUED, 0, 2, null, null, null),
                analysisJson(10, "WINTER", "null", "QUEUED", 0, 2, "null", "null", "null", 0));
    }

    @Test
    void aFailedBankFill() throws Exception {
        answers(
                analysis(11, RunKind.BANK, null, RunStatus.FAILED, 0, 0, "no worker ids", STARTED, FINISHED),
                analysisJson(
                        11,
                        "BANK",
                        "null",
                        "FAILED",
                        0,
                        0,
                        "\"no worker ids\"",
                        "\"2026-12-01T09:00:01Z\"",
                        "\"2026-12-01T09:02:30Z\"",
                        0));
    }

    @Test
    void aCancelledPortfolioKeepsItsSeed() throws Exception {
        answers(
                analysis(
                        12,
                        RunKind.OPTIMISE,
                        7L,
                        RunStatus.CANCELLED,
                        0,
                        0,
                        "cancelled before it started",
                        null,
                        FINISHED),
                analysisJson(
                        12,
                        "OPTIMISE",
                        "7",
                        "CANCELLED",
                        0,
                        0,
                        "\"cancelled before it started\"",
                        "null",
                        "\"2026-12-01T09:02:30Z\"",
                        0));
    }

    @Test
    void aSucceededDesignAndBoardPack() throws Exception {
        answers(
                analysis(13, RunKind.DESIGN, null, RunStatus.SUCCEEDED, 1, 0, null, STARTED, FINISHED),
                analysisJson(
                        13,
                        "DESIGN",
                        "null",
                        "SUCCEEDED",
                        1,
                        0,
                        "null",
                        "\"2026-12-01T09:00:01Z\"",
                        "\"2026-12-01T09:02:30Z\"",
                        100));
        answers(
                analysis(14, RunKind.BOARD_PACK, null, RunStatus.RUNNING, 0, 0, null, STARTED, null),
                analysisJson(14, "BOARD_PACK", "null", "RUNNING", 0, 0, "null", "\"2026-12-01T09:00:01Z\"", "null", 0));
    }

    /** A winter plan, bank fill, portfolio, design or board pack: one step of progress, only a portfolio's seed. */
    private static Run analysis(
            long id,
            RunKind kind,
            Long seed,
            RunStatus status,
            int done,
            int position,
            String message,
            Instant started,
            Instant finished) {
        return SliceFixtures.run(
                id,
                kind,
                seed == null ? new AnalysisRunSettings() : new PortfolioRunSettings(seed),
                status,
                new RunProgress(done, 1, "steps", position),
                message,
                new RunTimes(CREATED, started, finished));
    }

    private static String analysisJson(
            long id,
            String kind,
            String seed,
            String status,
            int done,
            int position,
            String message,
            String started,
            String finished,
            int percent) {
        return "{\"id\":" + id + ",\"kind\":\"" + kind + "\",\"datasetId\":3,\"datasetName\":\"GM\","
                + "\"icbCode\":\"QOP\",\"owner\":\"ana\",\"scenario\":null,\"scenarios\":[],"
                + "\"targetCapabilities\":[],\"targetFte\":null,\"years\":null,\"draws\":null,\"seed\":" + seed
                + ",\"baseline\":null,\"weeks\":null,\"seconds\":null,\"steps\":null,\"status\":\"" + status
                + "\",\"progressDone\":" + done + ",\"progressTotal\":1,\"progressUnit\":\"steps\","
                + "\"queuePosition\":" + position + ",\"message\":" + message + ",\"baseMonth\":null,"
                + "\"months\":null,\"seriesCount\":null,\"createdAt\":\"2026-12-01T09:00:00Z\",\"startedAt\":"
                + started + ",\"finishedAt\":" + finished + ",\"percent\":" + percent + "}";
    }
}
