package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The ICB's own Freedom to Speak Up guardian (docs/speak-up.md, "Guardians"): one per ICS, with the ICB's code as
 * their organisation. Over two ICSs of their own (copies of Greater Manchester's dataset), so that no other test
 * class's guardians change what is routed where.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardianRoutingTest extends SpeakUpTestBase {
    /** An ICS with an ICB guardian and one organisation's guardian (Bolton, RMC). */
    static final String ICS = "QYG";
    /** Another ICS with an ICB guardian. */
    static final String OTHER = "QHM";

    static final String ICB_GUARDIAN = "su-icb-guardian-qyg";
    static final String OTHER_ICB_GUARDIAN = "su-icb-guardian-qhm";
    static final String RMC_GUARDIAN = "su-guardian-qyg-rmc";

    @BeforeAll
    void setUp() throws Exception {
        icsLikeGreaterManchester(ICS, "NHS Speak-up Routing Test Integrated Care Board");
        icsLikeGreaterManchester(OTHER, "NHS Speak-up Other Test Integrated Care Board");
        account(ICB_GUARDIAN, PASSWORD, "GUARDIAN", ICS, ICS);
        account(OTHER_ICB_GUARDIAN, PASSWORD, "GUARDIAN", OTHER, OTHER);
        account(RMC_GUARDIAN, PASSWORD, "GUARDIAN", ICS, "RMC");
    }

    @Test
    void aGuardianOfTheIcbItselfIsAcceptedAndAnUnknownOrganisationIsNot() throws Exception {
        JsonNode icb = user(ICB_GUARDIAN);
        assertThat(icb.get("role").asText()).isEqualTo("GUARDIAN");
        assertThat(icb.get("icbCode").asText()).isEqualTo(ICS);
        assertThat(icb.get("orgCode").asText()).isEqualTo(ICS);

        Response unknown = postJson("admin", ADMIN_PASSWORD, "/api/users", guardian("su-g-rzz", ICS, "RZZ"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).contains("organisation RZZ is not in ICS " + ICS);
        // Another ICS's ICB is not an organisation of this one.
        Response otherIcb = postJson("admin", ADMIN_PASSWORD, "/api/users", guardian("su-g-qhm", ICS, OTHER));
        assertThat(otherIcb.status()).isEqualTo(400);
        assertThat(otherIcb.json().get("message").asText()).contains("organisation " + OTHER + " is not in ICS");
        // The ICB's code is a guardian's organisation only: an organisation lead's must be one of the dataset's.
        Map<String, String> lead = Map.of(
                "username", "su-lead-icb", "password", PASSWORD, "role", "ORG_LEAD", "icbCode", ICS, "orgCode", ICS);
        Response leadOfIcb = postJson("admin", ADMIN_PASSWORD, "/api/users", lead);
        assertThat(leadOfIcb.status()).isEqualTo(400);
        assertThat(leadOfIcb.json().get("field").asText()).isEqualTo("orgCode");
    }

    @Test
    void aSecondGuardianOfTheSameIcbIsRefused() throws Exception {
        Response second = postJson(
                "admin", ADMIN_PASSWORD, "/api/users", guardian("su-icb-guardian-qyg-2", ICS, ICS.toLowerCase()));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asText())
                .contains("ICS " + ICS + " already has its ICB's guardian: " + ICB_GUARDIAN);
        // Nor may an existing guardian be moved onto the ICB.
        Response moved = sendJson(
                "PUT",
                "admin",
                ADMIN_PASSWORD,
                "/api/users/" + RMC_GUARDIAN,
                Map.of("role", "GUARDIAN", "icbCode", ICS, "orgCode", ICS));
        assertThat(moved.status()).as(moved.body()).isEqualTo(409);
        // The other ICS's ICB guardian is its own: one per ICS, not one on the server.
        assertThat(user(OTHER_ICB_GUARDIAN).get("orgCode").asText()).isEqualTo(OTHER);
        assertThat(user(RMC_GUARDIAN).get("orgCode").asText()).isEqualTo("RMC");
    }

    @Test
    void aCaseOfAnOrganisationWithoutAGuardianIsTheIcbGuardiansAndNoOneElses() throws Exception {
        String asc = raiseIn(ICS, "ASC-E08000001", "Bolton care homes: agency staff asked to work 20-hour shifts.");
        String r0a = raiseIn(ICS, "R0A", "Manchester: a concern about an organisation without a guardian.");
        String rmc = raiseIn(ICS, "RMC", "Bolton: a concern for the RMC guardian of this ICS.");

        // The ICB's guardian lists, reads, answers and moves on the cases of organisations without a guardian.
        assertThat(references(ICB_GUARDIAN)).contains(asc, r0a).doesNotContain(rmc);
        long before = lastAuditId();
        Response read = send(ICB_GUARDIAN, "GET", "/api/speak-up/cases/" + asc, null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("orgName").asText()).isEqualTo("Adult social care providers, Bolton");
        Response answer = send(
                ICB_GUARDIAN,
                "POST",
                "/api/speak-up/cases/" + asc + "/answers",
                Map.of("text", "Thank you. Which home, and since when?"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Response moved =
                send(ICB_GUARDIAN, "PUT", "/api/speak-up/cases/" + asc + "/status", Map.of("status", "IN_PROGRESS"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        // Every read and answer is audited, saying why the ICB's guardian could (their entries: a run of another
        // test class may finish meanwhile).
        String why = " (ASC-E08000001: no guardian of its own, so the ICB's guardian)";
        assertThat(jdbc.queryForList(
                        "SELECT username || ' ' || action || ' ' || detail FROM audit_log WHERE id > ? AND username = ?"
                                + " ORDER BY id",
                        String.class,
                        before,
                        ICB_GUARDIAN))
                .containsExactly(
                        ICB_GUARDIAN + " speakup.case.read " + asc + why,
                        ICB_GUARDIAN + " speakup.case.answer " + asc + why,
                        ICB_GUARDIAN + " speakup.case.status " + asc + " RECEIVED -> IN_PROGRESS" + why);

        // An organisation with a guardian of its own: theirs alone, not the ICB's guardian's.
        assertThat(send(ICB_GUARDIAN, "GET", "/api/speak-up/cases/" + rmc, null).status())
                .isEqualTo(404);
        assertThat(send(ICB_GUARDIAN, "POST", "/api/speak-up/cases/" + rmc + "/answers", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(send(RMC_GUARDIAN, "GET", "/api/speak-up/cases/" + rmc, null).status())
                .isEqualTo(200);

        // Another organisation's guardian, and the ICB guardian of another ICS: "not found", as a missing case.
        for (String other : List.of(RMC_GUARDIAN, OTHER_ICB_GUARDIAN)) {
            assertThat(references(other)).as(other).doesNotContain(asc, r0a);
            assertThat(send(other, "GET", "/api/speak-up/cases/" + asc, null).status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(send(other, "POST", "/api/speak-up/cases/" + asc + "/answers", Map.of("text", "x"))
                            .status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(send(other, "PUT", "/api/speak-up/cases/" + asc + "/status", Map.of("status", "CLOSED"))
                            .status())
                    .as(other)
                    .isEqualTo(404);
        }
        // Nobody else gains anything: analysts and the administrator still read no case.
        account("su-analyst-qyg", PASSWORD, "ANALYST", ICS, null);
        assertThat(send("su-analyst-qyg", "GET", "/api/speak-up/cases/" + asc, null)
                        .status())
                .isEqualTo(403);
        assertThat(get("admin", ADMIN_PASSWORD, "/api/speak-up/cases/" + asc).status())
                .isEqualTo(403);

        // The page names the ICB and each case's organisation.
        String page = send(ICB_GUARDIAN, "GET", "/speak-up/cases", null).body();
        assertThat(page)
                .contains("the ICB and the organisations without a guardian</h1>")
                .contains("Adult social care providers, Bolton (ASC-E08000001)")
                .doesNotContain(rmc)
                .containsPattern("<td>\\d{1,2} [A-Z][a-z]+ \\d{4}</td>");
        // The case's page dates it, its status and its answer in words ("7 December 2026"), not as 2026-12-07.
        String day = "\\d{1,2} [A-Z][a-z]+ \\d{4}";
        assertThat(send(ICB_GUARDIAN, "GET", "/speak-up/cases/" + asc, null).body())
                .containsPattern("<dt>Raised on</dt><dd>" + day + "</dd>")
                .containsPattern("\\(since " + day + "\\)")
                .containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">" + day + "</time>");
    }

    @Test
    void aCaseStaysWithTheIcbGuardianOnlyWhileItsOrganisationHasNone() throws Exception {
        String rt2 = raiseIn(ICS, "RT2", "Pennine Care: raised before the trust's guardian was appointed.");
        assertThat(send(ICB_GUARDIAN, "GET", "/api/speak-up/cases/" + rt2, null).status())
                .isEqualTo(200);

        // The trust appoints its guardian: the case is theirs now, and no longer the ICB's guardian's.
        account("su-guardian-qyg-rt2", PASSWORD, "GUARDIAN", ICS, "RT2");
        assertThat(send("su-guardian-qyg-rt2", "GET", "/api/speak-up/cases/" + rt2, null)
                        .status())
                .isEqualTo(200);
        assertThat(send(ICB_GUARDIAN, "GET", "/api/speak-up/cases/" + rt2, null).status())
                .isEqualTo(404);
        assertThat(references(ICB_GUARDIAN)).doesNotContain(rt2);

        // A disabled guardian reads nothing, so the organisation has none: back to the ICB's guardian until enabled.
        assertThat(postJson("admin", ADMIN_PASSWORD, "/api/users/su-guardian-qyg-rt2/disable", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(references(ICB_GUARDIAN)).contains(rt2);
        assertThat(postJson("admin", ADMIN_PASSWORD, "/api/users/su-guardian-qyg-rt2/enable", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(references(ICB_GUARDIAN)).doesNotContain(rt2);
    }

    /** Raises a concern about an organisation of an ICS, anonymously; its reference. */
    String raiseIn(String icb, String org, String text) throws Exception {
        Response r = anonymous(
                "POST",
                "/api/speak-up/concerns",
                Map.of("icbCode", icb, "orgCode", org, "category", "STAFFING_LEVELS", "text", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("reference").asText();
    }

    /** The references in a guardian's list. */
    List<String> references(String guardian) throws Exception {
        Response r = send(guardian, "GET", "/api/speak-up/cases", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        r.json().forEach(c -> refs.add(c.get("reference").asText()));
        return refs;
    }

    long lastAuditId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
    }

    /** An account as the administrator lists it. */
    JsonNode user(String username) throws Exception {
        for (JsonNode u : get("admin", ADMIN_PASSWORD, "/api/users").json()) {
            if (u.get("username").asText().equals(username)) return u;
        }
        throw new AssertionError("no account " + username);
    }
}
