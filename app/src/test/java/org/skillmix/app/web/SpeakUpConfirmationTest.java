package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * What the person who raised a concern is told reads it, in each of the three situations (docs/speak-up.md, "Who
 * reads a concern"): the organisation's guardian; the ICB's guardian, the organisation having none; nobody yet, with
 * the other routes. On the page and in the API's readBy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakUpConfirmationTest extends SpeakUpTestBase {
    /** GuardianRoutingTest's ICS: a guardian of the ICB and one of Bolton NHS Foundation Trust (RMC). */
    static final String GUARDED = GuardianRoutingTest.ICS;

    static final String GUARDED_NAME = "NHS Speak-up Routing Test Integrated Care Board";
    /** An ICS with no guardian at all: no test appoints one. */
    static final String UNGUARDED = "QUE";

    static final String UNGUARDED_NAME = "NHS Speak-up Unguarded Test Integrated Care Board";

    @BeforeAll
    void setUp() throws Exception {
        icsLikeGreaterManchester(GUARDED, GUARDED_NAME);
        icsLikeGreaterManchester(UNGUARDED, UNGUARDED_NAME);
        account(GuardianRoutingTest.ICB_GUARDIAN, PASSWORD, "GUARDIAN", GUARDED, GUARDED);
        account(GuardianRoutingTest.RMC_GUARDIAN, PASSWORD, "GUARDIAN", GUARDED, "RMC");
    }

    @Test
    void anOrganisationWithAGuardianOfItsOwn() throws Exception {
        String page = confirmation(GUARDED, "RMC");
        assertThat(page)
                .contains("Your concern was sent")
                .contains("The Freedom to Speak Up guardian of <strong>Bolton NHS Foundation Trust (RMC)</strong>"
                        + " will read it.")
                .doesNotContain("has no Freedom to Speak Up guardian registered here")
                .doesNotContain("nationalguardian.org.uk")
                // England's day in words ("7 December 2026"), as every page writes a date, not 2026-12-07.
                .containsPattern("It is dated <span>\\d{1,2} [A-Z][a-z]+ \\d{4}</span>;");
        assertThat(raisedBy(GUARDED, "RMC").get("readBy").asText()).isEqualTo("ORGANISATION_GUARDIAN");
    }

    @Test
    void anOrganisationWithoutOneIsReadByTheIcbsGuardian() throws Exception {
        String page = confirmation(GUARDED, "ASC-E08000001");
        assertThat(page)
                .contains("Your concern was sent")
                .contains("<strong>Adult social care providers, Bolton (ASC-E08000001)</strong> "
                        + "has no Freedom to Speak Up guardian registered here, so the guardian of the integrated"
                        + " care board, <strong>" + GUARDED_NAME + "</strong>, will read it.")
                .doesNotContain("The Freedom to Speak Up guardian of ")
                .doesNotContain("nationalguardian.org.uk");
        JsonNode raised = raisedBy(GUARDED, "ASC-E08000001");
        assertThat(raised.get("readBy").asText()).isEqualTo("ICB_GUARDIAN");
        assertThat(raised.get("icbName").asText()).isEqualTo(GUARDED_NAME);
    }

    @Test
    void withNeitherTheConcernIsKeptAndTheOtherRoutesAreNamed() throws Exception {
        String page = confirmation(UNGUARDED, "RMC");
        assertThat(page)
                .contains("Your concern is kept, but no guardian can read it yet")
                .doesNotContain("Your concern was sent")
                .doesNotContain("will read it")
                .contains("No Freedom to Speak Up guardian is registered here yet, neither for <strong>Bolton"
                        + " NHS Foundation Trust (RMC)</strong> nor for the integrated care board, <strong>"
                        + UNGUARDED_NAME
                        + "</strong>. Your concern is kept, and will be read when the ICS registers one.")
                .contains("your organisation's own Freedom to Speak Up process")
                .contains("<a href=\"https://nationalguardian.org.uk\" rel=\"noreferrer\">National Guardian's Office");
        assertThat(raisedBy(UNGUARDED, "RMC").get("readBy").asText()).isEqualTo("NO_GUARDIAN_YET");
        // Kept, for the first guardian the ICS registers.
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM speak_up_cases WHERE icb_code = ? AND org_code = 'RMC'",
                        Integer.class,
                        UNGUARDED))
                .isEqualTo(2);
    }

    @Test
    void theFormSaysWhoReadsAConcernBesideTheOrganisation() throws Exception {
        String form = anonymous("GET", "/speak-up", null).body().replaceAll("\\s+", " ");
        assertThat(form)
                .contains("Its own Freedom to Speak Up guardian reads your concern, or the integrated care"
                        + " board's guardian if it has none");
    }

    /** The page the form answers with, sent as a browser sends it (with the form's CSRF token). */
    String confirmation(String icb, String org) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(base() + "/speak-up")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        Map<String, String> fields = Map.of(
                "_csrf",
                token.group(1),
                "organisation",
                icb + ":" + org,
                "category",
                "PATIENT_SAFETY",
                "place",
                "",
                "text",
                "Medicines rounds are skipped at night.");
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> sent = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/speak-up"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("id=\"secret\"");
        // Compared with its white space as one space: the template's line breaks are not the text's.
        return sent.body().replaceAll("\\s+", " ");
    }

    /** The API's answer to a concern about the organisation. */
    JsonNode raisedBy(String icb, String org) throws Exception {
        Response r = anonymous(
                "POST",
                "/api/speak-up/concerns",
                Map.of("icbCode", icb, "orgCode", org, "category", "OTHER", "text", "Raised through the API."));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
