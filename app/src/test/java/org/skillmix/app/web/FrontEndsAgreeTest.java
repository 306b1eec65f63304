package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.SkillmixCommand;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.bank.BankUseCase;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.skillmix.usecase.design.DesignUseCase;
import org.skillmix.usecase.mutualaid.MutualAidUseCase;
import org.skillmix.usecase.optimise.OptimiseUseCase;
import org.skillmix.usecase.projection.ProjectionUseCase;
import org.skillmix.usecase.winter.WinterUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each use case the command line and the web application both offer, run through both on the Greater Manchester
 * example with its scenarios (docs/examples/gm-scenarios): the files must be the same bytes. The command line reads
 * the dataset as the web stored it (the web keeps a canonical rewrite of what was uploaded, whose checksum run.json
 * names), and only what names the run itself may differ: run.json's and report.html's dataset label (a path on the
 * command line, the stored dataset's number and name in the web application), start time and wall time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontEndsAgreeTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String FIRST_DAY = "2026-12-01";

    @TempDir
    static Path tmp;

    @Autowired
    JdbcTemplate jdbc;

    /** The example with its scenarios, as a folder (for the command line) and a stored dataset (for the web). */
    Path folder;

    long datasetId;

    @BeforeAll
    void storeTheExampleWithItsScenarios() throws Exception {
        folder = Files.createDirectories(tmp.resolve("gm"));
        try (var files = Files.list(EXAMPLE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.copy(REPO.resolve("docs/examples/gm-scenarios/interventions.csv"), folder.resolve("interventions.csv"));
        Response r = upload(ADMIN, ADMIN_PASSWORD, "gm-scenarios.zip", zipOf(folder, Map.of()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        datasetId = r.json().get("id").asLong();
        folder = storedFiles(datasetId, "stored");
    }

    /** A stored dataset's files, as the web application reads them, in a folder. */
    Path storedFiles(long id, String name) throws Exception {
        return storedFolder(jdbc, id, tmp.resolve(name));
    }

    static String cli(String... args) {
        CommandLine cli = SkillmixCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    long finished(Response started) throws Exception {
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long id = started.json().get("id").asLong();
        JsonNode run = awaitRun(ADMIN, ADMIN_PASSWORD, id, s -> !s.equals("QUEUED") && !s.equals("RUNNING"));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        return id;
    }

    byte[] download(String path) throws Exception {
        Response r = get(ADMIN, ADMIN_PASSWORD, path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.bytes();
    }

    /** What names the run itself (its dataset, when it started, how long it took), masked. */
    static String withoutRunIdentity(byte[] html) {
        return new String(html, StandardCharsets.UTF_8)
                .replaceAll("<dt>Dataset</dt><dd>[^<]*</dd>", "<dt>Dataset</dt><dd>X</dd>")
                .replaceAll("<dt>Started</dt><dd>[^<]*</dd>", "<dt>Started</dt><dd>X</dd>")
                .replaceAll("<dt>Wall time</dt><dd>[^<]*</dd>", "<dt>Wall time</dt><dd>X</dd>");
    }

    static JsonNode manifestWithoutRunIdentity(byte[] json) {
        ObjectNode manifest = (ObjectNode) JSON.readTree(json);
        for (String field : List.of("dataset_path", "started_at", "finished_at", "wall_time_seconds"))
            manifest.remove(field);
        return manifest;
    }

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

    static final Path WINTER_EXAMPLES = REPO.resolve("docs/examples/gm-winter");

    /** Downloads each named file of a finished analysis and compares it with the command line's. */
    void sameFiles(long run, Path out, List<String> names) throws Exception {
        for (String name : names) {
            assertThat(download("/api/analyses/" + run + "/download/" + name))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(out.resolve(name)));
        }
    }

    @Test
    void aWinterPlanWithASurgeGivesTheSameFiles() throws Exception {
        byte[] surge = Files.readAllBytes(WINTER_EXAMPLES.resolve("surge.csv"));
        long run = finished(multipartPost(
                "/api/datasets/" + datasetId + "/winter-plans",
                Map.of("surge", new String[] {"surge.csv"}),
                // Current trends on both front ends: a front end that dropped it would plan the funded plan's staff.
                Map.of(
                        "surge",
                        surge,
                        "from",
                        bytes("2026-12-07"),
                        "weeks",
                        bytes("16"),
                        "baseline",
                        bytes("current-trends"))));
        Path out = tmp.resolve("winter");
        cli(
                "winter",
                folder.toString(),
                "--surge",
                WINTER_EXAMPLES.resolve("surge.csv").toString(),
                "--from",
                "2026-12-07",
                "--weeks",
                "16",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(WinterUseCase.WINTER_PLAN_CSV, WinterUseCase.WINTER_PLAN_HTML));
        List<String> rows = Files.readAllLines(out.resolve(WinterUseCase.WINTER_PLAN_CSV));
        assertThat(rows.get(0)).startsWith("baseline,week,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(row -> row.startsWith("current-trends,"));
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
    }

    @Test
    void aBankFillWithCapsGivesTheSameFiles() throws Exception {
        long run = finished(multipartPost(
                "/api/datasets/" + datasetId + "/bank-fills",
                Map.of("bank", new String[] {"bank.csv"}, "shifts", new String[] {"shifts.csv"}),
                Map.of(
                        "bank", Files.readAllBytes(WINTER_EXAMPLES.resolve("bank.csv")),
                        "shifts", Files.readAllBytes(WINTER_EXAMPLES.resolve("shifts.csv")),
                        "caps", bytes("RN_ADULT=30,HCSW=16"))));
        Path out = tmp.resolve("bank");
        cli(
                "bank",
                folder.toString(),
                "--bank",
                WINTER_EXAMPLES.resolve("bank.csv").toString(),
                "--shifts",
                WINTER_EXAMPLES.resolve("shifts.csv").toString(),
                "--cap",
                "RN_ADULT=30,HCSW=16",
                "--out",
                out.toString());
        sameFiles(
                run,
                out,
                List.of(
                        BankUseCase.FILLS_CSV,
                        BankUseCase.COVER_CSV,
                        BankUseCase.FILL_RATE_CSV,
                        BankUseCase.BANK_HTML));
    }

    @Test
    void aPortfolioGivesTheSameChoice() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("budgetGbp", 2_000_000);
        request.put("years", 2);
        request.put("draws", 0);
        request.put("maxLevel", 2);
        request.put("seed", 7);
        request.put("timeLimitSeconds", 5);
        // Current trends on both front ends: a front end that dropped it would measure on the funded plan, and its
        // files would name that baseline and its gap, not these.
        request.put("baseline", "current-trends");
        long run = finished(postJson(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + datasetId + "/portfolios", request));
        Path out = tmp.resolve("optimise");
        // through cli(): a failed command (exit code not 0) fails here, not as missing files below
        cli(
                "optimise",
                folder.toString(),
                "--budget",
                "2000000",
                "--years",
                "2",
                "--draws",
                "0",
                "--max-level",
                "2",
                "--seed",
                "7",
                "--time-limit",
                "5",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(OptimiseUseCase.PORTFOLIO_CSV));
        List<String> rows = Files.readAllLines(out.resolve(OptimiseUseCase.PORTFOLIO_CSV));
        assertThat(rows.get(0)).startsWith("baseline,intervention_code,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(row -> row.startsWith("current-trends,"));
        assertThat(Files.readString(out.resolve(OptimiseUseCase.PORTFOLIO_TXT)))
                .startsWith("Portfolio for ")
                .contains(" (current-trends baseline): budget GBP 2,000,000 a year");
        // The stored settings keep the baseline, so the analysis's page and API say it.
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
        Response page = get(ADMIN, ADMIN_PASSWORD, "/analyses/" + run);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("<dt class=\"nhsuk-summary-list__key\">Baseline</dt>\\s*"
                        + "<dd class=\"nhsuk-summary-list__value\">Current trends</dd>");
        // The form offers the choice the projection and comparison forms offer, under the field the API reads.
        String analyses = get(ADMIN, ADMIN_PASSWORD, "/analyses").body();
        String form = analyses.substring(analyses.indexOf("id=\"portfolio-form\""));
        assertThat(form.substring(0, form.indexOf("</form>")))
                .contains("id=\"portfolio-baseline\" name=\"baseline\"")
                .contains("<option value=\"funded-plan\">")
                .contains("<option value=\"current-trends\">");
        // The explanation says how long the solver and the marginal runs took: all else is the same.
        assertThat(withoutTimes(download("/api/analyses/" + run + "/download/" + OptimiseUseCase.PORTFOLIO_TXT)))
                .isEqualTo(withoutTimes(Files.readAllBytes(out.resolve(OptimiseUseCase.PORTFOLIO_TXT))));
    }

    static String withoutTimes(byte[] text) {
        return new String(text, StandardCharsets.UTF_8)
                .replaceAll("in \\d+ ms \\(marginal runs [0-9.]+ s", "in X ms (marginal runs X s");
    }

    @Test
    void aWorkforceDesignGivesTheSameFiles() throws Exception {
        long run = finished(postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + datasetId + "/designs",
                // Current trends on both front ends: every row of both files names the baseline the limits took.
                Map.of("year", 2030, "scenario", "retain", "baseline", "current-trends")));
        Path out = tmp.resolve("design");
        cli(
                "design",
                folder.toString(),
                "--year",
                "2030",
                "--scenario",
                "retain",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(DesignUseCase.DESIGN_CSV, DesignUseCase.SUPERVISION_CSV));
        for (String name : List.of(DesignUseCase.DESIGN_CSV, DesignUseCase.SUPERVISION_CSV)) {
            List<String> rows = Files.readAllLines(out.resolve(name));
            assertThat(rows.get(0)).as(name).startsWith("baseline,role_code,");
            assertThat(rows.subList(1, rows.size()))
                    .as(name)
                    .isNotEmpty()
                    .allMatch(row -> row.startsWith("current-trends,"));
        }
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart POST as the admin: parts by name, those named in files sent as files with that name. */
    Response multipartPost(String path, Map<String, String[]> files, Map<String, byte[]> parts) throws Exception {
        String boundary = "skillmix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String[] file = files.get(part.getKey());
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                            + (file == null ? "" : "; filename=\"" + file[0] + "\"\r\nContent-Type: text/csv")
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(part.getValue());
            body.write(bytes("\r\n"));
        }
        body.write(bytes("--" + boundary + "--\r\n"));
        return send(path, boundary, body.toByteArray());
    }

    Response send(String path, String boundary, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }

    Response uploadPair(String staff, String surge) throws Exception {
        String boundary = "skillmix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part :
                List.of(new String[] {"staff", "staff.csv", staff}, new String[] {"surge", "surge.csv", surge})) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                            + part[1] + "\"\r\nContent-Type: text/csv\r\n\r\n" + part[2] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"firstDay\"\r\n\r\n" + FIRST_DAY
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return send("/api/datasets/" + datasetId + "/mutual-aid", boundary, body.toByteArray());
    }
}
