package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A stored dataset's system metrics through the API, its downloads and the dashboard page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String LEAD = "lead-metrics";
    static final String ELSEWHERE = "analyst-qkk";
    static final String PASSWORD = "a-long-password-1";

    @Autowired
    JdbcTemplate jdbc;

    long exampleId;

    @BeforeAll
    void accounts() throws Exception {
        JsonNode datasets = get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json();
        for (JsonNode d : datasets)
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        assertThat(exampleId).as("the example is imported on a first start").isPositive();
        // The lead of the Christie (RBV): metrics of every organisation are published figures, so a lead sees Bolton's
        // too.
        for (var account : List.of(
                Map.of("username", LEAD, "password", PASSWORD, "role", "ORG_LEAD", "icbCode", "QOP", "orgCode", "RBV"),
                Map.of("username", ELSEWHERE, "password", PASSWORD, "role", "ANALYST", "icbCode", "QKK"))) {
            Response r = postJson(ADMIN, ADMIN_PASSWORD, "/api/users", account);
            assertThat(r.status()).as(r.body()).isIn(201, 409);
        }
    }

    private static Map<String, Double> byMonth(JsonNode rows) {
        Map<String, Double> out = new java.util.TreeMap<>();
        rows.forEach(r -> out.put(r.get("month").asText(), r.get("value").asDouble()));
        return out;
    }

    @Test
    void everyRowOfTheExamplesMetricsCsvIsAPointAndNoTableCopiesThem() throws Exception {
        // examples/greater-manchester/metrics.csv has 899 rows; every one is a point the API gives.
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + exampleId + "/metrics")
                        .json()
                        .size())
                .isEqualTo(899);
        // They are read from the stored dataset's metrics.csv, as the command line reads them: no copy is kept.
        assertThat(jdbc.queryForObject("SELECT to_regclass('system_metrics') IS NULL", Boolean.class))
                .isTrue();
    }

    @Test
    void oneTrustsOccupancyIsOccupiedOverAvailableFromThePublishedRow() throws Exception {
        Response r = get(LEAD, PASSWORD, "/api/systems/" + exampleId + "/metrics?metric=GA_OCCUPANCY&org=RMC");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode rows = r.json();
        rows.forEach(row -> assertThat(row.get("orgCode").asText()).isEqualTo("RMC"));
        Map<String, Double> values = byMonth(rows);
        // nhs-beds-ga-critical-care, "RMC","April 2022": 532 adult G&A beds available, 493 occupied (the CSV keeps 4
        // decimals).
        assertThat(values.get("2022-04")).isCloseTo(493.0 / 532, within(0.00005));
        // "RMC","August 2025": 496 available, 463 occupied.
        assertThat(values.get("2025-08")).isCloseTo(463.0 / 496, within(0.00005));
        assertThat(rows.get(0).get("threshold").asDouble()).isEqualTo(0.92);
        assertThat(rows.get(0).get("unit").asText()).isEqualTo("share");
    }

    @Test
    void theIcsIsTheRatioOfSumsNotTheMeanOfRatios() throws Exception {
        Map<String, Double> values =
                byMonth(get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + exampleId + "/metrics?metric=GA_OCCUPANCY&org=QOP")
                        .json());
        // August 2025, the seven GM acute trusts' rows (available, occupied): R0A 1881, 1726; RBV 178, 163; RM3 1483,
        // 1373;
        // RMC 496, 463; RMP 418, 397; RRF 440, 404; RWJ 608, 576.
        double available = 1881 + 178 + 1483 + 496 + 418 + 440 + 608;
        double occupied = 1726 + 163 + 1373 + 463 + 397 + 404 + 576;
        assertThat(values.get("2025-08")).isCloseTo(occupied / available, within(0.00005));
        double meanOfRatios =
                (1726.0 / 1881 + 163.0 / 178 + 1373.0 / 1483 + 463.0 / 496 + 397.0 / 418 + 404.0 / 440 + 576.0 / 608)
                        / 7;
        assertThat(Math.abs(values.get("2025-08") - meanOfRatios)).isGreaterThan(0.001);
    }

    @Test
    void filtersByMetricAndRefusesAnUnknownOne() throws Exception {
        JsonNode ae = get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + exampleId + "/metrics?metric=ae-four-hour")
                .json();
        // Six trusts with A&E departments and the ICS, 12 months each (April 2024 to March 2025).
        assertThat(ae.size()).isEqualTo(84);
        ae.forEach(row -> assertThat(row.get("metric").asText()).isEqualTo("AE_FOUR_HOUR"));
        Response bad = get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + exampleId + "/metrics?metric=BED_BLOCKING");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("metric");
    }

    @Test
    void theCommandsFilesDownloadByNameAndType() throws Exception {
        Response csv = get(LEAD, PASSWORD, "/api/systems/" + exampleId + "/metrics/metrics-status.csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"metrics-status.csv\"");
        assertThat(csv.body()).startsWith("metric,org_code,org_name,month,value,unit,threshold,met,note\n");
        Response html = get(LEAD, PASSWORD, "/api/systems/" + exampleId + "/metrics/metrics.html");
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("<title>System metrics: ");
        // Another ICS's dataset is "not found", as a missing one is.
        assertThat(get(ELSEWHERE, PASSWORD, "/api/systems/" + exampleId + "/metrics/metrics.html")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anotherIcsIsRefusedAndSignInIsRequired() throws Exception {
        assertThat(get(ELSEWHERE, PASSWORD, "/api/systems/" + exampleId + "/metrics")
                        .status())
                .isEqualTo(404);
        assertThat(get(null, null, "/api/systems/" + exampleId + "/metrics").status())
                .isEqualTo(401);
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/systems/999999/metrics").status())
                .isEqualTo(404);
    }

    @Test
    void anUploadStoresItsMetricsAndABadMetricsRowStoresNothing() throws Exception {
        String metrics = "metric,org_code,month,value,source\nCATEGORY_2_MEAN,RX7,2025-01,34.5,AQI January 2025\n"
                + "category-2-mean,QOP,2025-01,33.9,AQI January 2025\n";
        Response ok = upload(ADMIN, ADMIN_PASSWORD, "gm-cat2.zip", zipOf(EXAMPLE, Map.of("metrics.csv", metrics)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        long id = ok.json().get("id").asLong();
        JsonNode rows =
                get(ADMIN, ADMIN_PASSWORD, "/api/systems/" + id + "/metrics").json();
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("orgCode").asText()).isEqualTo("QOP");
        assertThat(rows.get(0).get("value").asDouble()).isEqualTo(33.9);
        assertThat(rows.get(0).get("threshold").asDouble()).isEqualTo(30.0);
        assertThat(rows.get(1).get("source").asText()).isEqualTo("AQI January 2025");

        long stored = jdbc.queryForObject("SELECT count(*) FROM datasets", Long.class);
        Response bad = upload(
                ADMIN,
                ADMIN_PASSWORD,
                "gm-bad.zip",
                zipOf(
                        EXAMPLE,
                        Map.of("metrics.csv", metrics + "GA_OCCUPANCY,RMC,2025-01,93.1,typed as a percentage\n")));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        JsonNode problem = bad.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("metrics.csv");
        assertThat(problem.get("row").asInt()).isEqualTo(4);
        assertThat(problem.get("column").asText()).isEqualTo("value");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM datasets", Long.class))
                .isEqualTo(stored);
    }

    @Test
    void theDashboardPageSaysEachStatusInWordsAndTheApiIsDocumented() throws Exception {
        Response page = get(LEAD, PASSWORD, "/systems/" + exampleId + "/metrics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"status-GA_OCCUPANCY\"")
                .contains("ICS, Aug 2025: 92.7%, not met.")
                .contains("ICS, Mar 2025: 70.6%, not met.")
                .contains("no national threshold")
                .contains("/js/metrics-charts.js")
                .contains("RMC Bolton NHS Foundation Trust")
                .contains("/api/systems/" + exampleId + "/metrics/metrics-status.csv");
        // Every metric has a row, with a figure or "no data"; a stale figure says how old it is.
        assertThat(page.body())
                .contains("The six UEC system metrics NHS England holds the ICS to account on")
                .contains("Newest figure: Mar 2026.");
        for (var m : org.skillmix.core.metrics.SystemMetric.values())
            assertThat(page.body()).contains("id=\"headline-" + m.name() + "\"");
        assertThat(page.body().replaceAll("\\s+", " "))
                .contains("<th scope=\"row\">111 calls abandoned</th> <td class=\"num\">no data</td>")
                .contains("<td class=\"num\">24.5 minutes</td> <td>Mar 2026</td>")
                .contains("<td>Aug 2025, stale: 7 months before Mar 2026</td>");
        assertThat(get(null, null, "/js/metrics-charts.js").body()).contains("SkillmixMetrics");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/v3/api-docs").body()).contains("/api/systems/{id}/metrics");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/systems").body()).contains("/systems/" + exampleId + "/metrics");
    }
}
