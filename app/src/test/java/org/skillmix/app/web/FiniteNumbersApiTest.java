package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * No NaN or Infinity reaches the API's JSON (issue 12). An organisation lead's explain sums the organisations they
 * may not see into "other organisations" rows, whose staff in post, sickness, bank, agency, share, pressure and
 * leaver factor do not exist; Jackson wrote them as the text "NaN" in number fields. They are null now, as the
 * page leaves them blank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiniteNumbersApiTest extends WebTestBase {
    static final String PASSWORD = "Finite-numbers-test-42";
    static final String ANALYST = "finite-analyst-qop";
    static final String LEAD = "finite-lead-rx7";

    long run;

    @BeforeAll
    void aRunOfTheExample() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        Response stored = upload(ANALYST, PASSWORD, "gm.zip", zipOf(EXAMPLE, Map.of()));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "RX7");
        Response started = postJson(
                ANALYST,
                PASSWORD,
                "/api/runs",
                Map.of("datasetId", stored.json().get("id").asLong(), "years", 1, "draws", 0));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        run = started.json().get("id").asLong();
        assertThat(awaitRun(ANALYST, PASSWORD, run, s -> s.equals("SUCCEEDED") || s.equals("FAILED"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aLeadsExplainHasNoNotANumber() throws Exception {
        Response r = get(LEAD, PASSWORD, "/api/runs/" + run + "/explain?capability=WOUND&place=E08000003");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode others = null;
        for (JsonNode term : r.json().get("supply")) {
            if (term.get("organisation").asText().equals("other organisations")) others = term;
        }
        assertThat(others)
                .as("the lead sees other organisations' supply summed")
                .isNotNull();
        assertThat(others.get("staffInPost").isNull()).as(others.toString()).isTrue();
        assertThat(others.get("pressure").isNull()).as(others.toString()).isTrue();
        assertThat(others.get("effectiveFte").isNumber()).as(others.toString()).isTrue();
        assertThat(others.get("effectiveFte").asDouble()).isPositive();
    }
}
