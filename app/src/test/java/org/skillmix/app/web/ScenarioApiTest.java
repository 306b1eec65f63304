package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Scenarios (listing and the editor), runs of a scenario and comparisons, through the API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String VIEWER = "viewer-scenarios";
    static final String LEAD = "lead-scenarios";
    static final String PASSWORD = "a-long-password-2";

    @Autowired
    JdbcTemplate jdbc;

    long exampleId;
    /** The example with one scenario, made by an edit in {@link #oneScenarioByEdit()}. */
    long editedId;

    long comparisonId;

    /** A flexible-working intervention, as docs/examples/gm-scenarios has it. */
    static Map<String, Object> flexibleWorking(String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenarioName", "Keep the staff we have");
        row.put("interventionCode", code);
        row.put("interventionName", "Flexible working offer");
        row.put("kind", "flexible_working");
        row.put("sector", "ALL");
        row.put("roleCode", "ALL");
        row.put("orgCode", "ALL");
        row.put("placeCode", "ALL");
        row.put("startMonth", "2025-10");
        row.put("rampMonths", "12");
        row.put("scale", "0.5");
        row.put("effectLow", "0.05");
        row.put("effectMode", "0.1");
        row.put("effectHigh", "0.15");
        row.put("costFixedGbp", "250000");
        row.put("costPerUnitGbp", "60");
        row.put("source", "Documented default (docs/interventions.md)");
        return row;
    }

    @BeforeAll
    void oneScenarioByEdit() throws Exception {
        for (JsonNode d : get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        }
        assertThat(exampleId).isPositive();
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "R0A");
        Response edited = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + exampleId + "/scenarios/retain/interventions",
                flexibleWorking("flex-work"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        editedId = edited.json().get("id").asLong();
        assertThat(edited.json().get("previousId").asLong()).isEqualTo(exampleId);
    }

    @Test
    void scenariosAreListedWithTheirInterventions() throws Exception {
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + exampleId + "/scenarios")
                        .json()
                        .get("scenarios")
                        .size())
                .isZero();
        JsonNode list = get(VIEWER, PASSWORD, "/api/datasets/" + editedId + "/scenarios")
                .json();
        JsonNode retain = list.get("scenarios").get(0);
        assertThat(retain.get("code").asText()).isEqualTo("retain");
        assertThat(retain.get("name").asText()).isEqualTo("Keep the staff we have");
        JsonNode iv = retain.get("interventions").get(0);
        assertThat(iv.get("kind").asText()).isEqualTo("flexible_working");
        assertThat(iv.get("effectMode").asText()).isEqualTo("0.1");
        assertThat(iv.get("costFixedGbp").asText()).isEqualTo("250000");
        assertThat(get(LEAD, PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain")
                        .status())
                .isEqualTo(200);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/grow")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log", String.class))
                .contains("scenario.edit");
    }

    @Test
    void anInterventionIsShownByItsNameBesideItsCode() throws Exception {
        JsonNode stored = get(VIEWER, PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain")
                .json()
                .get("interventions")
                .get(0);
        assertThat(stored.get("interventionName").asText()).isEqualTo("Flexible working offer");
        Response page = get(VIEWER, PASSWORD, "/datasets/" + editedId + "/scenarios");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<td>Flexible working offer (flex-work)</td>");

        // No name: stored all the same, and shown by its kind in plain words.
        Map<String, Object> unnamed = flexibleWorking("flex-unnamed");
        unnamed.remove("interventionName");
        Response added = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain/interventions", unnamed);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(get(VIEWER, PASSWORD, "/datasets/" + added.json().get("id").asLong() + "/scenarios")
                        .body())
                .contains("<td>Flexible working (flex-unnamed)</td>");
    }

    @Test
    void aNameOverOneHundredAndTwentyCharactersIsRefusedWithItsRowAndColumn() throws Exception {
        long before = datasetCount();
        Map<String, Object> wordy = flexibleWorking("flex-wordy");
        wordy.put("interventionName", "x".repeat(121));
        Response r =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain/interventions", wordy);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("interventions.csv");
        assertThat(problem.get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asText()).isEqualTo("intervention_name");
        assertThat(problem.get("reason").asText()).startsWith("is 121 characters long; a name may have at most 120");
        assertThat(datasetCount()).isEqualTo(before);
    }

    @Test
    void anEditThatFailsValidationStoresNothingAndSaysWhere() throws Exception {
        long before = datasetCount();
        Map<String, Object> bad = flexibleWorking("teleport");
        bad.put("kind", "teleportation");
        Response r =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain/interventions", bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("interventions.csv");
        assertThat(problem.get("row").asInt())
                .as("the header is row 1, the scenario's first intervention row 2")
                .isEqualTo(3);
        assertThat(problem.get("column").asText()).isEqualTo("kind");
        Map<String, Object> unknownRole = flexibleWorking("flex-nobody");
        unknownRole.put("roleCode", "NO-SUCH-ROLE");
        assertThat(postJson(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + editedId + "/scenarios/retain/interventions",
                                unknownRole)
                        .status())
                .isEqualTo(422);
        assertThat(postJson(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + editedId + "/scenarios/retain/interventions",
                                flexibleWorking("flex-work"))
                        .status())
                .as("a code the scenario has")
                .isEqualTo(409);
        assertThat(datasetCount()).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log", String.class))
                .contains("scenario.edit.rejected");
    }

    @Test
    void aValidChangeAndADeleteEachStoreANewVersion() throws Exception {
        Map<String, Object> wider = flexibleWorking("flex-work");
        wider.put("scale", "0.8");
        Response changed =
                send("PUT", "/api/datasets/" + editedId + "/scenarios/retain/interventions/flex-work", wider);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        long changedId = changed.json().get("id").asLong();
        assertThat(changedId).isNotEqualTo(editedId);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + changedId + "/scenarios/retain")
                        .json()
                        .get("interventions")
                        .get(0)
                        .get("scale")
                        .asText())
                .isEqualTo("0.8");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/retain")
                        .json()
                        .get("interventions")
                        .get(0)
                        .get("scale")
                        .asText())
                .as("the old version is unchanged")
                .isEqualTo("0.5");
        Response deleted =
                send("DELETE", "/api/datasets/" + changedId + "/scenarios/retain/interventions/flex-work", null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(get(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + deleted.json().get("id").asLong() + "/scenarios")
                        .json()
                        .get("scenarios")
                        .size())
                .isZero();
    }

    @Test
    void viewersAndOrganisationLeadsCannotEdit() throws Exception {
        long before = datasetCount();
        for (String user : List.of(VIEWER, LEAD)) {
            Response r = postJson(
                    user,
                    PASSWORD,
                    "/api/datasets/" + editedId + "/scenarios/retain/interventions",
                    flexibleWorking("x"));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("message").asText()).contains("analyst");
            assertThat(postJson(
                                    user,
                                    PASSWORD,
                                    "/api/comparisons",
                                    Map.of("datasetId", editedId, "scenarios", List.of("retain")))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(datasetCount()).isEqualTo(before);
    }

    @Test
    void aRunProjectsAScenarioAndRefusesOneTheDatasetLacks() throws Exception {
        Response bad =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "scenario", "retain"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("scenario");
        Response created = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/runs",
                Map.of("datasetId", editedId, "years", 2, "draws", 10, "seed", 7, "scenario", "retain"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode run = awaitRun(
                ADMIN,
                ADMIN_PASSWORD,
                created.json().get("id").asLong(),
                s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("scenario").asText()).isEqualTo("retain");
        assertThat(run.get("kind").asText()).isEqualTo("PROJECTION");
    }

    @Test
    void aComparisonCompletesAndItsFiguresAndFilesAreServed() throws Exception {
        long id = comparison();
        JsonNode slices =
                get(LEAD, PASSWORD, "/api/comparisons/" + id + "/slices").json();
        assertThat(slices.get("scenarios").toString()).contains("baseline", "retain");
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
                .startsWith("baseline,scenario,year,dimension,code,gap_fte_mean")
                .contains("\nfunded-plan,retain,");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        assertThat(get(LEAD, PASSWORD, "/api/comparisons/" + id + "/download/summary")
                        .body())
                .startsWith("baseline,scenario,year,programme_cost_gbp");
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
                ADMIN, ADMIN_PASSWORD, "/api/comparisons", Map.of("datasetId", editedId, "scenarios", List.of("grow")));
        assertThat(unknown.json().get("field").asText()).isEqualTo("scenarios");
        Response target = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/comparisons",
                Map.of("datasetId", editedId, "scenarios", List.of("retain"), "targetCapabilities", List.of("NOPE")));
        assertThat(target.json().get("field").asText()).isEqualTo("targetCapabilities");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/comparisons/999999").status())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionHasScenariosAndComparisons() throws Exception {
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/v3/api-docs")
                        .json()
                        .get("paths")
                        .propertyNames())
                .contains(
                        "/api/datasets/{datasetId}/scenarios",
                        "/api/datasets/{datasetId}/scenarios/{scenario}/interventions",
                        "/api/datasets/{datasetId}/scenarios/{scenario}/interventions/{intervention}",
                        "/api/comparisons",
                        "/api/comparisons/{id}/gaps",
                        "/api/comparisons/{id}/summary",
                        "/api/comparisons/{id}/download/{format}");
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
                        List.of("retain"),
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

    private long datasetCount() {
        return jdbc.queryForObject("SELECT count(*) FROM datasets", Long.class);
    }

    private Response send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = body == null
                ? b.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }
}
