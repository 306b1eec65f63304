package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.app.web.system.DatasetFile;
import org.skillmix.app.web.system.StoredDataset;
import tools.jackson.databind.JsonNode;

/**
 * The API's datasets, accounts, audit log and description against the real server and the embedded PostgreSQL
 * ({@link RunResultsApiTest}: a run's results).
 */
class ApiTest extends ApiTestBase {

    @Test
    void signInIsRequiredAndWrongPasswordsAreRefusedAndLogged() throws Exception {
        assertThat(get(null, null, "/api/datasets").status()).isEqualTo(401);
        assertThat(get(ADMIN, "wrong-password", "/api/datasets").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE action = 'sign-in.failed' AND username = 'admin'",
                        Long.class))
                .isPositive();
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/me").json().get("role").asText())
                .isEqualTo("ADMIN");
    }

    @Test
    void aValidUploadIsStoredAndListed() throws Exception {
        Response r = upload(ADMIN, ADMIN_PASSWORD, "gm.zip", zipOf(EXAMPLE, Map.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        assertThat(r.json().get("icbCode").asText()).isEqualTo("QOP");
        assertThat(r.json().get("organisations").asInt()).isEqualTo(40);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + id)
                        .json()
                        .get("sourceName")
                        .asText())
                .isEqualTo("gm.zip");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dataset_files WHERE dataset_id = ?", Long.class, id))
                .isGreaterThan(10);
    }

    @Test
    void aBrokenUploadIs422WithEveryProblemAndStoresNothing() throws Exception {
        long before = store.count();
        Response r = upload(ADMIN, ADMIN_PASSWORD, "broken.zip", brokenExampleZip());
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("workforce.csv");
        assertThat(problem.get("row").asInt()).isEqualTo(2);
        assertThat(problem.get("column").asText()).isEqualTo("fte_in_post");
        assertThat(problem.get("reason").asText()).isNotBlank();
        assertThat(r.json().get("field").asText()).isEqualTo("file");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void notADatasetIs422() throws Exception {
        Response r = upload(ADMIN, ADMIN_PASSWORD, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("problems").get(0).get("reason").asText()).contains("not a dataset");
    }

    @Test
    void aHalfStoredDatasetLeavesNothingBehind() {
        long datasets = store.count();
        long files = jdbc.queryForObject("SELECT count(*) FROM dataset_files", Long.class);
        StoredDataset summary =
                new StoredDataset(0, "half", "QOP", "test", "test", "0", 1, 1, 1, 1, 1, 0, "admin", null);
        // The second file cannot be written (no name): the first file and the summary row must go too.
        List<DatasetFile> parts =
                List.of(new DatasetFile("manifest.csv", "x".getBytes()), new DatasetFile(null, "y".getBytes()));
        assertThatThrownBy(() -> store.store(summary, parts)).isInstanceOf(RuntimeException.class);
        assertThat(store.count()).isEqualTo(datasets);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dataset_files", Long.class))
                .isEqualTo(files);
    }

    @Test
    void runsCanBeCancelledWhetherQueuedOrRunning() throws Exception {
        long big = postJson(
                        ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "years", 10, "draws", 5000))
                .json()
                .get("id")
                .asLong();
        long queued = postJson(
                        ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "years", 10, "draws", 5000))
                .json()
                .get("id")
                .asLong();
        awaitRun(ADMIN, ADMIN_PASSWORD, big, s -> !s.equals("QUEUED"));
        JsonNode cancelledQueued = postJson(ADMIN, ADMIN_PASSWORD, "/api/runs/" + queued + "/cancel", Map.of())
                .json();
        assertThat(cancelledQueued.get("status").asText()).isEqualTo("CANCELLED");
        postJson(ADMIN, ADMIN_PASSWORD, "/api/runs/" + big + "/cancel", Map.of());
        JsonNode cancelledRunning =
                awaitRun(ADMIN, ADMIN_PASSWORD, big, s -> !s.equals("RUNNING") && !s.equals("QUEUED"));
        assertThat(cancelledRunning.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(postJson(ADMIN, ADMIN_PASSWORD, "/api/runs/" + big + "/cancel", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/runs/" + big + "/series?measure=demand_fte")
                        .status())
                .isEqualTo(409);
        JsonNode runs = get(ADMIN, ADMIN_PASSWORD, "/api/runs").json();
        assertThat(runs.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theAuditLogRecordsAndCannotBeChanged() throws Exception {
        assertThat(jdbc.queryForList("SELECT DISTINCT action FROM audit_log", String.class))
                .contains("dataset.upload", "run.start", "run.finish", "account.create");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET username = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
        Response audit = get(ADMIN, ADMIN_PASSWORD, "/api/audit?limit=5");
        assertThat(audit.json().size()).isEqualTo(5);
    }

    @Test
    void accountsAreCreatedWithHashedPasswordsAndValidated() throws Exception {
        Response r = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/users",
                Map.of("username", "short-pw", "password", "short", "role", "VIEWER", "icbCode", "QOP"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("password");
        Response lead = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/users",
                Map.of("username", "lead-no-org", "password", PASSWORD, "role", "ORG_LEAD", "icbCode", "QOP"));
        assertThat(lead.json().get("field").asText()).isEqualTo("orgCode");
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE username = ?", String.class, VIEWER);
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/users").json().size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionIsServedToSignedInAccountsOnly() throws Exception {
        assertThat(get(null, null, "/v3/api-docs").status()).isEqualTo(401);
        Response docs = get(VIEWER, PASSWORD, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains(
                        "/api/datasets",
                        "/api/runs",
                        "/api/runs/{id}/cancel",
                        "/api/runs/{runId}/series",
                        "/api/runs/{runId}/heatmap",
                        "/api/runs/{runId}/explain",
                        "/api/runs/{runId}/download/{format}");
        assertThat(get(VIEWER, PASSWORD, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
