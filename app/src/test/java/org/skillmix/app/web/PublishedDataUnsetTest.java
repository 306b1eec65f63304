package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared test context, like a server started without `--published-data`: import and the discharge study answer
 * 409 saying which setting is missing, store nothing, and the pages say so instead of offering a form.
 * (FrontEndsAgreeOnPublishedDataTest runs both with the folder.)
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
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/discharge-studies").json().size())
                .isEqualTo(studies);
    }

    @Test
    void thePagesSaySoInsteadOfAForm() throws Exception {
        String systems = get(ADMIN, ADMIN_PASSWORD, "/systems").body();
        assertThat(systems).contains("id=\"no-published-data\"").doesNotContain("id=\"import-form\"");
        long example = -1;
        for (var d : get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                example = d.get("id").asLong();
        }
        String discharge =
                get(ADMIN, ADMIN_PASSWORD, "/systems/" + example + "/discharge").body();
        assertThat(discharge).contains("id=\"no-published-data\"").doesNotContain("id=\"study-form\"");
    }
}
