package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The speak-up API: raising and following a concern, a guardian's work, who sees what, and bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakUpApiTest extends SpeakUpTestBase {

    @BeforeAll
    void setUp() throws Exception {
        accounts();
    }

    @Test
    void aConcernIsRaisedFollowedAnsweredAndRepliedTo() throws Exception {
        JsonNode raised = raise("RMC", "STAFFING_LEVELS", "Ward 7 ran nights with one registered nurse for 30 beds.");
        String ref = raised.get("reference").asText();
        String secret = raised.get("secret").asText();
        assertThat(ref).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(secret).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(raised.get("orgName").asText()).isEqualTo("Bolton NHS Foundation Trust");

        JsonNode opened = anonymous("POST", "/api/speak-up/follow", Map.of("reference", ref, "secret", secret))
                .json();
        assertThat(opened.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(opened.get("place").asText()).isEqualTo("Bolton");
        assertThat(opened.get("messages")).hasSize(1);
        assertThat(opened.get("messages").get(0).get("text").asText()).startsWith("Ward 7 ran nights");

        // The guardian answers and moves the case on; the person reads both with the reference and secret.
        Response answered = send(
                GUARDIAN_RMC,
                "POST",
                "/api/speak-up/cases/" + ref + "/answers",
                Map.of("text", "Thank you. I have asked for the rota; can you say which weeks?"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        Response moved =
                send(GUARDIAN_RMC, "PUT", "/api/speak-up/cases/" + ref + "/status", Map.of("status", "IN_PROGRESS"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        // Lower case and without hyphens, as someone might type them, still opens the case.
        Response replied = anonymous(
                "POST",
                "/api/speak-up/follow/replies",
                Map.of(
                        "reference",
                        ref.toLowerCase().replace("-", ""),
                        "secret",
                        secret.toLowerCase(),
                        "text",
                        "The weeks of 3 and 10 November."));
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        JsonNode now = replied.json();
        assertThat(now.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(now.get("messages")).hasSize(3);
        assertThat(now.get("messages").get(1).get("from").asText()).isEqualTo("GUARDIAN");
        assertThat(now.get("messages").get(1).get("text").asText()).contains("which weeks");
        assertThat(now.get("messages").get(2).get("from").asText()).isEqualTo("STAFF");

        // Closing needs an outcome; with one, the person reads it.
        Response noOutcome =
                send(GUARDIAN_RMC, "PUT", "/api/speak-up/cases/" + ref + "/status", Map.of("status", "CLOSED"));
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.json().get("field").asText()).isEqualTo("outcome");
        Response closed = send(
                GUARDIAN_RMC,
                "PUT",
                "/api/speak-up/cases/" + ref + "/status",
                Map.of("status", "CLOSED", "outcome", "A second registered nurse is rostered on nights from January."));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode last = anonymous("POST", "/api/speak-up/follow", Map.of("reference", ref, "secret", secret))
                .json();
        assertThat(last.get("status").asText()).isEqualTo("CLOSED");
        assertThat(last.get("outcome").asText()).startsWith("A second registered nurse");
    }

    @Test
    void aWrongSecretAndAnUnknownReferenceAreToldApartByNothing() throws Exception {
        JsonNode raised = raise("RMC", "OTHER", "Something to follow.");
        String ref = raised.get("reference").asText();
        String secret = raised.get("secret").asText();
        String otherSecret = (secret.charAt(0) == '0' ? "1" : "0") + secret.substring(1);
        Response wrongSecret =
                anonymous("POST", "/api/speak-up/follow", Map.of("reference", ref, "secret", otherSecret));
        Response unknownRef = anonymous(
                "POST",
                "/api/speak-up/follow",
                Map.of(
                        "reference",
                        ref.equals("0000-0000-0000") ? "1111-1111-1111" : "0000-0000-0000",
                        "secret",
                        secret));
        assertThat(wrongSecret.status()).isEqualTo(404);
        assertThat(unknownRef.status()).isEqualTo(404);
        assertThat(wrongSecret.body()).isEqualTo(unknownRef.body());
        assertThat(wrongSecret.body()).contains("do not open a case").doesNotContain(ref);
        // A reply with a wrong secret stores nothing.
        int before = messages();
        Response reply = anonymous(
                "POST",
                "/api/speak-up/follow/replies",
                Map.of("reference", ref, "secret", otherSecret, "text", "not mine"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(messages()).isEqualTo(before);
        // Not a reference at all: the format is explained, and that reveals nothing about any case.
        Response garbled = anonymous("POST", "/api/speak-up/follow", Map.of("reference", "K7Q2", "secret", secret));
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("field").asText()).isEqualTo("reference");
    }

    @Test
    void theCasesPageCountsOneCaseAsOne() throws Exception {
        account("su-guardian-rt2", PASSWORD, "GUARDIAN", "QOP", "RT2");
        raise("RT2", "OTHER", "Pennine Care: the first concern for the RT2 guardian.");
        assertThat(send("su-guardian-rt2", "GET", "/speak-up/cases", null).body())
                .contains("<caption>1 case</caption>");
        raise("RT2", "OTHER", "Pennine Care: the second concern for the RT2 guardian.");
        assertThat(send("su-guardian-rt2", "GET", "/speak-up/cases", null).body())
                .contains("<caption>2 cases</caption>");
    }

    @Test
    void theCasesPageNamesTheGuardiansOrganisation() throws Exception {
        assertThat(send(GUARDIAN_RMC, "GET", "/speak-up/cases", null).body())
                .contains("<h1>Speak-up cases: Bolton NHS Foundation Trust (RMC)</h1>");
    }

    @Test
    void aGuardianSeesAndAnswersOnlyTheirOwnOrganisation() throws Exception {
        String rmc = raise("RMC", "BULLYING", "Bolton: a concern for the RMC guardian.")
                .get("reference")
                .asText();
        String r0a = raise("R0A", "PATIENT_SAFETY", "Manchester: a concern for the R0A guardian.")
                .get("reference")
                .asText();

        JsonNode list = send(GUARDIAN_RMC, "GET", "/api/speak-up/cases", null).json();
        List<String> refs = new ArrayList<>();
        list.forEach(c -> refs.add(c.get("reference").asText()));
        assertThat(refs).contains(rmc).doesNotContain(r0a);
        for (String ref : refs) {
            assertThat(jdbc.queryForObject(
                            "SELECT org_code FROM speak_up_cases WHERE reference = ?", String.class, ref))
                    .isEqualTo("RMC");
        }
        // Another organisation's case is "not found", exactly as one that does not exist.
        assertThat(send(GUARDIAN_RMC, "GET", "/api/speak-up/cases/" + r0a, null).status())
                .isEqualTo(404);
        assertThat(send(GUARDIAN_RMC, "POST", "/api/speak-up/cases/" + r0a + "/answers", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(send(GUARDIAN_RMC, "PUT", "/api/speak-up/cases/" + r0a + "/status", Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(404);
        assertThat(send(GUARDIAN_R0A, "GET", "/api/speak-up/cases/" + r0a, null).status())
                .isEqualTo(200);

        // Every other role: no case at all, not even the list; without an account, 401.
        for (String user : List.of(VIEWER, LEAD, ANALYST, OTHER_ICS)) {
            assertThat(send(user, "GET", "/api/speak-up/cases", null).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(user, "GET", "/api/speak-up/cases/" + rmc, null).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(send(user, "POST", "/api/speak-up/cases/" + rmc + "/answers", Map.of("text", "x"))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(get("admin", ADMIN_PASSWORD, "/api/speak-up/cases").status()).isEqualTo(403);
        assertThat(get(null, null, "/api/speak-up/cases").status()).isEqualTo(401);
        assertThat(get(null, null, "/api/speak-up/themes").status()).isEqualTo(401);

        // A guardian sees speak-up only: no system, dataset or run of the ICS.
        assertThat(send(GUARDIAN_RMC, "GET", "/api/datasets", null).json()).isEmpty();
        assertThat(send(GUARDIAN_RMC, "GET", "/api/runs", null).json()).isEmpty();
        long example = get("admin", ADMIN_PASSWORD, "/api/datasets")
                .json()
                .get(0)
                .get("id")
                .asLong();
        // A guardian reads no system: for them no dataset exists.
        assertThat(send(GUARDIAN_RMC, "GET", "/api/datasets/" + example, null).status())
                .isEqualTo(404);
    }

    @Test
    void everyGuardianReadAndAnswerIsAuditedAndTheSubmitterNever() throws Exception {
        long before = lastAuditId();
        JsonNode raised = raise("RMC", "COMPETENCY", "Asked to give IV drugs without the training.");
        String ref = raised.get("reference").asText();
        anonymous(
                "POST",
                "/api/speak-up/follow",
                Map.of("reference", ref, "secret", raised.get("secret").asText()));
        assertThat(lastAuditId())
                .as("raising and following leave no audit entry")
                .isEqualTo(before);

        send(GUARDIAN_RMC, "GET", "/api/speak-up/cases", null);
        send(GUARDIAN_RMC, "GET", "/api/speak-up/cases/" + ref, null);
        send(GUARDIAN_RMC, "POST", "/api/speak-up/cases/" + ref + "/answers", Map.of("text", "Thank you."));
        send(GUARDIAN_RMC, "PUT", "/api/speak-up/cases/" + ref + "/status", Map.of("status", "IN_PROGRESS"));
        List<Map<String, Object>> entries =
                jdbc.queryForList("SELECT username, action, detail FROM audit_log WHERE id > ? ORDER BY id", before);
        assertThat(entries)
                .extracting(e -> e.get("username") + " " + e.get("action"))
                .containsExactly(
                        GUARDIAN_RMC + " speakup.cases.list",
                        GUARDIAN_RMC + " speakup.case.read",
                        GUARDIAN_RMC + " speakup.case.answer",
                        GUARDIAN_RMC + " speakup.case.status");
        assertThat(entries.get(1).get("detail")).isEqualTo(ref);
        assertThat(entries.get(3).get("detail")).isEqualTo(ref + " RECEIVED -> IN_PROGRESS");
        entries.forEach(e -> assertThat((String) e.get("detail")).doesNotContain("IV drugs"));
    }

    @Test
    void badConcernsAreRefusedWithTheirFieldAndNothingIsStored() throws Exception {
        int cases = cases();
        Map<String, String> good = Map.of(
                "icbCode", "QOP", "orgCode", "RMC", "placeCode", "E08000001", "category", "BULLYING", "text", "words");
        Object[][] bad = {
            {Map.of("orgCode", ""), "organisation", "choose the organisation"},
            {Map.of("orgCode", "RXX"), "organisation", "no organisation RXX in NHS Greater Manchester"},
            {Map.of("icbCode", "QZZ"), "organisation", "no integrated care system QZZ"},
            {Map.of("placeCode", "E09000001"), "place", "no place E09000001"},
            {Map.of("category", "GOSSIP"), "category", "\"GOSSIP\" is not a category"},
            {Map.of("category", ""), "category", "choose what the concern is about"},
            {Map.of("text", "   "), "text", "write what happened"},
            {Map.of("text", "x".repeat(10_001)), "text", "at most 10,000 characters; this has 10,001"},
            {Map.of("text", "a\u0000b"), "text", "NUL character"}
        };
        for (Object[] b : bad) {
            @SuppressWarnings("unchecked")
            Map<String, String> change = (Map<String, String>) b[0];
            Map<String, String> body = new HashMap<>(good);
            body.putAll(change);
            Response r = anonymous("POST", "/api/speak-up/concerns", body);
            assertThat(r.status()).as(change.toString()).isEqualTo(400);
            assertThat(r.json().get("field").asText()).as(change.toString()).isEqualTo(b[1]);
            assertThat(r.json().get("message").asText()).as(change.toString()).contains((String) b[2]);
        }
        // Everything wrong at once: every problem, each with its field, so the form can mark each.
        Response all = anonymous("POST", "/api/speak-up/concerns", Map.of("category", "x", "text", ""));
        assertThat(all.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        all.json().get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactly("organisation", "category", "text");
        assertThat(anonymous("POST", "/api/speak-up/concerns", "not json").status())
                .isEqualTo(400);
        assertThat(cases()).as("nothing stored").isEqualTo(cases);
        // A text of exactly 10,000 characters is accepted.
        Map<String, String> longest = new HashMap<>(good);
        longest.put("text", "y".repeat(10_000));
        assertThat(anonymous("POST", "/api/speak-up/concerns", longest).status())
                .isEqualTo(201);
    }

    @Test
    void guardiansAreCreatedOnePerOrganisationOfTheIcs() throws Exception {
        Response twice = postJson("admin", ADMIN_PASSWORD, "/api/users", guardian("su-guardian-rmc-2", "QOP", "RMC"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asText()).contains("already has a guardian: " + GUARDIAN_RMC);

        Response unknown = postJson("admin", ADMIN_PASSWORD, "/api/users", guardian("su-g-x", "QOP", "RZZ"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("organisation RZZ is not in ICS QOP");
        Response noIcs = postJson("admin", ADMIN_PASSWORD, "/api/users", guardian("su-g-y", null, "RMC"));
        assertThat(noIcs.status()).isEqualTo(400);
        assertThat(noIcs.json().get("field").asText()).isEqualTo("icbCode");
        // An analyst of another ICS makes accounts in their own ICS only.
        Response elsewhere = send(OTHER_ICS, "POST", "/api/users", guardian("su-g-z", "QOP", "RMC"));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().get("field").asText()).isEqualTo("icbCode");
        // Nor does the ICS's own analyst make or take over a guardian: whoever sets a guardian's password could
        // sign in as the guardian and read the organisation's concerns.
        Response byAnalyst = send(ANALYST, "POST", "/api/users", guardian("su-g-v", "QOP", "RMP"));
        assertThat(byAnalyst.status()).as(byAnalyst.body()).isEqualTo(403);
        assertThat(byAnalyst.json().get("field").asText()).isEqualTo("role");
        assertThat(send(ANALYST, "POST", "/api/users/" + GUARDIAN_RMC + "/password-reset", null)
                        .status())
                .isEqualTo(403);
        assertThat(send(ANALYST, "POST", "/api/users/" + GUARDIAN_RMC + "/disable", null)
                        .status())
                .isEqualTo(403);
        // Only an analyst creates accounts.
        assertThat(send(GUARDIAN_RMC, "POST", "/api/users", guardian("su-g-w", "QOP", "RMP"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theEndpointsAreInTheApiDocumentAndTheAnonymousOnesArePublicByDecision() throws Exception {
        JsonNode doc = get("admin", ADMIN_PASSWORD, "/v3/api-docs").json();
        JsonNode paths = doc.get("paths");
        for (String p : List.of(
                "/api/speak-up/choices",
                "/api/speak-up/concerns",
                "/api/speak-up/follow",
                "/api/speak-up/follow/replies")) {
            JsonNode operation = paths.get(p).properties().iterator().next().getValue();
            assertThat(operation.get("security")).as(p).isNotNull();
            assertThat(operation.get("security"))
                    .as(p + ": an empty requirement, public")
                    .isEmpty();
        }
        for (String p : List.of(
                "/api/speak-up/cases",
                "/api/speak-up/cases/{reference}",
                "/api/speak-up/cases/{reference}/answers",
                "/api/speak-up/cases/{reference}/status",
                "/api/speak-up/themes")) {
            assertThat(paths.has(p)).as(p).isTrue();
            assertThat(paths.get(p).properties().iterator().next().getValue().has("security"))
                    .as(p)
                    .isFalse();
        }
        JsonNode choices = anonymous("GET", "/api/speak-up/choices", null).json();
        assertThat(choices.get("categories")).hasSize(6);
        JsonNode gm = choices.get("systems").get(0);
        assertThat(gm.get("icbCode").asText()).isEqualTo("QOP");
        assertThat(gm.get("organisations").toString())
                .contains("\"code\":\"RMC\"")
                .contains("Bolton NHS Foundation Trust");
    }

    private int cases() {
        return jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class);
    }

    private int messages() {
        return jdbc.queryForObject("SELECT count(*) FROM speak_up_messages", Integer.class);
    }

    private long lastAuditId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
    }
}
