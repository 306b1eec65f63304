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

/** Scenarios (listing and the editor) through the API; {@link ScenarioRunsApiTest} has their runs and comparisons. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String VIEWER = "viewer-scenarios";
    static final String LEAD = "lead-scenarios";
    static final String PASSWORD = "a-long-password-2";

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The scenario the edit in {@link #oneScenarioByEdit()} adds, and its one intervention: codes the example's own
     * scenarios (retain, grow, system) do not use, so every edit here is of the new scenario alone.
     */
    static final String SCENARIO = "flexible";

    static final String INTERVENTION = "flex-offer";
    /** Where the new scenario's rows start in interventions.csv: after the header and the example's 12 rows. */
    static final int FIRST_NEW_ROW = 14;

    long exampleId;
    /** The example with a fourth scenario, made by an edit in {@link #oneScenarioByEdit()}. */
    long editedId;

    /** A flexible-working intervention, as the example's scenario retain has it, in a scenario of its own. */
    static Map<String, Object> flexibleWorking(String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("scenarioName", "Flexible working only");
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
                "/api/datasets/" + exampleId + "/scenarios/" + SCENARIO + "/interventions",
                flexibleWorking(INTERVENTION));
        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        editedId = edited.json().get("id").asLong();
        assertThat(edited.json().get("previousId").asLong()).isEqualTo(exampleId);
    }

    @Test
    void scenariosAreListedWithTheirInterventions() throws Exception {
        assertThat(codes(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + exampleId + "/scenarios")
                        .json()))
                .containsExactly("retain", "grow", "system");
        JsonNode list = get(VIEWER, PASSWORD, "/api/datasets/" + editedId + "/scenarios")
                .json();
        assertThat(codes(list)).containsExactly("retain", "grow", "system", SCENARIO);
        JsonNode added = list.get("scenarios").get(3);
        assertThat(added.get("name").asText()).isEqualTo("Flexible working only");
        assertThat(added.get("interventions").size()).isEqualTo(1);
        JsonNode iv = added.get("interventions").get(0);
        assertThat(iv.get("interventionCode").asText()).isEqualTo(INTERVENTION);
        assertThat(iv.get("kind").asText()).isEqualTo("flexible_working");
        assertThat(iv.get("effectMode").asText()).isEqualTo("0.1");
        assertThat(iv.get("costFixedGbp").asText()).isEqualTo("250000");
        assertThat(list.get("scenarios").get(0).get("interventions").size())
                .as("the example's retain is untouched")
                .isEqualTo(4);
        assertThat(get(LEAD, PASSWORD, "/api/datasets/" + editedId + "/scenarios/" + SCENARIO)
                        .status())
                .isEqualTo(200);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + exampleId + "/scenarios/" + SCENARIO)
                        .status())
                .as("the version the edit was made on is unchanged")
                .isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log", String.class))
                .contains("scenario.edit");
    }

    @Test
    void anInterventionIsShownByItsNameBesideItsCode() throws Exception {
        JsonNode stored = get(VIEWER, PASSWORD, "/api/datasets/" + editedId + "/scenarios/" + SCENARIO)
                .json()
                .get("interventions")
                .get(0);
        assertThat(stored.get("interventionName").asText()).isEqualTo("Flexible working offer");
        Response page = get(VIEWER, PASSWORD, "/datasets/" + editedId + "/scenarios");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<td>Flexible working offer (" + INTERVENTION + ")</td>")
                // the kind, the month and the money as a planner reads them, beside the codes they are stored as
                .contains("<td>Flexible working (flexible_working)</td>")
                .contains("<td>Oct 2025</td>")
                .contains("<td>£250,000 fixed; £60 per FTE covered</td>");

        // No name: stored all the same, and shown by its kind in plain words.
        Map<String, Object> unnamed = flexibleWorking("flex-unnamed");
        unnamed.remove("interventionName");
        Response added = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions",
                unnamed);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(get(VIEWER, PASSWORD, "/datasets/" + added.json().get("id").asLong() + "/scenarios")
                        .body())
                .contains("<td>Flexible working (flex-unnamed)</td>");
    }

    @Test
    void eachLevelIsShownInItsKindsUnit() throws Exception {
        long example = -1;
        for (JsonNode d : get(VIEWER, PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                example = d.get("id").asLong();
        String page =
                get(VIEWER, PASSWORD, "/datasets/" + example + "/scenarios").body();
        assertThat(page)
                .contains("<th scope=\"col\">Ramp (months)</th>")
                .contains("<td>5% pay uplift</td>")
                .contains("<td>£1,500 per FTE a year</td>")
                .contains("<td>0.5 share of staff in scope, 0-1</td>")
                .contains("<td>200 training places a year (36 months)</td>");
    }

    @Test
    void aNameOverOneHundredAndTwentyCharactersIsRefusedWithItsRowAndColumn() throws Exception {
        long before = datasetCount();
        Map<String, Object> wordy = flexibleWorking("flex-wordy");
        wordy.put("interventionName", "x".repeat(121));
        Response r = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions",
                wordy);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("interventions.csv");
        assertThat(problem.get("row").asInt()).isEqualTo(FIRST_NEW_ROW + 1);
        assertThat(problem.get("column").asText()).isEqualTo("intervention_name");
        assertThat(problem.get("reason").asText()).startsWith("is 121 characters long; a name may have at most 120");
        assertThat(datasetCount()).isEqualTo(before);
    }

    @Test
    void anEditThatFailsValidationStoresNothingAndSaysWhere() throws Exception {
        long before = datasetCount();
        Map<String, Object> bad = flexibleWorking("teleport");
        bad.put("kind", "teleportation");
        Response r = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions", bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("interventions.csv");
        assertThat(problem.get("row").asInt())
                .as("the header is row 1, the example's 12 rows 2-13, the new scenario's first row 14")
                .isEqualTo(FIRST_NEW_ROW + 1);
        assertThat(problem.get("column").asText()).isEqualTo("kind");
        Map<String, Object> unknownRole = flexibleWorking("flex-nobody");
        unknownRole.put("roleCode", "NO-SUCH-ROLE");
        assertThat(postJson(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions",
                                unknownRole)
                        .status())
                .isEqualTo(422);
        assertThat(postJson(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions",
                                flexibleWorking(INTERVENTION))
                        .status())
                .as("a code the scenario has")
                .isEqualTo(409);
        assertThat(datasetCount()).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log", String.class))
                .contains("scenario.edit.rejected");
    }

    @Test
    void aValidChangeAndADeleteEachStoreANewVersion() throws Exception {
        Map<String, Object> wider = flexibleWorking(INTERVENTION);
        wider.put("scale", "0.8");
        Response changed = send(
                "PUT",
                "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions/" + INTERVENTION,
                wider);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        long changedId = changed.json().get("id").asLong();
        assertThat(changedId).isNotEqualTo(editedId);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + changedId + "/scenarios/" + SCENARIO)
                        .json()
                        .get("interventions")
                        .get(0)
                        .get("scale")
                        .asText())
                .isEqualTo("0.8");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + editedId + "/scenarios/" + SCENARIO)
                        .json()
                        .get("interventions")
                        .get(0)
                        .get("scale")
                        .asText())
                .as("the old version is unchanged")
                .isEqualTo("0.5");
        Response deleted = send(
                "DELETE",
                "/api/datasets/" + changedId + "/scenarios/" + SCENARIO + "/interventions/" + INTERVENTION,
                null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(codes(get(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/api/datasets/" + deleted.json().get("id").asLong() + "/scenarios")
                        .json()))
                .as("the scenario goes with its only intervention")
                .containsExactly("retain", "grow", "system");
    }

    @Test
    void viewersAndOrganisationLeadsCannotEdit() throws Exception {
        long before = datasetCount();
        for (String user : List.of(VIEWER, LEAD)) {
            Response r = postJson(
                    user,
                    PASSWORD,
                    "/api/datasets/" + editedId + "/scenarios/" + SCENARIO + "/interventions",
                    flexibleWorking("x"));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("message").asText()).contains("analyst");
            assertThat(postJson(
                                    user,
                                    PASSWORD,
                                    "/api/comparisons",
                                    Map.of("datasetId", editedId, "scenarios", List.of(SCENARIO)))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(datasetCount()).isEqualTo(before);
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

    /** The scenario codes of a dataset's scenario list, in its order. */
    private static List<String> codes(JsonNode list) {
        List<String> codes = new java.util.ArrayList<>();
        list.get("scenarios").forEach(s -> codes.add(s.get("code").asText()));
        return codes;
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
