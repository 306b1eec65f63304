package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillmix.core.uncertainty.FirstOrderIndices;
import org.skillmix.data.report.SpreadChart;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * A finished run's results through the API and its pages: series, heatmaps, the baseline and spread, inequalities,
 * downloads, and what an organisation lead or a viewer is shown of them.
 */
class RunResultsApiTest extends ApiTestBase {
    long runId;
    String leadOrg;
    String otherOrg;

    @BeforeAll
    void oneFinishedRun() throws Exception {
        Response created = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "years", 2, "draws", 20, "seed", 7));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runId = created.json().get("id").asLong();
        JsonNode run = awaitRun(ADMIN, ADMIN_PASSWORD, runId, s -> s.equals("SUCCEEDED") || s.equals("FAILED"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        List<String> orgs = jdbc.queryForList(
                "SELECT DISTINCT organisation FROM run_series WHERE run_id = ? AND organisation <> 'ALL'"
                        + " ORDER BY 1",
                String.class,
                runId);
        leadOrg = orgs.get(0);
        otherOrg = orgs.get(1);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", leadOrg);
    }

    @Test
    void resultsSeriesHeatmapsExplainAndDimensions() throws Exception {
        String run = "/api/runs/" + runId;
        JsonNode dims = get(ADMIN, ADMIN_PASSWORD, run + "/dimensions").json();
        assertThat(dims.get("months").size()).isEqualTo(24);
        assertThat(dims.get("organisations").size()).isEqualTo(40);
        JsonNode demand =
                get(ADMIN, ADMIN_PASSWORD, run + "/series?measure=demand_fte").json();
        assertThat(demand.get("mean").size()).isEqualTo(24);
        assertThat(demand.get("p10")).isNotNull();
        String capability = dims.get("capabilities").get(0).asText();
        String place = dims.get("places").get(0).asText();
        Response byCell = get(
                ADMIN, ADMIN_PASSWORD, run + "/series?measure=gap_fte&capability=" + capability + "&place=" + place);
        assertThat(byCell.status()).as(byCell.body()).isEqualTo(200);
        Response staff = get(ADMIN, ADMIN_PASSWORD, run + "/series?measure=staff_in_post_fte&organisation=" + otherOrg);
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);

        JsonNode heat = get(ADMIN, ADMIN_PASSWORD, run + "/heatmap?kind=capability-place")
                .json();
        assertThat(heat.get("rows").size()).isEqualTo(15);
        assertThat(heat.get("columns").size()).isEqualTo(10);
        JsonNode vacancies = get(ADMIN, ADMIN_PASSWORD, run + "/heatmap?kind=role-organisation&month=2025-06")
                .json();
        assertThat(vacancies.get("columns").size()).isEqualTo(40);
        assertThat(vacancies.get("month").asText()).isEqualTo("2025-06");
        // Staff above establishment: the mirror of vacancies, never both in one cell (a cell is one line).
        JsonNode above = get(ADMIN, ADMIN_PASSWORD, run + "/heatmap?kind=role-organisation-above&month=2025-06")
                .json();
        assertThat(above.get("measure").asText()).isEqualTo("above_establishment_fte");
        assertThat(above.get("columns").size()).isEqualTo(40);
        java.util.Map<String, Double> vacancy = new java.util.HashMap<>();
        for (JsonNode c : vacancies.get("cells"))
            vacancy.put(c.get(0).asInt() + "/" + c.get(1).asInt(), c.get(2).asDouble());
        for (JsonNode c : above.get("cells")) {
            assertThat(c.get(2).asDouble()).isGreaterThanOrEqualTo(0);
            if (c.get(2).asDouble() > 0)
                assertThat(vacancy.getOrDefault(
                                c.get(0).asInt() + "/" + c.get(1).asInt(), 0.0))
                        .isZero();
        }
        assertThat(get(ADMIN, ADMIN_PASSWORD, run + "/heatmap?kind=role-organisation-below")
                        .status())
                .isEqualTo(400);

        JsonNode explained = get(
                        ADMIN,
                        ADMIN_PASSWORD,
                        run + "/explain?capability=" + capability + "&place=" + place + "&month=2026-01")
                .json();
        double sum = 0;
        for (JsonNode t : explained.get("demand")) sum += t.get("fte").asDouble();
        assertThat(sum).isCloseTo(explained.get("demandFte").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void apiErrorsAreJsonWithMessageAndField() throws Exception {
        Response badMeasure = get(ADMIN, ADMIN_PASSWORD, "/api/runs/" + runId + "/series?measure=happiness");
        assertThat(badMeasure.status()).isEqualTo(400);
        assertThat(badMeasure.json().get("field").asText()).isEqualTo("measure");
        assertThat(badMeasure.json().get("message").asText()).contains("happiness");
        Response badYears = postJson(ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "years", 99));
        assertThat(badYears.status()).isEqualTo(400);
        assertThat(badYears.json().get("field").asText()).isEqualTo("years");
        Response missing = get(ADMIN, ADMIN_PASSWORD, "/api/runs/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("Not Found");
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    }

    /**
     * A run names its baseline (run.json and the page), shows why there is a gap today and serves which
     * assumptions drive the spread, as JSON for the tornado chart and as sensitivity.csv.
     */
    @Test
    void theBaselineTheGapTodayAndWhatDrivesTheSpread() throws Exception {
        // The example carries the history's trend rows; a version without them cannot run current trends, and
        // the run is refused before any work, saying what is missing.
        String noTrends;
        try (java.util.stream.Stream<String> lines = Files.lines(EXAMPLE.resolve("assumptions.csv"))) {
            noTrends = lines.filter(l -> !l.startsWith("trend_")).collect(java.util.stream.Collectors.joining("\n"))
                    + "\n";
        }
        Response stored =
                upload(ADMIN, ADMIN_PASSWORD, "gm-no-trends.zip", zipOf(EXAMPLE, Map.of("assumptions.csv", noTrends)));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        Response refused = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/runs",
                Map.of("datasetId", stored.json().get("id").asLong(), "baseline", "current-trends"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("baseline");
        assertThat(refused.json().get("message").asText()).contains("no trend_establishment_growth row");
        Response unknown =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/runs", Map.of("datasetId", exampleId, "baseline", "hope"));
        assertThat(unknown.json().get("message").asText())
                .isEqualTo("no baseline 'hope'; choose funded-plan or current-trends");

        String api = "/api/runs/" + runId;
        assertThat(get(ADMIN, ADMIN_PASSWORD, api + "/download/json")
                        .json()
                        .get("baseline")
                        .asText())
                .isEqualTo("funded-plan");
        JsonNode drivers = get(VIEWER, PASSWORD, api + "/spread-drivers").json();
        assertThat(drivers).isNotEmpty();
        assertThat(drivers.get(0).get("sector").asText()).isEqualTo("ALL");
        assertThat(drivers.get(0).get("year").asInt()).isEqualTo(2); // a 2-year run: its last year
        assertThat(drivers.get(0).get("drivers")).isNotEmpty();
        // Each share carries the core rule's answer, for the chart to draw one within noise marked and unnamed; on
        // 20 draws the page names none such, and marks each in the table.
        assertThat(drivers.get(0).get("draws").asInt()).isEqualTo(20);
        int withinNoise = 0;
        for (JsonNode chart : drivers)
            for (JsonNode d : chart.get("drivers")) {
                boolean told = FirstOrderIndices.distinguishable(
                        d.get("share").asDouble(), d.get("standardError").asDouble());
                assertThat(d.get("distinguishable").asBoolean()).isEqualTo(told);
                if (d.get("withinNoise").asBoolean()) withinNoise++;
            }
        List<SpreadChart> charts = SpreadChart.fromJson(
                get(VIEWER, PASSWORD, api + "/spread-drivers").body().getBytes(StandardCharsets.UTF_8));
        String results = get(VIEWER, PASSWORD, "/runs/" + runId + "/results").body();
        assertThat(results)
                .contains(HtmlUtils.htmlEscape(
                        charts.get(SpreadChart.defaultIndex(charts)).summary(), "UTF-8"));
        assertThat(results.split("% \\(within noise at 20 draws\\)</td>", -1)).hasSize(withinNoise + 1);
        assertThat(results.contains("id=\"drivers-noise\"")).isEqualTo(withinNoise > 0);
        assertThat(get(VIEWER, PASSWORD, api + "/download/sensitivity").body())
                .startsWith("baseline,year,month,sector,gap_fte_mean,gap_fte_sd,driver");
        assertThat(get(LEAD, PASSWORD, api + "/download/base-gap").body())
                .startsWith("month,sector,demand_fte,base_demand_fte,establishment_fte");
        String page = get(ADMIN, ADMIN_PASSWORD, "/runs/" + runId + "/results").body();
        assertThat(page)
                .contains("Why there is a gap today", "Norm above establishment", "What drives the spread")
                .contains("<strong>Baseline:</strong> <span>Funded plan (establishment as given")
                // a run with draws says beside its bands how often such bands held in the back-test, for England
                // and for ICBs with as many NHS trusts as GM's ten (R0A ... RXV; its CHS-... services are not trusts)
                .contains("How far to trust a range: projected from June 2018")
                // and what P10 and P90 are, beside the bands
                .contains("(P10 and P90 are the 10th and 90th percentiles of the Monte Carlo draws: 1 draw in 10")
                .contains("For the 11 ICBs with 7 or more NHS trusts, as this system has 10, it was 47%")
                // and, for the sectors of GM's trusts (no community trust: its CHS-... services are not trusts)
                .contains("lay inside its P10 to P90 in: acute 76% (42 ICBs), mental health 82% (39 ICBs), ambulance"
                        + " 74% (42 ICBs) of the months.");
        // The report's reading of the norm part, beside the table: GM's GP and homecare norms sit below the posts.
        assertThat(page)
                .containsPattern("class=\"hint base-gap-note\">[^<]*Mental health[^<]*: demand in the base month is"
                        + " within 0.5% of the funded establishment")
                .containsPattern(
                        "class=\"hint base-gap-note\">Primary care -[0-9.,]+ FTE \\(-[0-9.]+%\\); Adult social"
                                + " care -[0-9.,]+ FTE \\(-[0-9.]+%\\): the demand norms ask less than the funded establishment");
        // The runs list and the run's page name the supply baseline too (stored with the run's settings).
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/runs").body()).contains("<td class=\"baseline\">Funded plan</td>");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/runs/" + runId).body())
                .contains(
                        "2 years, 20 draws, seed 7, scenario baseline (no interventions), supply baseline: Funded plan,");
        // the month as the report writes it, not 2025-04
        assertThat(page).contains("2 years from Apr 2025, 20 draws, seed 7, scenario baseline (no interventions)");
    }

    /**
     * The run's inequalities (issue 15 item 4) on its page and as inequalities.csv: ten GM places and five deprivation
     * fifths in the first and last months, each place's supply the same figure the series API gives for the place's
     * total (another path over the same stored run), and per 10,000 = FTE / residents x 10,000.
     */
    @Test
    void inequalitiesByDeprivationOnThePageAndAsCsv() throws Exception {
        String run = "/api/runs/" + runId;
        String csv = get(VIEWER, PASSWORD, run + "/download/inequalities").body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(org.skillmix.data.export.InequalitiesCsvWriter.HEADER);
        assertThat(lines).hasSize(1 + 2 * (10 + 5));
        String place = get(ADMIN, ADMIN_PASSWORD, run + "/dimensions")
                .json()
                .get("places")
                .get(0)
                .asText();
        JsonNode supply = get(ADMIN, ADMIN_PASSWORD, run + "/series?measure=supply_fte&place=" + place)
                .json()
                .get("mean");
        String[] last = lines.stream()
                .filter(l -> l.startsWith("funded-plan,2027-03,place," + place + ","))
                .findFirst()
                .orElseThrow()
                .split(",");
        List<String> header = List.of(lines.get(0).split(","));
        double supplyFte = Double.parseDouble(last[header.indexOf("supply_fte")]);
        double residents = Double.parseDouble(last[header.indexOf("population")]);
        assertThat(supplyFte).isCloseTo(supply.get(23).asDouble(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(Double.parseDouble(last[header.indexOf("supply_per_10k")]))
                .isCloseTo(supplyFte / residents * 10_000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(csv).contains(",imd_quintile,Q1,most deprived fifth,");
        // Every GM place's supply comes from many organisations: an organisation lead sees the same table.
        assertThat(get(LEAD, PASSWORD, run + "/download/inequalities").body()).isEqualTo(csv);
        String page = get(VIEWER, PASSWORD, "/runs/" + runId + "/results").body();
        assertThat(page)
                .contains("Inequalities: staff for the need, by deprivation", "Q1 most deprived fifth")
                .contains("id=\"inequality-bars\"", "id=\"download-inequalities\"")
                .contains("yes: lowest fifth")
                // the month as the report writes it, not the CSV's 2027-03
                .contains("By deprivation fifth, Mar 2027 (FTE per 10,000 residents)")
                // the net gap, named so: a place with a net surplus here is still short elsewhere in the pack
                .contains("<th scope=\"col\" class=\"num\">Net gap</th>");
    }

    @Test
    void anOrganisationLeadSeesTheirOwnDetailAndOnlyTotalsOfOthers() throws Exception {
        String run = "/api/runs/" + runId;
        Response other = get(LEAD, PASSWORD, run + "/series?measure=staff_in_post_fte&organisation=" + otherOrg);
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(other.json().get("field").asText()).isEqualTo("organisation");
        assertThat(get(LEAD, PASSWORD, run + "/series?measure=staff_in_post_fte&organisation=" + leadOrg)
                        .status())
                .isEqualTo(200);
        assertThat(get(LEAD, PASSWORD, run + "/series?measure=demand_fte").status())
                .isEqualTo(200);
        JsonNode heat =
                get(LEAD, PASSWORD, run + "/heatmap?kind=role-organisation").json();
        assertThat(heat.get("columns")).extracting(JsonNode::asText).containsOnly(leadOrg);
        assertThat(get(LEAD, PASSWORD, run + "/dimensions").json().get("organisations"))
                .extracting(JsonNode::asText)
                .containsOnly(leadOrg);
        assertThat(get(LEAD, PASSWORD, run + "/download/html").status()).isEqualTo(403);
        Response csv = get(LEAD, PASSWORD, run + "/download/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).doesNotContain("," + otherOrg + ",");
        assertThat(postJson(LEAD, PASSWORD, "/api/runs", Map.of("datasetId", exampleId))
                        .status())
                .isEqualTo(403);
    }

    /**
     * Small-number suppression (issue 12): the ambulance sector has one trust, so its staff total is that trust's
     * figure: not shown to another organisation's lead, in the series or the download; shown to the trust's own
     * lead and to a viewer.
     */
    @Test
    void aSectorOfOneOrganisationIsNotShownToOtherOrganisationsLeads() throws Exception {
        account("lead-r0a", PASSWORD, "ORG_LEAD", "QOP", "R0A");
        account("lead-rx7", PASSWORD, "ORG_LEAD", "QOP", "RX7");
        String ambulance = "/api/runs/" + runId + "/series?measure=staff_in_post_fte&sector=ambulance";
        Response other = get("lead-r0a", PASSWORD, ambulance);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(other.json().get("suppressed").asText()).contains("one organisation");
        assertThat(other.json().get("mean").isNull()).isTrue();
        assertThat(get("lead-rx7", PASSWORD, ambulance).json().get("mean").size())
                .isEqualTo(24);
        assertThat(get(VIEWER, PASSWORD, ambulance).json().get("suppressed").isNull())
                .isTrue();
        assertThat(get("lead-r0a", PASSWORD, "/api/runs/" + runId + "/series?measure=demand_fte&sector=ambulance")
                        .json()
                        .get("suppressed")
                        .isNull())
                .as("demand is the population's")
                .isTrue();
        String csv = get("lead-r0a", PASSWORD, "/api/runs/" + runId + "/download/csv")
                .body();
        assertThat(csv).contains(",staff_in_post_fte,ALL,ALL,ALL,ALL,ALL,");
        assertThat(csv).doesNotContain(",staff_in_post_fte,ALL,ALL,ambulance,ALL,ALL,");
        assertThat(get("lead-rx7", PASSWORD, "/api/runs/" + runId + "/download/csv")
                        .body())
                .contains(",staff_in_post_fte,ALL,ALL,ambulance,ALL,ALL,");
    }

    /**
     * The spread drivers carry each sector's gap (mean and spread): the ambulance sector's is the one trust's, so
     * another organisation's lead gets neither its chart nor its rows of sensitivity.csv; a viewer gets both.
     */
    @Test
    void theSpreadOfASectorOfOneOrganisationIsNotShownToOtherOrganisationsLeads() throws Exception {
        account("lead-r0a", PASSWORD, "ORG_LEAD", "QOP", "R0A");
        String drivers = "/api/runs/" + runId + "/spread-drivers";
        String sensitivity = "/api/runs/" + runId + "/download/sensitivity";
        List<String> viewerSectors = new ArrayList<>();
        get(VIEWER, PASSWORD, drivers)
                .json()
                .forEach(c -> viewerSectors.add(c.get("sector").asText()));
        assertThat(viewerSectors).contains("ALL", "acute", "ambulance");
        assertThat(get(VIEWER, PASSWORD, sensitivity).body()).contains(",ambulance,");

        Response lead = get("lead-r0a", PASSWORD, drivers);
        assertThat(lead.status()).as(lead.body()).isEqualTo(200);
        List<String> leadSectors = new ArrayList<>();
        lead.json().forEach(c -> leadSectors.add(c.get("sector").asText()));
        assertThat(leadSectors).contains("ALL", "acute").doesNotContain("ambulance");
        String csv = get("lead-r0a", PASSWORD, sensitivity).body();
        assertThat(csv)
                .startsWith("baseline,year,month,sector,")
                .contains(",ALL,")
                .doesNotContain(",ambulance,");
    }

    @Test
    void aViewerReadsButCannotUploadRunOrManageAccounts() throws Exception {
        assertThat(get(
                                VIEWER,
                                PASSWORD,
                                "/api/runs/" + runId + "/series?measure=staff_in_post_fte&organisation=" + otherOrg)
                        .status())
                .isEqualTo(200);
        assertThat(upload(VIEWER, PASSWORD, "gm.zip", zipOf(EXAMPLE, Map.of())).status())
                .isEqualTo(403);
        assertThat(postJson(VIEWER, PASSWORD, "/api/runs", Map.of("datasetId", exampleId))
                        .status())
                .isEqualTo(403);
        assertThat(postJson(VIEWER, PASSWORD, "/api/runs/" + runId + "/cancel", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(get(VIEWER, PASSWORD, "/api/users").status()).isEqualTo(403);
        assertThat(get(VIEWER, PASSWORD, "/api/audit").status()).isEqualTo(403);
        assertThat(postJson(
                                VIEWER,
                                PASSWORD,
                                "/api/users",
                                Map.of("username", "x1", "password", "0123456789", "role", "ANALYST"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void downloadsCsvXlsxHtmlAndRunJson() throws Exception {
        String run = "/api/runs/" + runId + "/download/";
        Response csv = get(ADMIN, ADMIN_PASSWORD, run + "csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("baseline,month,measure,capability,role,sector,organisation,place,mean,p10,p50,p90\n"
                        + "funded-plan,");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        Response xlsx = get(ADMIN, ADMIN_PASSWORD, run + "xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Response html = get(ADMIN, ADMIN_PASSWORD, run + "html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<html").contains("NHS Greater Manchester");
        assertThat(get(ADMIN, ADMIN_PASSWORD, run + "json").json().get("draws").asInt())
                .isEqualTo(20);
        assertThat(get(ADMIN, ADMIN_PASSWORD, run + "pdf").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'download'", Long.class))
                .isGreaterThanOrEqualTo(3);
    }
}
