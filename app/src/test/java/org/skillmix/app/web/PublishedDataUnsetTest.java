package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared test context, like a server started without `--published-data`: import answers 409 saying which
 * setting is missing, stores nothing, and the page says so instead of offering a form.
 */
class PublishedDataUnsetTest extends WebTestBase {
    static final String ADMIN = "admin";

    @Test
    void theEndpointsAnswerThatTheServerHasNoFolderAndStoreNothing() throws Exception {
        int datasets = get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json().size();
        int studies =
                get(ADMIN, ADMIN_PASSWORD, "/api/discharge-studies").json().size();
        for (String path : new String[] {"/api/imports", "/api/discharge-studies"}) {
            Response r = postJson(ADMIN, ADMIN_PASSWORD, path, Map.of("icb", "QOP"));
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(409);
            assertThat(r.json().get("detail").asText())
                    .as(path)
                    .contains("no published-data folder")
                    .contains("skillmix.published-data");
        }
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json().size()).isEqualTo(datasets);
    }

    @Test
    void thePagesSaySoInsteadOfAForm() throws Exception {
        String systems = get(ADMIN, ADMIN_PASSWORD, "/systems").body();
        assertThat(systems).contains("id=\"no-published-data\"").doesNotContain("id=\"import-form\"");
    }
}
