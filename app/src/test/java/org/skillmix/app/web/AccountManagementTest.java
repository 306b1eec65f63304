package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Managing accounts through the API (the Accounts page calls the same service): change, disable, enable, reset
 * with a one-time password that must be replaced before anything else, and the limits of who manages whom.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountManagementTest extends WebTestBase {
    static final String PASSWORD = "a-long-password-1";
    static final String ANALYST = "manage-analyst-qop";
    static final String OTHER_ANALYST = "manage-analyst-qkk";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void accounts() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        account(OTHER_ANALYST, PASSWORD, "ANALYST", "QKK", null);
    }

    String viewer(String name) throws Exception {
        account(name, PASSWORD, "VIEWER", "QOP", null);
        return name;
    }

    @Test
    void anAnalystChangesARoleInTheirIcsAndTheChangeAppliesAtOnce() throws Exception {
        String v = viewer("manage-viewer-role");
        assertThat(postJson(v, PASSWORD, "/api/users", Map.of()).status()).isEqualTo(403);
        Response changed =
                sendJson("PUT", ANALYST, PASSWORD, "/api/users/" + v, Map.of("role", "ANALYST", "icbCode", "QOP"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("role").asText()).isEqualTo("ANALYST");
        assertThat(changed.json().get("changedAt").isNull()).isFalse();
        // the same Basic credentials now list accounts: the role is read fresh on every request
        assertThat(get(v, PASSWORD, "/api/users").status()).isEqualTo(200);
        assertThat(auditDetails("account.change")).anyMatch(d -> d.startsWith(v + ": VIEWER in QOP -> ANALYST"));
    }

    @Test
    void anAnalystCannotRaiseAnAccountToAdministratorNorMoveItToAnotherIcs() throws Exception {
        String v = viewer("manage-viewer-raise");
        Response admin = sendJson("PUT", ANALYST, PASSWORD, "/api/users/" + v, Map.of("role", "ADMIN"));
        assertThat(admin.status()).as(admin.body()).isEqualTo(403);
        Response moved =
                sendJson("PUT", ANALYST, PASSWORD, "/api/users/" + v, Map.of("role", "VIEWER", "icbCode", "QKK"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(403);
        assertThat(role(v)).isEqualTo("VIEWER");
    }

    @Test
    void nobodyManagesAnotherIcsOrAnAdministratorOrThemselves() throws Exception {
        String v = viewer("manage-viewer-scope");
        // Another ICS's account is "not found", as a missing one: names tell nobody which accounts exist.
        assertThat(postJson(OTHER_ANALYST, PASSWORD, "/api/users/" + v + "/disable", Map.of())
                        .status())
                .isEqualTo(404);
        // An analyst does not see the administrators (no ICS of theirs): "not found", as another ICS's account.
        assertThat(postJson(ANALYST, PASSWORD, "/api/users/admin/password-reset", Map.of())
                        .status())
                .isEqualTo(404);
        Response self = postJson(ANALYST, PASSWORD, "/api/users/" + ANALYST + "/disable", Map.of());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asText()).contains("your own account");
        assertThat(postJson(ANALYST, PASSWORD, "/api/users/nobody-at-all/disable", Map.of())
                        .status())
                .isEqualTo(404);
        // another ICS's accounts are not even listed
        List<String> listed = get(OTHER_ANALYST, PASSWORD, "/api/users")
                .json()
                .valueStream()
                .map(a -> a.get("username").asText())
                .toList();
        assertThat(listed).contains(OTHER_ANALYST).doesNotContain(v, ANALYST, "admin");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabled() throws Exception {
        String v = viewer("manage-viewer-disable");
        assertThat(get(v, PASSWORD, "/api/datasets").status()).isEqualTo(200);
        Response disabled = postJson(ANALYST, PASSWORD, "/api/users/" + v + "/disable", Map.of());
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(get(v, PASSWORD, "/api/datasets").status()).isEqualTo(401);
        assertThat(postJson(ANALYST, PASSWORD, "/api/users/" + v + "/enable", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(get(v, PASSWORD, "/api/datasets").status()).isEqualTo(200);
        assertThat(auditDetails("account.disable")).contains(v);
        assertThat(auditDetails("account.enable")).contains(v);
    }

    @Test
    void aResetGivesAOneTimePasswordThatMustBeReplacedFirst() throws Exception {
        String v = viewer("manage-viewer-reset");
        Response reset = postJson(ANALYST, PASSWORD, "/api/users/" + v + "/password-reset", Map.of());
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String oneTime = reset.json().get("oneTimePassword").asText();
        assertThat(oneTime).hasSize(20);
        // stored only as a hash
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE username = ?", String.class, v);
        assertThat(hash).startsWith("$2").doesNotContain(oneTime);
        assertThat(get(v, PASSWORD, "/api/datasets").status())
                .as("the old password")
                .isEqualTo(401);
        Response blocked = get(v, oneTime, "/api/datasets");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("detail").asText()).contains("one-time password");
        // keeping the one-time password is refused; a weak one too
        Response same =
                postJson(v, oneTime, "/api/me/password", Map.of("currentPassword", oneTime, "newPassword", oneTime));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("field").asText()).isEqualTo("newPassword");
        Response wrong = postJson(
                v, oneTime, "/api/me/password", Map.of("currentPassword", "not-it-at-all", "newPassword", "x"));
        assertThat(wrong.json().get("field").asText()).isEqualTo("currentPassword");
        String mine = "my-own-passphrase-7";
        assertThat(postJson(v, oneTime, "/api/me/password", Map.of("currentPassword", oneTime, "newPassword", mine))
                        .status())
                .isEqualTo(204);
        assertThat(get(v, mine, "/api/datasets").status()).isEqualTo(200);
        assertThat(get(v, oneTime, "/api/datasets").status()).isEqualTo(401);
        assertThat(auditDetails("account.password-reset")).contains(v);
        assertThat(auditDetails("account.password-change")).contains(v);
    }

    @Test
    void theListShowsEachAccountsState() throws Exception {
        String v = viewer("manage-viewer-list");
        JsonNode mine = get(ANALYST, PASSWORD, "/api/users")
                .json()
                .valueStream()
                .filter(a -> a.get("username").asText().equals(v))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("disabled").asBoolean()).isFalse();
        assertThat(mine.get("passwordMustChange").asBoolean()).isFalse();
        assertThat(mine.get("createdAt").asText()).isNotBlank();
        assertThat(mine.has("passwordHash")).isFalse();
    }

    String role(String username) {
        return jdbc.queryForObject("SELECT role FROM users WHERE username = ?", String.class, username);
    }

    List<String> auditDetails(String action) {
        return jdbc.queryForList("SELECT detail FROM audit_log WHERE action = ?", String.class, action);
    }
}
