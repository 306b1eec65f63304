package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The what-if preview and its queued full run, through the API: figures, validation and access. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String VIEWER = "viewer-what-if";
    static final String LEAD = "lead-what-if";
    static final String OTHER = "analyst-what-if-other";
    static final String PASSWORD = "a-long-password-2";

    long datasetId;
    long runId;

    @BeforeAll
    void aDeterministicRunOfAScenario() throws Exception {
        long exampleId = 0;
        for (JsonNode d : get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        }
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "R0A");
        account(OTHER, PASSWORD, "ANALYST", "QE1", null);
        Response edited = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + exampleId + "/scenarios/" + ScenarioApiTest.SCENARIO + "/interventions",
                ScenarioApiTest.flexibleWorking("flex"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        datasetId = edited.json().get("id").asLong();
        Response created = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/runs",
                Map.of("datasetId", datasetId, "years", 2, "draws", 0, "scenario", ScenarioApiTest.SCENARIO));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runId = created.json().get("id").asLong();
        JsonNode run = awaitRun(ADMIN, ADMIN_PASSWORD, runId, s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
    }

    String whatIf() {
        return "/api/runs/" + runId + "/what-if";
    }

    @Test
    void withoutAChangeThePreviewIsTheRunsOwnGapAndARaisedLevelClosesMore() throws Exception {
        Response same = postJson(VIEWER, PASSWORD, whatIf(), Map.of());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        JsonNode preview = same.json();
        assertThat(preview.get("label").asText()).isEqualTo("Preview — deterministic, no uncertainty");
        assertThat(preview.get("levels").get("flex").asDouble()).isEqualTo(0.5);
        JsonNode gap = get(VIEWER, PASSWORD, "/api/runs/" + runId + "/series?measure=gap_fte")
                .json()
                .get("mean");
        for (int y = 0; y < 2; y++) {
            double mean = 0;
            for (int m = 0; m < 12; m++) mean += gap.get(y * 12 + m).asDouble() / 12;
            JsonNode year = preview.get("years").get(y);
            assertThat(year.get("gapFte").asDouble()).as("year " + (y + 1)).isCloseTo(mean, within(1e-6));
            assertThat(year.get("totalCostGbp").asDouble())
                    .isCloseTo(
                            year.get("payCostGbp").asDouble()
                                    + year.get("programmeCostGbp").asDouble(),
                            within(1e-3));
        }
        assertThat(preview.get("years").get(0).get("from").asText()).isEqualTo(gapMonth0());

        JsonNode more = postJson(VIEWER, PASSWORD, whatIf(), Map.of("levels", Map.of("flex", 1.0)))
                .json();
        assertThat(more.get("years").get(1).get("gapFte").asDouble())
                .isLessThan(preview.get("years").get(1).get("gapFte").asDouble());
        assertThat(more.get("years").get(1).get("programmeCostGbp").asDouble())
                .isGreaterThan(
                        preview.get("years").get(1).get("programmeCostGbp").asDouble());
    }

    private String gapMonth0() throws Exception {
        return get(VIEWER, PASSWORD, "/api/runs/" + runId + "/series?measure=gap_fte")
                .json()
                .get("months")
                .get(0)
                .asText();
    }

    @Test
    void aChangeOutOfBoundsIsA400NamingTheField() throws Exception {
        Response factor = postJson(ADMIN, ADMIN_PASSWORD, whatIf(), Map.of("leaverRateFactor", 2));
        assertThat(factor.status()).as(factor.body()).isEqualTo(400);
        assertThat(factor.body()).contains("leaverRateFactor").contains("0.5 to 1.5");
        Response negative = postJson(ADMIN, ADMIN_PASSWORD, whatIf(), Map.of("levels", Map.of("flex", -1)));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.body()).contains("0 to 1,000,000").doesNotContain("<map value>");
        assertThat(negative.json().get("field").asText()).isEqualTo("levels[flex]");
        Response unknown = postJson(ADMIN, ADMIN_PASSWORD, whatIf(), Map.of("levels", Map.of("teleport", 1)));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("levels");
        assertThat(unknown.body()).contains("no intervention teleport");
    }

    @Test
    void anotherIcsIsRefusedAndOnlyAnAnalystQueuesTheFullRun() throws Exception {
        // Another ICS's run is "not found", as a missing one is.
        assertThat(postJson(OTHER, PASSWORD, whatIf(), Map.of()).status()).isEqualTo(404);
        Response lead = postJson(LEAD, PASSWORD, whatIf(), Map.of());
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        JsonNode leadYear = lead.json().get("years").get(0);
        // A lead sees the system's totals unless small-number suppression hides them, and then says why.
        assertThat(
                        lead.json().get("hidden").isNull()
                                ? leadYear.get("gapFte").isNumber()
                                : leadYear.get("gapFte").isNull())
                .isTrue();
        assertThat(postJson(VIEWER, PASSWORD, whatIf() + "/run", Map.of()).status())
                .isEqualTo(403);
        Response queued =
                postJson(ADMIN, ADMIN_PASSWORD, whatIf() + "/run", Map.of("levels", Map.of("flex", 0.8), "draws", 3));
        assertThat(queued.status()).as(queued.body()).isEqualTo(201);
        JsonNode run = queued.json();
        assertThat(run.get("draws").asInt()).isEqualTo(3);
        assertThat(run.get("scenario").asText()).isEqualTo(ScenarioApiTest.SCENARIO);
        assertThat(run.get("datasetId").asLong()).isNotEqualTo(datasetId);
        JsonNode scenario = get(
                        ADMIN,
                        ADMIN_PASSWORD,
                        "/api/datasets/" + run.get("datasetId").asLong() + "/scenarios/" + ScenarioApiTest.SCENARIO)
                .json();
        assertThat(scenario.get("interventions").get(0).get("scale").asDouble()).isEqualTo(0.8);
        // The new version says what changed as the panel writes it, not as Java writes a map of doubles.
        assertThat(get(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + run.get("datasetId").asLong())
                        .json()
                        .get("sourceName")
                        .asText())
                .isEqualTo("dataset " + datasetId + ", what-if of run " + runId
                        + ": levels: Flexible working offer (flex) 0.8 share of staff in scope, 0-1;"
                        + " leaver rates × 1; fill rates × 1");
        JsonNode done = awaitRun(
                ADMIN, ADMIN_PASSWORD, run.get("id").asLong(), s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    }
}
