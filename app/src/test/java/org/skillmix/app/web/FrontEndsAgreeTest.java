package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.skillmix.usecase.projection.ProjectionUseCase;

/**
 * The projection, the comparison, mutual aid and scenario edits through both front ends: the same bytes
 * ({@link FrontEndsAgreeTestBase}; winter, bank, portfolio and design: {@link FrontEndsAgreeOnAnalysesTest}).
 */
class FrontEndsAgreeTest extends FrontEndsAgreeTestBase {

    @Test
    void aProjectionGivesTheSameFiles() throws Exception {
        long run = finished(postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/runs",
                // Current trends, not the default: the web's projection.csv, written from the stored series, must
                // name the run's baseline as the command's does.
                Map.of(
                        "datasetId",
                        datasetId,
                        "years",
                        2,
                        "draws",
                        20,
                        "seed",
                        7,
                        "scenario",
                        "retain",
                        "baseline",
                        "current-trends")));
        Path out = tmp.resolve("projection");
        cli(
                "project",
                "--full",
                folder.toString(),
                "--out",
                out.toString(),
                "--years",
                "2",
                "--draws",
                "20",
                "--seed",
                "7",
                "--scenario",
                "retain",
                "--baseline",
                "current-trends");

        String base = "/api/runs/" + run + "/download/";
        assertThat(download(base + "csv"))
                .as(ProjectionUseCase.PROJECTION_CSV)
                .isEqualTo(Files.readAllBytes(out.resolve(ProjectionUseCase.PROJECTION_CSV)))
                .startsWith("baseline,month,measure,".getBytes(StandardCharsets.US_ASCII));
        try (var rows = Files.lines(out.resolve(ProjectionUseCase.PROJECTION_CSV))) {
            assertThat(rows.skip(1).allMatch(row -> row.startsWith("current-trends,")))
                    .as("every row names the baseline")
                    .isTrue();
        }
        assertThat(manifestWithoutRunIdentity(download(base + "json")))
                .as(ProjectionUseCase.RUN_JSON)
                .isEqualTo(manifestWithoutRunIdentity(Files.readAllBytes(out.resolve(ProjectionUseCase.RUN_JSON))));
        assertThat(withoutRunIdentity(download(base + "html")))
                .as(ProjectionUseCase.REPORT_HTML)
                .isEqualTo(withoutRunIdentity(Files.readAllBytes(out.resolve(ProjectionUseCase.REPORT_HTML))));
    }

    @Test
    void aComparisonGivesTheSameFiles() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("datasetId", datasetId);
        request.put("scenarios", List.of("retain", "grow"));
        request.put("years", 2);
        request.put("draws", 10);
        request.put("seed", 7);
        request.put("targetCapabilities", List.of("WOUND"));
        request.put("targetFte", 100);
        // Current trends on both front ends: every row of both CSVs names it, before the scenario.
        request.put("baseline", "current-trends");
        long run = finished(postJson(ADMIN, ADMIN_PASSWORD, "/api/comparisons", request));
        Path out = tmp.resolve("comparison");
        cli(
                "compare",
                folder.toString(),
                "--out",
                out.toString(),
                "--scenarios",
                "retain,grow",
                "--years",
                "2",
                "--draws",
                "10",
                "--seed",
                "7",
                "--target-capability",
                "WOUND",
                "--target-fte",
                "100",
                "--baseline",
                "current-trends");

        String base = "/api/comparisons/" + run + "/download/";
        Map<String, String> formats = Map.of(
                ComparisonUseCase.COMPARISON_CSV, "csv",
                ComparisonUseCase.COMPARISON_SUMMARY_CSV, "summary",
                ComparisonUseCase.COMPARISON_HTML, "html");
        formats.forEach((name, format) -> {
            try {
                assertThat(download(base + format)).as(name).isEqualTo(Files.readAllBytes(out.resolve(name)));
            } catch (Exception e) {
                throw new AssertionError(name, e);
            }
        });
        for (String name : List.of(ComparisonUseCase.COMPARISON_CSV, ComparisonUseCase.COMPARISON_SUMMARY_CSV)) {
            List<String> rows = Files.readAllLines(out.resolve(name));
            assertThat(rows.get(0)).as(name).startsWith("baseline,scenario,year,");
            assertThat(rows.subList(1, rows.size()))
                    .as(name)
                    .isNotEmpty()
                    .allMatch(row -> row.startsWith("current-trends,"))
                    .anyMatch(row -> row.startsWith("current-trends,baseline,"));
        }
    }

    /**
     * The staff both mutual-aid cases plan with: eight full-time people listed in RM3's acute inpatients, so that its
     * 85% floor (6.8 FTE) lets one of them go each week and every file has rows.
     */
    static final String STAFF = "staff_id,home_org,home_service,role,capabilities,fte,base_place,max_weeks_away,"
            + "max_travel_km,passport_valid_until,willing\n"
            + "NCA-001,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3;ACUTE_NURSING:2,1.0,E08000006,2,25,2027-03-31,yes\n"
            + "NCA-002,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3;ACUTE_NURSING:2,1.0,E08000006,2,25,2027-03-31,yes\n"
            + "NCA-003,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3,1.0,E08000006,2,25,2027-03-31,yes\n"
            + "NCA-004,RM3,ACUTE_IP,RN_ADULT,ACUTE_NURSING:2,1.0,E08000006,0,0,,yes\n"
            + "NCA-005,RM3,ACUTE_IP,RN_ADULT,ACUTE_NURSING:2,1.0,E08000006,0,0,,yes\n"
            + "NCA-006,RM3,ACUTE_IP,RN_ADULT,ACUTE_NURSING:2,1.0,E08000006,0,0,,yes\n"
            + "NCA-007,RM3,ACUTE_IP,RN_ADULT,ACUTE_NURSING:2,1.0,E08000006,0,0,,yes\n"
            + "NCA-008,RM3,ACUTE_IP,RN_ADULT,ACUTE_NURSING:2,1.0,E08000006,0,0,,yes\n"
            + "SFT-001,RWJ,COMM_NURSING,RN_ADULT,WOUND:3;MEDS:2,1.0,E08000007,1,25,2027-03-31,yes\n"
            + "SFT-002,RWJ,COMM_NURSING,RN_ADULT,WOUND:3;MEDS:2,1.0,E08000007,1,25,,yes\n";

    /** Shortfalls listed in the file, planned on the default (funded-plan) baseline, which every row names. */
    @Test
    void aSeededMutualAidPlanWithAStepLimitGivesTheSameFiles() throws Exception {
        String surge = "week,org_code,service_code,capability_code,shortfall_fte,critical\n"
                + "1,R0A,UEC,TRIAGE,2,yes\n2,R0A,UEC,TRIAGE,1,yes\n1,RWJ,COMM_NURSING,WOUND,1,no\n";
        sameMutualAidPlan("mutual-aid", surge, null);
    }

    /**
     * A surge of extra demand on current trends: both front ends plan against the winter plan's shortfalls on current
     * trends (a front end that dropped the baseline would cover the funded plan's, larger, and name it on every row).
     */
    @Test
    void aSurgeOfExtraDemandOnCurrentTrendsGivesTheSameFiles() throws Exception {
        String surge = "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,,,1,2,10,%\n";
        sameMutualAidPlan("mutual-aid-trends", surge, "current-trends");
    }

    /** One plan through the API and the command line (baseline null: the default), file for file. */
    private void sameMutualAidPlan(String name, String surge, String baseline) throws Exception {
        Response uploaded = uploadPair(STAFF, surge);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        Map<String, Object> settings = new LinkedHashMap<>(Map.of("seconds", 120, "seed", 7, "steps", 100));
        if (baseline != null) settings.put("baseline", baseline);
        long run = finished(postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/mutual-aid/" + uploaded.json().get("id").asLong() + "/plans",
                settings));
        Path in = Files.createDirectories(tmp.resolve(name + "-in"));
        Files.writeString(in.resolve("staff.csv"), STAFF);
        Files.writeString(in.resolve("surge.csv"), surge);
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of(
                "mutual-aid",
                folder.toString(),
                "--staff",
                in.resolve("staff.csv").toString(),
                "--surge",
                in.resolve("surge.csv").toString(),
                "--out",
                out.toString(),
                "--seconds",
                "120",
                "--seed",
                "7",
                "--steps",
                "100",
                "--as-of",
                FIRST_DAY));
        if (baseline != null) args.addAll(List.of("--baseline", baseline));
        cli(args.toArray(String[]::new));

        String base = "/api/mutual-aid/plans/" + run + "/download/";
        Map<String, String> formats = Map.of(
                MutualAidUseCase.PLAN_CSV, "plan",
                MutualAidUseCase.DONOR_LOSSES_CSV, "donor-losses",
                MutualAidUseCase.COVER_CSV, "cover",
                MutualAidUseCase.PLAN_HTML, "html");
        formats.forEach((file, format) -> {
            try {
                assertThat(download(base + format)).as(file).isEqualTo(Files.readAllBytes(out.resolve(file)));
            } catch (Exception e) {
                throw new AssertionError(file, e);
            }
        });
        String code = baseline == null ? "funded-plan" : baseline;
        for (String file :
                List.of(MutualAidUseCase.PLAN_CSV, MutualAidUseCase.DONOR_LOSSES_CSV, MutualAidUseCase.COVER_CSV)) {
            List<String> rows = Files.readAllLines(out.resolve(file));
            assertThat(rows.get(0)).as(file).startsWith("baseline,week,");
            assertThat(rows.subList(1, rows.size())).as(file).isNotEmpty().allMatch(row -> row.startsWith(code + ","));
        }
        assertThat(Files.readString(out.resolve(MutualAidUseCase.PLAN_HTML))).contains("(" + code + " baseline)</h1>");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/runs/" + run)
                        .json()
                        .get("baseline")
                        .asText())
                .isEqualTo(code);
    }

    @Test
    void aScenarioEditWritesTheSameInterventionsCsv() throws Exception {
        Path edited = Files.createDirectories(tmp.resolve("edited"));
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.copy(f, edited.resolve(f.getFileName()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("interventionCode", "PAY5");
        row.put("interventionName", "Five per cent pay uplift");
        row.put("kind", "pay_uplift");
        row.put("sector", "ALL");
        row.put("roleCode", "ALL");
        row.put("orgCode", "ALL");
        row.put("placeCode", "ALL");
        row.put("startMonth", "2026-04");
        row.put("rampMonths", "0");
        row.put("scale", "0.05");
        row.put("effectLow", "0.05");
        row.put("effectMode", "0.1");
        row.put("effectHigh", "0.15");
        row.put("costFixedGbp", "0");
        row.put("costPerUnitGbp", "0");
        Response web =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + datasetId + "/scenarios/retain/interventions", row);
        assertThat(web.status()).as(web.body()).isEqualTo(201);
        cli(
                "scenario",
                "add",
                edited.toString(),
                "--scenario",
                "retain",
                "--intervention",
                "PAY5",
                "--intervention-name",
                "Five per cent pay uplift",
                "--kind",
                "pay_uplift",
                "--set",
                "start_month=2026-04",
                "--set",
                "scale=0.05",
                "--set",
                "effect_low=0.05",
                "--set",
                "effect_mode=0.1",
                "--set",
                "effect_high=0.15");
        // The web stores the edited dataset rewritten in its canonical form (defaults written out where the command
        // line leaves a cell blank): the same scenarios, intervention by intervention, once read.
        Path webFiles = storedFiles(web.json().get("id").asLong(), "edited-web");
        assertThat(new DatasetReader().load(webFiles).model().scenarios())
                .isEqualTo(new DatasetReader().load(edited).model().scenarios());
        assertThat(new DatasetReader()
                        .load(edited)
                        .model()
                        .scenario("retain")
                        .orElseThrow()
                        .interventions())
                .extracting(org.skillmix.core.scenario.Intervention::nameAndCode)
                .contains("Five per cent pay uplift (PAY5)");
    }
}
