package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillmix.core.discharge.DischargeFlowModel;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.discharge.HandoverPressure;
import org.skillmix.core.discharge.HomecareStaffing;
import org.skillmix.core.discharge.PlaceEffect;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import tools.jackson.databind.JsonNode;

/**
 * The discharge questions over the web: what N more care workers in a place do, and which place binds, from the
 * example's discharge.csv as stored in PostgreSQL and read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DischargeApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String ELSEWHERE = "analyst-qkk-discharge";
    static final String PASSWORD = "a-long-password-1";
    static final String MANCHESTER = "E08000003";

    long exampleId;
    SystemModel example;

    @BeforeAll
    void setUp() throws Exception {
        JsonNode datasets = get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json();
        for (JsonNode d : datasets)
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        assertThat(exampleId).as("the example is imported on a first start").isPositive();
        Response r = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/users",
                Map.of("username", ELSEWHERE, "password", PASSWORD, "role", "ANALYST", "icbCode", "QKK"));
        assertThat(r.status()).as(r.body()).isIn(201, 409);
        example = new DatasetReader().read(EXAMPLE);
        assertThat(DischargeInputs.of(example))
                .as("the example ships discharge.csv")
                .isPresent();
    }

    private JsonNode answer(String query) throws Exception {
        Response r = get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + exampleId + "/discharge" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void noExtraStaffChangeNothing() throws Exception {
        JsonNode f = answer("?place=" + MANCHESTER + "&extraFte=0").get("figures");
        assertThat(f.get("bedDaysSaved").asDouble()).isZero();
        assertThat(f.get("meanBacklog").asDouble())
                .isEqualTo(f.get("baselineMeanBacklog").asDouble());
        assertThat(f.get("occupancy").asDouble())
                .isEqualTo(f.get("baselineOccupancy").asDouble());
        assertThat(f.get("handoverHoursPerDay").asDouble())
                .isEqualTo(f.get("baselineHandoverHoursPerDay").asDouble());
    }

    /** Care workers count in homecare at the dataset's homecare share; homecare posts count whole. */
    @Test
    void careWorkersWorkInHomecareAtTheDatasetsShareAndHomecarePostsWhole() throws Exception {
        double share = DischargeInputs.of(example).orElseThrow().homecareShare();
        JsonNode workers = answer("?place=" + MANCHESTER + "&extraFte=100&kind=care-workers");
        JsonNode posts = answer("?place=" + MANCHESTER + "&extraFte=" + 100 * share + "&kind=homecare-posts");
        assertThat(workers.get("extraHomecareFte").asDouble()).isCloseTo(100 * share, within(1e-9));
        assertThat(posts.get("extraHomecareFte").asDouble()).isCloseTo(100 * share, within(1e-9));
        assertThat(workers.get("figures").get("bedDays").asDouble())
                .isCloseTo(posts.get("figures").get("bedDays").asDouble(), within(1e-6));
    }

    /** The page's figures are the flow model's, run on the example as the dataset reader reads it from the repository. */
    @Test
    void theFiguresAreTheFlowModelsOnTheExampleAndTheYearIsScaledFrom364Days() throws Exception {
        JsonNode a = answer("?place=" + MANCHESTER + "&extraFte=50&kind=homecare-posts");
        DischargeInputs in = DischargeInputs.of(example).orElseThrow();
        YearMonth month = example.info().baseMonth();
        double share = HandoverPressure.basePopulation(example) / HandoverPressure.ENGLAND_POPULATION_2021;
        PlaceEffect direct = PlaceEffect.of(
                new DischargeFlowModel(),
                in.split(),
                MANCHESTER,
                DischargeInputs.start(month),
                DischargeFlowModel.constant(in.arrivalsPerDay(), DischargeInputs.DAYS),
                in.backlog(),
                50,
                HomecareStaffing.typical(1).packagesPerFtePerDay(),
                HandoverPressure.assumed(share).mode());
        JsonNode f = a.get("figures");
        assertThat(f.get("days").asInt()).isEqualTo(364);
        assertThat(f.get("bedDays").asDouble()).isCloseTo(direct.effect().bedDays(), within(1e-6));
        assertThat(f.get("baselineBedDays").asDouble())
                .isCloseTo(direct.effect().baselineBedDays(), within(1e-6));
        assertThat(f.get("handoverHoursPerDay").asDouble()).isCloseTo(direct.handoverHours(), within(1e-9));
        double saved = f.get("baselineBedDays").asDouble() - f.get("bedDays").asDouble();
        assertThat(saved).isPositive();
        assertThat(a.get("bedDaysSavedPerYearAtCalibration").asDouble()).isCloseTo(saved * 365 / 364, within(1e-6));
        assertThat(a.get("bedDaysPerExtraFtePerYearAtCalibration").asDouble())
                .isCloseTo(saved * 365 / 364 / 50, within(1e-9));
        // GM's series cannot identify capacity (mean backlog a few % of K): the answer is the structural prior's range,
        // and the calibration's figure (far more spare capacity than the prior allows) lies below it.
        JsonNode range = a.get("bedDaysSavedPerYear");
        assertThat(range.get("identified").asBoolean()).isFalse();
        assertThat(range.get("basis").asText()).startsWith("structural prior on homecare capacity");
        assertThat(range.get("p10").asDouble()).isLessThan(range.get("p50").asDouble());
        assertThat(range.get("p50").asDouble()).isLessThan(range.get("p90").asDouble());
        assertThat(range.get("p10").asDouble()).isGreaterThan(saved * 365 / 364);
    }

    @Test
    void moreStaffNeverLeaveMorePatientsWaiting() throws Exception {
        double previous = Double.POSITIVE_INFINITY;
        for (int fte : new int[] {0, 25, 100, 400}) {
            double bedDays = answer("?place=" + MANCHESTER + "&extraFte=" + fte)
                    .get("figures")
                    .get("bedDays")
                    .asDouble();
            assertThat(bedDays).isLessThanOrEqualTo(previous);
            previous = bedDays;
        }
    }

    /**
     * The binding place is the one where one more homecare FTE saves the most bed days (P50 of its range); it is the
     * default place.
     */
    @Test
    void theBindingPlaceSavesTheMostBedDaysPerFteAndIsAskedAboutByDefault() throws Exception {
        JsonNode a = answer("");
        a.get("bindingPlaces")
                .forEach(p -> assertThat(p.get("extraHomecareFte").asDouble()).isEqualTo(1.0));
        List<Double> saved = new ArrayList<>();
        a.get("bindingRanges").forEach(p -> saved.add(p.get("p50").asDouble()));
        assertThat(saved)
                .hasSize(DischargeInputs.of(example)
                        .orElseThrow()
                        .split()
                        .places()
                        .size());
        assertThat(saved).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(a.get("place").asText())
                .isEqualTo(a.get("bindingPlaces").get(0).get("place").asText())
                .isEqualTo(a.get("bindingRanges").get(0).get("place").asText());
    }

    @Test
    void badQuestionsAreRefusedNamingTheField() throws Exception {
        String base = "/api/systems/" + exampleId + "/discharge";
        Response place = get(ADMIN, ADMIN_PASSWORD, base + "?place=E99999999");
        assertThat(place.status()).isEqualTo(400);
        assertThat(place.json().get("field").asText()).isEqualTo("place");
        Response negative = get(ADMIN, ADMIN_PASSWORD, base + "?extraFte=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("field").asText()).isEqualTo("extraFte");
        Response kind = get(ADMIN, ADMIN_PASSWORD, base + "?kind=nurses");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("field").asText()).isEqualTo("kind");
        assertThat(get(ELSEWHERE, PASSWORD, base).status())
                .as("another ICS's: not found")
                .isEqualTo(404);
        assertThat(get(null, null, base).status()).isEqualTo(401);
    }

    @Test
    void thePageAnswersAndLinksFromSystems() throws Exception {
        Response page =
                get(ADMIN, ADMIN_PASSWORD, "/systems/" + exampleId + "/discharge?place=" + MANCHESTER + "&extraFte=50");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"discharge-answer\"",
                        "id=\"binding-chart\"",
                        "Manchester",
                        "id=\"range-p50\"",
                        "structural prior on homecare capacity");
        // the example's series identify no place's capacity, so every place has the structural prior's figure: the
        // page says no place binds rather than naming whichever the sort left first
        List<Double> saved = new ArrayList<>();
        answer("").get("bindingRanges").forEach(p -> saved.add(p.get("p50").asDouble()));
        assertThat(saved).hasSizeGreaterThan(1).allSatisfy(v -> assertThat(v).isCloseTo(saved.get(0), within(1e-6)));
        assertThat(page.body())
                .contains("id=\"binding-tied\"", "No place binds before another")
                .doesNotContain("id=\"binding-place\"");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/systems").body()).contains("/systems/" + exampleId + "/discharge");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/v3/api-docs").body()).contains("/api/systems/{id}/discharge");
    }
}
