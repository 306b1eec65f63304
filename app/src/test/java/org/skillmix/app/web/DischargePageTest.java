package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;

/**
 * The discharge page of the example (which carries discharge.csv): the what-if figure is what DischargeInputs gives
 * on the example read here from its files, another ICB's analyst is refused, and a bad FTE is a clear problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DischargePageTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String ELSEWHERE = "analyst-qkk-discharge";
    static final String PASSWORD = "a-long-password-1";

    long exampleId;

    @BeforeAll
    void accounts() throws Exception {
        JsonNode datasets = get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json();
        for (JsonNode d : datasets) if (d.get("sourceName").asText().equals("examples/greater-manchester")) exampleId = d.get("id").asLong();
        assertThat(exampleId).as("the example is imported on a first start").isPositive();
        Response r = postJson(ADMIN, ADMIN_PASSWORD, "/api/users", Map.of("username", ELSEWHERE, "password", PASSWORD, "role", "ANALYST",
                "icbCode", "QKK"));
        assertThat(r.status()).as(r.body()).isIn(201, 409);
    }

    @Test
    void whatIfMatchesTheModelOnTheExamplesFiles() throws Exception {
        SystemModel model = new DatasetReader().read(Path.of("..", "examples", "greater-manchester"));
        DischargeInputs in = model.dischargeInputs().orElseThrow();
        double expected = in.benefit(model.info().baseMonth(), Map.of("E08000003", 25.0)).bedDaysSavedPerYear();
        Response page = get(ADMIN, ADMIN_PASSWORD, "/systems/" + exampleId + "/discharge?place=E08000003&fte=25");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"whatif-bed-days\">" + String.format(Locale.ROOT, "%,.1f", expected) + "<")
                .contains("Which place's social care binds");
        assertThat(expected).isPositive();
        // every place has a row
        for (var p : model.places()) assertThat(page.body()).contains("(" + p.code() + ")");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/systems").body()).contains("/systems/" + exampleId + "/discharge");
    }

    @Test
    void anotherIcsIsRefusedAndABadFteIsAProblem() throws Exception {
        assertThat(get(ELSEWHERE, PASSWORD, "/systems/" + exampleId + "/discharge").status()).isEqualTo(403);
        Response bad = get(ADMIN, ADMIN_PASSWORD, "/systems/" + exampleId + "/discharge?place=E08000003&fte=-3");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("give the extra homecare FTE");
        assertThat(List.of(get(ADMIN, ADMIN_PASSWORD, "/systems/" + exampleId + "/discharge?place=NOPE&fte=3").status())).containsExactly(400);
    }
}
