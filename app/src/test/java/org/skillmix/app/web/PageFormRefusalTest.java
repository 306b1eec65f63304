package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page form that shows its own refusal (runs, comparisons, plans, analyses, scenarios, datasets, mutual aid)
 * comes back with the problem in the NHS.UK error summary, linked to the box it names, under the refusal's status
 * (400, 409, 422), never 200: a screen reader, a script and a test all learn the request failed. The accounts and
 * password forms are AccountFormRefusalTest's. The page's title then begins "Error: ", and only then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFormRefusalTest extends WebTestBase {
    static final String PASSWORD = "page-form-pass-7";
    static final String ANALYST = "page-form-analyst";
    static final String LEAD = "page-form-ics-lead";

    long dataset;
    /** A draft plan of the analyst's finished run: the plans page shows its form only once there is such a run. */
    String plan;

    @BeforeAll
    void aDraftPlan() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        account(LEAD, PASSWORD, "ICS_LEAD", "QOP", null);
        dataset = exampleDataset("admin", ADMIN_PASSWORD);
        long runId = finishedRun(
                ANALYST, PASSWORD, Map.of("datasetId", dataset, "years", 1, "draws", 0, "scenario", "baseline"));
        Response made = postJson(ANALYST, PASSWORD, "/api/plans", Map.of("runId", runId, "title", "Refusals"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        plan = "/plans/" + made.json().get("id").asLong();
    }

    /** A form refused: where it is sent ({dataset} the example's id), what it holds, and the answer expected. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("/runs", Map.of("datasetId", "{dataset}", "years", "999"), 400, "#years"),
                Arguments.of(
                        "/comparisons",
                        Map.of("datasetId", "{dataset}", "scenarios", "retain", "years", "999"),
                        400,
                        "#cmp-years"),
                Arguments.of("/plans", Map.of("title", "No run"), 400, "#plan-run"),
                Arguments.of(
                        "/analyses/winter",
                        Map.of("datasetId", "{dataset}", "from", "7 December"),
                        400,
                        "#winter-from"),
                Arguments.of("/analyses/bank", Map.of("datasetId", "{dataset}"), 400, "#bank-pool"),
                Arguments.of(
                        "/analyses/portfolio",
                        Map.of("datasetId", "{dataset}", "budgetGbp", "-1"),
                        400,
                        "#portfolio-budget"),
                Arguments.of("/analyses/design", Map.of("datasetId", "{dataset}", "year", "1900"), 400, "#design-year"),
                Arguments.of("/datasets/{dataset}/scenarios", badEffectMode(), 422, "#f-effectMode"),
                Arguments.of("/datasets/{dataset}/name", Map.of("name", ""), 400, "#name"),
                Arguments.of("/systems", Map.of("name", "No files"), 400, "#file"),
                Arguments.of("/datasets/{dataset}/mutual-aid", Map.of("firstDay", "2026-12-01"), 400, "#staff"));
    }

    /** A whole intervention row but for its most likely effect, which is no number: the file reader refuses it. */
    static Map<String, String> badEffectMode() {
        Map<String, String> row = new LinkedHashMap<>();
        ScenarioApiTest.flexibleWorking("page-form").forEach((k, v) -> row.put(k, String.valueOf(v)));
        row.put("scenarioCode", "page-form");
        row.put("effectMode", "lots");
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedFormAnswersWithTheRefusalsStatus(String path, Map<String, String> form, int status, String link)
            throws Exception {
        PageBrowser browser = PageBrowser.signIn(this, ANALYST, PASSWORD);
        String id = String.valueOf(dataset);
        Map<String, String> sent = new LinkedHashMap<>();
        form.forEach((k, v) -> sent.put(k, v.replace("{dataset}", id)));

        HttpResponse<String> refused = browser.post(path.replace("{dataset}", id), sent);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(PageBrowser.summaryLink(refused.body())).isEqualTo(link);
        assertThat(refused.body()).contains("id=\"" + link.substring(1) + "\"");
        // The title says it first: the page that came back is the form with an error.
        assertThat(PageBrowser.title(refused.body())).startsWith("Error: ");
    }

    @Test
    void onlyAPageShowingAnErrorSummaryHasErrorInItsTitle() throws Exception {
        PageBrowser browser = PageBrowser.signIn(this, ANALYST, PASSWORD);
        assertThat(PageBrowser.title(browser.get("/runs").body())).isEqualTo("Runs – Skillmix");
        HttpResponse<String> refused =
                browser.post("/runs", Map.of("datasetId", String.valueOf(dataset), "years", "0"));
        assertThat(PageBrowser.title(refused.body())).isEqualTo("Error: Runs – Skillmix");

        HttpResponse<String> wrongPassword = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/login?error"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(PageBrowser.title(wrongPassword.body())).isEqualTo("Error: Sign in – Skillmix");
        HttpResponse<String> signIn = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(PageBrowser.title(signIn.body())).isEqualTo("Sign in – Skillmix");
    }

    @Test
    void aRefusedActionOnAPlanAnswersWithItsStatus() throws Exception {
        PageBrowser browser = PageBrowser.signIn(this, ANALYST, PASSWORD);

        HttpResponse<String> blank = browser.post(plan + "/comments", Map.of("body", ""));
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(PageBrowser.summaryLink(blank.body())).isEqualTo("#comment-body");

        HttpResponse<String> nowhere = browser.post(plan + "/share", Map.of("organisations", "XXX"));
        assertThat(nowhere.statusCode()).as(nowhere.body()).isEqualTo(400);
        assertThat(PageBrowser.summaryLink(nowhere.body())).isEqualTo("#share-orgs");

        // Only a plan every partner approved is published: the ICS lead's button is refused on a draft.
        HttpResponse<String> early = PageBrowser.signIn(this, LEAD, PASSWORD).post(plan + "/publish", Map.of());
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(PageBrowser.summaryLink(early.body())).isEqualTo("#plan-status");
    }
}
