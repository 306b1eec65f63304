package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped example's mutual-aid files (docs/examples/gm-winter), which the Mutual aid page of the example system
 * offers so that a planner can try it without writing a staff file: served to a signed-in user as they are in the
 * repository, to nobody else, and offered only on the example's own page.
 */
class ExampleSideFilesTest extends ApiTestBase {

    @Test
    void aSignedInPlannerGetsTheRepositorysFilesAndAVisitorIsSentToSignIn() throws Exception {
        for (String name : new String[] {"staff.csv", "surge.csv"}) {
            Response file = get(VIEWER, PASSWORD, "/examples/gm-winter/" + name);
            assertThat(file.status()).as(name).isEqualTo(200);
            assertThat(file.bytes())
                    .as(name)
                    .isEqualTo(Files.readAllBytes(REPO.resolve("docs/examples/gm-winter/" + name)));
            Response anonymous = get(null, null, "/examples/gm-winter/" + name);
            assertThat(anonymous.status()).as(name).isEqualTo(302);
            assertThat(anonymous.raw().headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void onlyTheExamplesOwnPageOffersThem() throws Exception {
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/datasets/" + exampleId + "/mutual-aid")
                        .body())
                .contains("id=\"example-files\"")
                .contains("href=\"/examples/gm-winter/staff.csv\"")
                .contains("href=\"/examples/gm-winter/surge.csv\"");
        Response copy = upload(ADMIN, ADMIN_PASSWORD, "gm-copy.zip", zipOf(EXAMPLE, Map.of()));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(get(
                                ADMIN,
                                ADMIN_PASSWORD,
                                "/datasets/" + copy.json().get("id").asLong() + "/mutual-aid")
                        .body())
                .doesNotContain("id=\"example-files\"");
    }
}
