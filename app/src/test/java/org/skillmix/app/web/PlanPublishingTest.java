package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The ICS lead publishes a plan every partner approved, and nobody else does: not the analyst who made and shared
 * it, not the server's administrator. An analyst cannot appoint an ICS lead either, or they could publish through
 * an account whose password they set (docs/web.md, "Plans" and "Accounts and roles").
 */
class PlanPublishingTest extends WebTestBase {
    static final String PASSWORD = "Publish-test-pass-9";

    @Test
    void onlyTheIcsLeadPublishesAnApprovedPlan() throws Exception {
        account("publish-analyst", PASSWORD, "ANALYST", "QOP", null);
        account("publish-ics-lead", PASSWORD, "ICS_LEAD", "QOP", null);
        account("publish-lead-rwj", PASSWORD, "ORG_LEAD", "QOP", "RWJ");
        long dataset = -1;
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                dataset = d.get("id").asLong();
        Response run = postJson(
                "publish-analyst", PASSWORD, "/api/runs", Map.of("datasetId", dataset, "years", 1, "draws", 0));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long runId = run.json().get("id").asLong();
        assertThat(awaitRun("publish-analyst", PASSWORD, runId, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");

        Response plan =
                postJson("publish-analyst", PASSWORD, "/api/plans", Map.of("runId", runId, "title", "Publishing test"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String path = "/api/plans/" + plan.json().get("id").asLong();
        Response shared =
                postJson("publish-analyst", PASSWORD, path + "/share", Map.of("organisations", List.of("RWJ")));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        Response approved = postJson(
                "publish-lead-rwj", PASSWORD, path + "/decision", Map.of("decision", "APPROVED", "comment", "agreed"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");

        // The ICS team made and shared it, and the administrator runs the server: neither releases the ICS's plan.
        for (String[] who :
                List.of(new String[] {"publish-analyst", PASSWORD}, new String[] {"admin", ADMIN_PASSWORD})) {
            Response refused = postJson(who[0], who[1], path + "/publish", Map.of());
            assertThat(refused.status()).as(who[0] + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("only the ICS lead publishes");
        }
        assertThat(get("publish-analyst", PASSWORD, path).json().get("status").asText())
                .isEqualTo("APPROVED");

        Response published = postJson("publish-ics-lead", PASSWORD, path + "/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("publishedBy").asText()).isEqualTo("publish-ics-lead");
    }

    @Test
    void anAnalystAppointsNoIcsLeadAndManagesNone() throws Exception {
        account("appoint-analyst", PASSWORD, "ANALYST", "QOP", null);
        account("appoint-ics-lead", PASSWORD, "ICS_LEAD", "QOP", null);
        account("appoint-viewer", PASSWORD, "VIEWER", "QOP", null);
        Response made = postJson(
                "appoint-analyst",
                PASSWORD,
                "/api/users",
                Map.of("username", "appoint-made", "password", PASSWORD, "role", "ICS_LEAD", "icbCode", "QOP"));
        assertThat(made.status()).as(made.body()).isEqualTo(403);
        assertThat(made.body()).contains("only the administrator appoints or manages the ICS lead");
        Response promoted = sendJson(
                "PUT",
                "appoint-analyst",
                PASSWORD,
                "/api/users/appoint-viewer",
                Map.of("role", "ICS_LEAD", "icbCode", "QOP"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(403);
        Response reset = postJson("appoint-analyst", PASSWORD, "/api/users/appoint-ics-lead/password-reset", Map.of());
        assertThat(reset.status()).as(reset.body()).isEqualTo(403);
        assertThat(reset.body()).contains("only the administrator appoints or manages the ICS lead");
    }
}
