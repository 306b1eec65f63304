package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.app.web.ScenarioApiTest.SCENARIO;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Runs of a scenario and comparisons, through the API, on the example with a scenario of its own added by an edit
 * (as {@link ScenarioApiTest} adds it): the example's own scenarios are left out, so what is run is the edit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioRunsApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String LEAD = "lead-scenario-runs";
    static final String PASSWORD = "a-long-password-2";

    long exampleId;
    /** The example with a fourth scenario, {@link ScenarioApiTest#SCENARIO}. */
    long editedId;

    long comparisonId;

    @BeforeAll
    void oneScenarioByEdit() throws Exception {
        for (JsonNode d : get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        }
        assertThat(exampleId).isPositive();
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "R0A");
        Response edited = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + exampleId + "/scenarios/" + SCENARIO + "/interventions",
                ScenarioApiTest.flexibleWorking(ScenarioApiTest.INTERVENTION));
        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        editedId = edited.json().get("id").asLong();
    }

    @Test
    void aRunProjectsAScenarioAndRefusesOneTheDatasetLacks() throws Exception {
        Response bad =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "scenario", SCENARIO));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("scenario");
        Response created = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/runs",
                Map.of("datasetId", editedId, "years", 2, "draws", 10, "seed", 7, "scenario", SCENARIO));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode run = awaitRun(
                ADMIN,
                ADMIN_PASSWORD,
                created.json().get("id").asLong(),
                s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("scenario").asText()).isEqualTo(SCENARIO);
        assertThat(run.get("kind").asText()).isEqualTo("PROJECTION");
    }

    @Test
    void aComparisonCompletesAndItsFiguresAndFilesAreServed() throws Exception {
        long id = comparison();
        JsonNode slices =
                get(LEAD, PASSWORD, "/api/comparisons/" + id + "/slices").json();
        assertThat(slices.get("scenarios").toString())
                .contains("baseline", SCENARIO)
                .doesNotContain("retain");
        String capability = slices.get("capabilities").get(0).asText();
        JsonNode gaps = get(LEAD, PASSWORD, "/api/comparisons/" + id + "/gaps?dimension=capability&code=" + capability)
                .json();
        assertThat(gaps.get("years").size()).isEqualTo(2);
        assertThat(gaps.get("scenarios").get(1).get("gapClosed").get("p90").size())
                .isEqualTo(2);
        JsonNode summary = get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/" + id + "/summary")
                .json();
        assertThat(summary.size()).isEqualTo(4);
        assertThat(summary.get(3).get("programmeCostGbp").asDouble()).isPositive();
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/" + id + "/gaps?dimension=organisation&code=R0A")
                        .status())
                .isEqualTo(400);

        Response csv = get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/" + id + "/download/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("baseline,scenario,year,year_end,dimension,code,name,gap_fte_mean")
                .contains("\nfunded-plan," + SCENARIO + ",");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        assertThat(get(LEAD, PASSWORD, "/api/comparisons/" + id + "/download/summary")
                        .body())
                .startsWith("baseline,scenario,year,year_end,programme_cost_gbp");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/" + id + "/download/html")
                        .body())
                .contains("<html");
        assertThat(get(LEAD, PASSWORD, "/api/comparisons/" + id + "/download/html")
                        .status())
                .isEqualTo(403);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/runs/" + id + "/series?measure=demand_fte")
                        .status())
                .as("a comparison has no projection series")
                .isEqualTo(409);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons").body()).contains("\"id\":" + id);
        // The lists and the run's page name the scenario beside its code, as its results page does.
        String named = "Flexible working only (" + SCENARIO + ")";
        assertThat(get(LEAD, PASSWORD, "/comparisons").body()).contains("<td>" + named + "</td>");
        assertThat(get(LEAD, PASSWORD, "/runs").body()).contains(named + " vs baseline");
        assertThat(get(LEAD, PASSWORD, "/runs/" + id).body()).contains("comparing " + named + " with baseline");
        // The page says what its P10-P90 band is, for a planner who does not read percentiles.
        assertThat(get(LEAD, PASSWORD, "/comparisons/" + id).body())
                .contains("P10 and P90 are the 10th and 90th percentiles of the draws: 8 in 10 fall inside the band");

        // Small-number suppression: the ambulance sector is one trust's, so not shown to R0A's lead.
        JsonNode ambulance = get(LEAD, PASSWORD, "/api/comparisons/" + id + "/gaps?dimension=sector&code=ambulance")
                .json();
        assertThat(ambulance.get("suppressed").asText()).contains("one organisation");
        assertThat(ambulance.get("scenarios")).isEmpty();
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/" + id + "/gaps?dimension=sector&code=ambulance")
                        .json()
                        .get("scenarios"))
                .isNotEmpty();
        String leadCsv =
                get(LEAD, PASSWORD, "/api/comparisons/" + id + "/download/csv").body();
        assertThat(leadCsv).contains(",all,ALL,").doesNotContain(",sector,ambulance,");
        assertThat(csv.body()).contains(",sector,ambulance,");
    }

    @Test
    void aComparisonRefusesUnknownScenariosAndCapabilities() throws Exception {
        Response none = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/comparisons", Map.of("datasetId", editedId, "scenarios", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("field").asText()).isEqualTo("scenarios");
        Response unknown = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/comparisons",
                Map.of("datasetId", exampleId, "scenarios", List.of(SCENARIO)));
        assertThat(unknown.json().get("field").asText()).isEqualTo("scenarios");
        Response target = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/comparisons",
                Map.of("datasetId", editedId, "scenarios", List.of(SCENARIO), "targetCapabilities", List.of("NOPE")));
        assertThat(target.json().get("field").asText()).isEqualTo("targetCapabilities");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/999999").status())
                .isEqualTo(404);
    }

    private synchronized long comparison() throws Exception {
        if (comparisonId > 0) return comparisonId;
        Response created = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/comparisons",
                Map.of(
                        "datasetId",
                        editedId,
                        "scenarios",
                        List.of(SCENARIO),
                        "years",
                        2,
                        "draws",
                        10,
                        "seed",
                        7,
                        "targetFte",
                        100));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode run = awaitRun(ADMIN, ADMIN_PASSWORD, id, s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("kind").asText()).isEqualTo("COMPARISON");
        comparisonId = id;
        return id;
    }
}
