package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Each audit entry names the ICS acted on (docs/web.md, "Audit log"), not the acting account's: the administrator,
 * who belongs to no ICS, runs and downloads in an ICS, and that ICS's analysts must see it in their own entries.
 * Before, runs, downloads, scenario edits, staff files and analyses were filed under the actor's ICS, so whatever
 * the administrator did with an ICS's data was in no ICS's log; and an analysis's files (the bank's fills name
 * workers) were downloaded without an entry at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditOfTheIcsActedOnTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String PASSWORD = "Audit-of-the-ics-42";
    static final String ANALYST = "audit-ics-analyst-qop";

    long dataset;

    @BeforeAll
    void aDatasetOfQop() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        Response r = upload(ANALYST, PASSWORD, "gm.zip", zipOf(EXAMPLE, Map.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        dataset = r.json().get("id").asLong();
    }

    @Test
    void whatTheAdministratorDoesWithAnIcsDataIsInThatIcsLog() throws Exception {
        Response started =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", dataset, "years", 1, "draws", 0));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long run = started.json().get("id").asLong();
        assertThat(awaitRun(ADMIN, ADMIN_PASSWORD, run, s -> s.equals("SUCCEEDED") || s.equals("FAILED"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
        Response csv = get(ADMIN, ADMIN_PASSWORD, "/api/runs/" + run + "/download/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);

        JsonNode log = get(ANALYST, PASSWORD, "/api/audit?limit=1000").json();
        assertThat(log)
                .as("QOP's analyst sees the administrator's start, finish and download of run " + run)
                .anySatisfy(e -> entry(e, ADMIN, "run.start", "run " + run + " "))
                .anySatisfy(e -> entry(e, ADMIN, "run.finish", "run " + run + " "))
                .anySatisfy(e -> entry(e, ADMIN, "download", "skillmix-run-" + run + ".csv"));
    }

    @Test
    void anAnalysisFileTakenAwayIsAudited() throws Exception {
        Response started = postJson(ANALYST, PASSWORD, "/api/datasets/" + dataset + "/designs", Map.of("year", 2030));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long design = started.json().get("id").asLong();
        long deadline = System.currentTimeMillis() + 120_000;
        String status;
        do {
            Thread.sleep(200);
            status = get(ANALYST, PASSWORD, "/api/analyses/" + design)
                    .json()
                    .at("/run/status")
                    .asText();
        } while (!status.equals("SUCCEEDED") && !status.equals("FAILED") && System.currentTimeMillis() < deadline);
        assertThat(status).isEqualTo("SUCCEEDED");

        Response file = get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + design + "/download/design.csv");
        assertThat(file.status()).as(file.body()).isEqualTo(200);

        assertThat(get(ANALYST, PASSWORD, "/api/audit?limit=1000").json())
                .anySatisfy(e -> entry(e, ANALYST, "analysis.start", "run " + design + " "))
                .anySatisfy(e -> entry(e, ADMIN, "download", "analysis " + design + " design.csv"));
    }

    static void entry(JsonNode e, String username, String action, String detail) {
        assertThat(e.get("username").asText()).isEqualTo(username);
        assertThat(e.get("action").asText()).isEqualTo(action);
        assertThat(e.get("detail").asText()).contains(detail);
        assertThat(e.get("icbCode").asText()).isEqualTo("QOP");
    }
}
