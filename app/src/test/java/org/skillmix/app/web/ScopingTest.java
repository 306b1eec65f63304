package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The two HIGH holes of issue 12, as an attacker found them, against the real server: an analyst of one ICS
 * storing a dataset into another ICS, and the audit log of every ICS read by any analyst. Both tests failed
 * before the access rules moved into AccessPolicy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopingTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String PASSWORD = "Scoping-test-pass-42";
    static final String ANALYST_QOP = "scope-analyst-qop";
    static final String ANALYST_QKK = "scope-analyst-qkk";
    static final String VIEWER_QKK = "scope-viewer-qkk";

    @BeforeAll
    void accountsInTwoSystems() throws Exception {
        account(ANALYST_QOP, PASSWORD, "ANALYST", "QOP", null);
        account(ANALYST_QKK, PASSWORD, "ANALYST", "QKK", null);
        account(VIEWER_QKK, PASSWORD, "VIEWER", "QKK", null);
    }

    @Test
    void anAnalystOfOneIcsCannotStoreADatasetIntoAnother() throws Exception {
        List<Long> before = ids(get(VIEWER_QKK, PASSWORD, "/api/datasets").json());

        Response r = upload(ANALYST_QOP, PASSWORD, "other-ics.zip", zipOf(EXAMPLE, otherIcb()));

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().get("field").asText()).isEqualTo("file");
        assertThat(r.json().get("detail").asText()).contains("QKK").contains("QOP");
        assertThat(ids(get(VIEWER_QKK, PASSWORD, "/api/datasets").json()))
                .as("the other ICS's viewer sees nothing new")
                .isEqualTo(before);
    }

    @Test
    void anAnalystReadsOnlyTheirOwnIcsAuditEntries() throws Exception {
        // Something happens in QKK: its analyst creates an account there.
        Response made = postJson(
                ANALYST_QKK,
                PASSWORD,
                "/api/users",
                Map.of("username", "scope-viewer-qkk-2", "password", PASSWORD, "role", "VIEWER"));
        assertThat(made.status()).as(made.body()).isIn(201, 409);

        JsonNode qop = get(ANALYST_QOP, PASSWORD, "/api/audit?limit=1000").json();
        assertThat(qop.isArray()).isTrue();
        for (JsonNode entry : qop) {
            assertThat(entry.get("username").asText()).isNotIn(ANALYST_QKK, VIEWER_QKK);
            assertThat(entry.get("detail").asText()).doesNotContain("scope-viewer-qkk");
        }
        JsonNode qkk = get(ANALYST_QKK, PASSWORD, "/api/audit?limit=1000").json();
        assertThat(qkk).anySatisfy(e -> assertThat(e.get("detail").asText()).contains("scope-viewer-qkk-2"));
    }

    /**
     * The audit log is read by people: a failed sign-in says why in words (no exception class name), a name
     * typed 3,000 characters long is cut, and a limit outside 1-1000 is refused rather than quietly changed.
     */
    @Test
    void theAuditLogSpeaksPlainlyAndRefusesABadLimit() throws Exception {
        assertThat(get(ANALYST_QOP, "wrong-" + PASSWORD, "/api/me").status()).isEqualTo(401);
        assertThat(get("x".repeat(3_000), "wrong", "/api/me").status()).isEqualTo(401);
        JsonNode failed = get(ANALYST_QOP, PASSWORD, "/api/audit?limit=1000").json();
        assertThat(failed)
                .filteredOn(e -> e.get("action").asText().equals("sign-in.failed"))
                .allSatisfy(e -> assertThat(e.get("detail").asText()).doesNotContain("Exception"))
                .anySatisfy(e -> assertThat(e.get("detail").asText()).startsWith("wrong password or unknown username"));
        JsonNode every = get("admin", ADMIN_PASSWORD, "/api/audit?limit=1000").json();
        assertThat(every)
                .allSatisfy(e -> assertThat(e.get("username").asText().length()).isLessThanOrEqualTo(67));
        for (String limit : List.of("-5", "0", "5000")) {
            Response r = get(ANALYST_QOP, PASSWORD, "/api/audit?limit=" + limit);
            assertThat(r.status()).as(limit).isEqualTo(400);
            assertThat(r.json().get("field").asText()).isEqualTo("limit");
            assertThat(r.json().get("detail").asText()).contains("1 to 1000").contains(limit);
        }
    }

    /** The example as a valid dataset of ICB QKK: its manifest, and the ICB-wide rows that name the ICB. */
    static Map<String, String> otherIcb() throws java.io.IOException {
        Map<String, String> files = new java.util.HashMap<>();
        for (String name : List.of("manifest.csv", "metrics.csv", "discharge.csv")) {
            files.put(
                    name,
                    Files.readString(EXAMPLE.resolve(name), StandardCharsets.UTF_8)
                            .replace("QOP", "QKK"));
        }
        return files;
    }

    static List<Long> ids(JsonNode datasets) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode d : datasets) ids.add(d.get("id").asLong());
        return ids;
    }
}
