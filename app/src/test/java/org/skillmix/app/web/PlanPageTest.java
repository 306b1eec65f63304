package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A plan's page as a partner's organisation lead reads it: the decision form starts from the decision they
 * recorded, so a lead who declined does not send an approval by changing only the comment; their part's figures
 * name the months they are of, and the plan its scenario by name.
 */
class PlanPageTest extends WebTestBase {
    static final String PASSWORD = "Plan-page-test-pass-9";

    @Test
    void theDecisionFormStartsFromTheLeadsOwnDecision() throws Exception {
        String path = sharedPlan("page-analyst", "page-lead-rwj", "RWJ");

        // Pending: approving is offered first.
        assertThat(checked(get("page-lead-rwj", PASSWORD, path).body())).containsExactly("decision-approve");

        Response declined = postJson(
                "page-lead-rwj",
                PASSWORD,
                "/api" + path + "/decision",
                Map.of("decision", "DECLINED", "comment", "no"));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(checked(get("page-lead-rwj", PASSWORD, path).body())).containsExactly("decision-decline");

        Response approved =
                postJson("page-lead-rwj", PASSWORD, "/api" + path + "/decision", Map.of("decision", "APPROVED"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(checked(get("page-lead-rwj", PASSWORD, path).body())).containsExactly("decision-approve");
    }

    @Test
    void thePartsNameTheirMonths() throws Exception {
        String path = sharedPlan("months-analyst", "months-lead-rmc", "RMC");
        String page = get("months-lead-rmc", PASSWORD, path).body();
        String parts = page.substring(page.indexOf("id=\"parts\""));
        // A one-year run from the example's base month, 2025-04: its first and last months.
        assertThat(parts.substring(0, parts.indexOf("</thead>")))
                .contains(">Staff in post, 2025-04<")
                .contains(">Staff in post, 2026-03<")
                .contains(">Vacancies, 2025-04<")
                .contains(">Vacancies, 2026-03<")
                .doesNotContain("first month")
                .doesNotContain("last month");
    }

    @Test
    void theScenarioIsNamedBesideItsCode() throws Exception {
        String path = sharedPlan("scenario-analyst", "scenario-lead-rrf", "RRF", "retain");
        assertThat(get("scenario-lead-rrf", PASSWORD, path).body())
                .contains("scenario <span>Keep the staff we have (retain)</span>");
        assertThat(get("scenario-lead-rrf", PASSWORD, "/plans").body())
                .contains("<td>Keep the staff we have (retain)</td>");
        long runId = get("scenario-analyst", PASSWORD, "/api" + path)
                .json()
                .get("runId")
                .asLong();
        assertThat(get("scenario-analyst", PASSWORD, "/runs/" + runId + "/results")
                        .body())
                .contains(", scenario Keep the staff we have (retain)</p>");
    }

    @Test
    void eachCommentAndDecisionSaysWhoAndWhen() throws Exception {
        String path = sharedPlan("when-analyst", "when-lead-rrf", "RRF");
        Response ics = postJson("when-analyst", PASSWORD, "/api" + path + "/comments", Map.of("body", "From the ICS"));
        assertThat(ics.status()).as(ics.body()).isEqualTo(201);
        Response lead = postJson(
                "when-lead-rrf",
                PASSWORD,
                "/api" + path + "/decision",
                Map.of("decision", "APPROVED", "comment", "From the trust"));
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        String page = get("when-analyst", PASSWORD, path).body();
        String comments = page.substring(page.indexOf("id=\"comments\""));
        comments = comments.substring(0, comments.indexOf("</ul>"));
        String when = "<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\">"
                + "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)</time>:";
        assertThat(comments)
                .containsPattern("<strong>when-analyst</strong>,\\s*<span>ICS team</span>,\\s*" + when
                        + "\\s*<span>From the ICS</span>")
                .containsPattern("<strong>when-lead-rrf</strong>,\\s*"
                        + "<span>Organisation lead, Wrightington, Wigan And Leigh NHS Foundation Trust \\(RRF\\)</span>,"
                        + "\\s*" + when + "\\s*<span>From the trust</span>");
        String partners = page.substring(page.indexOf("id=\"partners\""));
        assertThat(partners.substring(0, partners.indexOf("</table>")))
                .containsPattern("<td>when-lead-rrf</td>\\s*<td><time datetime=\"[^\"]+\">"
                        + "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)</time></td>");
    }

    /** A finished one-year run's plan, shared with the lead's organisation: the page's path, /plans/N. */
    String sharedPlan(String analyst, String lead, String org) throws Exception {
        return sharedPlan(analyst, lead, org, "baseline");
    }

    /** The same of a run of the example's scenario, by its code. */
    String sharedPlan(String analyst, String lead, String org, String scenario) throws Exception {
        account(analyst, PASSWORD, "ANALYST", "QOP", null);
        account(lead, PASSWORD, "ORG_LEAD", "QOP", org);
        long dataset = -1;
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                dataset = d.get("id").asLong();
        Response run = postJson(
                analyst,
                PASSWORD,
                "/api/runs",
                Map.of("datasetId", dataset, "years", 1, "draws", 0, "scenario", scenario));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        long runId = run.json().get("id").asLong();
        assertThat(awaitRun(analyst, PASSWORD, runId, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
        Response plan = postJson(analyst, PASSWORD, "/api/plans", Map.of("runId", runId, "title", "Page test"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        String path = "/plans/" + plan.json().get("id").asLong();
        Response shared = postJson(analyst, PASSWORD, "/api" + path + "/share", Map.of("organisations", List.of(org)));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        return path;
    }

    /** The ids of the decision form's checked radio buttons. */
    static List<String> checked(String page) {
        Matcher m =
                Pattern.compile("<input type=\"radio\" name=\"decision\"[^>]*>").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group().contains(" checked")) continue;
            Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(m.group());
            if (id.find()) ids.add(id.group(1));
        }
        return ids;
    }
}
