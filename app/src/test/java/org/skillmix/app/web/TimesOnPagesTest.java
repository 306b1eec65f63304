package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pages write a moment on England's clock with its zone (GMT or BST), as a planner in England reads it, never
 * in UTC or with no zone at all: a dataset's upload, an account's making.
 */
class TimesOnPagesTest extends WebTestBase {
    /** Written here, not taken from the app, so that the test checks the app's words against England's clock. */
    static final DateTimeFormatter ENGLAND =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK).withZone(ZoneId.of("Europe/London"));

    static final String PASSWORD = "times-on-pages-pass-4";

    @Test
    void aDatasetsUploadIsTimedOnEnglandsClock() throws Exception {
        JsonNode example = null;
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester")) example = d;
        }
        assertThat(example).isNotNull();
        String uploaded = ENGLAND.format(Instant.parse(example.get("uploadedAt").asText()));
        assertThat(uploaded).matches(".* (GMT|BST)");
        long id = example.get("id").asLong();
        assertThat(get("admin", ADMIN_PASSWORD, "/systems").body()).contains(">" + uploaded + " by ");
        assertThat(get("admin", ADMIN_PASSWORD, "/datasets/" + id + "/name").body())
                .contains(">" + uploaded + " by ");
    }

    @Test
    void anAccountsMakingIsTimedOnEnglandsClock() throws Exception {
        account("times-viewer", PASSWORD, "VIEWER", "QOP", null);
        JsonNode made = null;
        for (JsonNode u : get("admin", ADMIN_PASSWORD, "/api/users").json()) {
            if (u.get("username").asText().equals("times-viewer")) made = u;
        }
        assertThat(made).isNotNull();
        String at = ENGLAND.format(Instant.parse(made.get("createdAt").asText()));
        assertThat(get("admin", ADMIN_PASSWORD, "/accounts/times-viewer").body())
                .contains(">" + at + "<");
    }
}
