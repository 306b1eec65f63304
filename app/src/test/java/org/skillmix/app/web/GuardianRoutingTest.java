package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** An account as the administrator lists it. */
    JsonNode user(String username) throws Exception {
        for (JsonNode u : get("admin", ADMIN_PASSWORD, "/api/users").json()) {
            if (u.get("username").asText().equals(username)) return u;
        }
        throw new AssertionError("no account " + username);
    }
}
