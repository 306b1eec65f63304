package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.SkillmixCommand;
import org.skillmix.usecase.discharge.DischargeStudyUseCase;
import org.skillmix.usecase.importer.ImportUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * `skillmix import` and `skillmix discharge` through both front ends on the published files (../shared/data; skipped
 * where there are none), for Greater Manchester (QOP, the ICB the importer's and the discharge tests use): the same
 * bytes from each. The server is given the folder as skillmix.published-data, so this class has a Spring context of
 * its own (the shared one has no folder: PublishedDataUnsetTest).
 *
 * <p>The web keeps an imported dataset as it keeps an upload: the canonical rewrite of what was checked (the dataset
 * writer's files, whose checksum a run names). That rewrite leaves out what only describes the import (the source
 * column of each table and manifest.csv's description, which the import report keeps), so the web's files are compared
 * with those an upload of the command line's folder stores, byte for byte; the import report is compared as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontEndsAgreeOnPublishedDataTest extends WebTestBase {
    static final Path SHARED = REPO.resolve("../shared/data").normalize();
    static final String PASSWORD = "Published-test-pass-9";
    static final String ANALYST = "published-analyst-qop";
    static final String VIEWER = "published-viewer-qop";
    static final String MANCHESTER = "E08000003";

    @DynamicPropertySource
    static void publishedData(DynamicPropertyRegistry registry) {
        registry.add("skillmix.published-data", SHARED::toString);
    }

    @TempDir
    static Path tmp;

    @Autowired
    JdbcTemplate jdbc;

    /** The command line's import, and the web's of the same ICB for the analyst of QOP. */
    Path cliImport;

    JsonNode webImport;

    @BeforeAll
    void importThroughBoth() throws Exception {
        assumeTrue(
                Files.isDirectory(SHARED.resolve("nhs-discharge-criteria-to-reside")), "no shared data at " + SHARED);
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        cliImport = tmp.resolve("cli-import");
        Cli imported = cli("import", "--icb", "QOP", "--from", SHARED.toString(), "--out", cliImport.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        // Nothing in the request names the ICB: it is the analyst's.
        Response web = postJson(ANALYST, PASSWORD, "/api/imports", Map.of("name", "QOP from the published files"));
        assertThat(web.status()).as(web.body()).isEqualTo(201);
        webImport = web.json();
    }

    record Cli(int code, String out, String err) {}

    static Cli cli(String... args) {
        CommandLine cli = SkillmixCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** A stored dataset's files by name, as the web application reads them. */
    Map<String, byte[]> storedFiles(long id) {
        return storedFiles(jdbc, id);
    }

    byte[] download(String path) throws Exception {
        Response r = get(ANALYST, PASSWORD, path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.bytes();
    }

    @Test
    void anImportStoresWhatUploadingTheCommandLinesImportStoresWithTheSameReport() throws Exception {
        assertThat(webImport.get("icbCode").asText()).isEqualTo("QOP");
        assertThat(webImport.get("uploadedBy").asText()).isEqualTo(ANALYST);
        Response uploaded = upload(ANALYST, PASSWORD, "cli-import.zip", zipOf(cliImport, Map.of()));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

        Map<String, byte[]> web = storedFiles(webImport.get("id").asLong());
        Map<String, byte[]> cli = storedFiles(uploaded.json().get("id").asLong());
        List<String> cliTables;
        try (Stream<Path> files = Files.list(cliImport)) {
            cliTables = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        // Every table the command line wrote is stored (the writer adds interventions.csv, empty, to both).
        assertThat(web.keySet()).containsAll(cliTables).isEqualTo(cli.keySet());
        web.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(cli.get(name)));
        assertThat(webImport.get("sha256").asText())
                .isEqualTo(uploaded.json().get("sha256").asText());

        byte[] report = download("/api/datasets/" + webImport.get("id").asLong() + "/import-report");
        assertThat(report).isEqualTo(Files.readAllBytes(cliImport.resolve(ImportUseCase.IMPORT_REPORT_HTML)));
        // An upload has no import report.
        Response none = get(
                ANALYST, PASSWORD, "/api/datasets/" + uploaded.json().get("id").asLong() + "/import-report");
        assertThat(none.status()).as(none.body()).isEqualTo(404);
    }

    @Test
    void aDischargeStudyGivesTheSameFiles() throws Exception {
        long dataset = webImport.get("id").asLong();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("datasetId", dataset);
        settings.put("extraCareWorkers", 50);
        settings.put("place", MANCHESTER);
        settings.put("heldBackMonths", 5);
        settings.put("trainingMonths", 10);
        Response study = postJson(ANALYST, PASSWORD, "/api/discharge-studies", settings);
        assertThat(study.status()).as(study.body()).isEqualTo(201);
        assertThat(study.json().get("icbCode").asText()).isEqualTo("QOP");

        // The command line reads the dataset as the web stored it (FrontEndsAgreeTest does the same).
        Path stored = Files.createDirectories(tmp.resolve("stored"));
        for (var f : storedFiles(dataset).entrySet()) Files.write(stored.resolve(f.getKey()), f.getValue());
        Path out = tmp.resolve("cli-study");
        Cli cli = cli(
                "discharge",
                "--icb",
                "QOP",
                "--from",
                SHARED.toString(),
                "--dataset",
                stored.toString(),
                "--out",
                out.toString(),
                "--place",
                MANCHESTER,
                "--extra-care-workers",
                "50",
                "--held-back-months",
                "5",
                "--training-months",
                "10");
        assertThat(cli.code()).as(cli.err()).isZero();

        String base = "/api/discharge-studies/" + study.json().get("id").asLong() + "/download/";
        for (String name : List.of(DischargeStudyUseCase.FIT_TXT, DischargeStudyUseCase.FIT_HTML)) {
            assertThat(download(base + name)).as(name).isEqualTo(Files.readAllBytes(out.resolve(name)));
        }
        assertThat(new String(download(base + DischargeStudyUseCase.FIT_TXT), java.nio.charset.StandardCharsets.UTF_8))
                .contains("What do 50.0 more care workers in Manchester (" + MANCHESTER + ")");
    }

    @Test
    void aSettingOutOfRangeIsRefusedInTheSameWords() throws Exception {
        Response web = postJson(ANALYST, PASSWORD, "/api/discharge-studies", Map.of("trainingMonths", 1));
        assertThat(web.status()).as(web.body()).isEqualTo(400);
        assertThat(web.json().get("field").asText()).isEqualTo("trainingMonths");
        Cli cli = cli(
                "discharge",
                "--icb",
                "QOP",
                "--from",
                SHARED.toString(),
                "--out",
                tmp.resolve("refused").toString(),
                "--training-months",
                "1");
        assertThat(cli.code()).isEqualTo(2);
        assertThat(cli.err()).contains(web.json().get("detail").asText());
    }

    @Test
    void theIcbIsTheAccountsAndBadPublishedFilesStoreNothing() throws Exception {
        int datasets = get("admin", ADMIN_PASSWORD, "/api/datasets").json().size();
        // An analyst cannot import into, or study, another ICS; a viewer can do neither.
        for (String path : List.of("/api/imports", "/api/discharge-studies")) {
            Response other = postJson(ANALYST, PASSWORD, path, Map.of("icb", "QKK"));
            assertThat(other.status()).as(path + ": " + other.body()).isEqualTo(403);
            Response viewer = postJson(VIEWER, PASSWORD, path, Map.of());
            assertThat(viewer.status()).as(path + ": " + viewer.body()).isEqualTo(403);
        }
        // An administrator belongs to no ICS, so names it; an ICB the published files do not have is their problem,
        // listed with its file, and nothing is stored.
        Response unnamed = postJson("admin", ADMIN_PASSWORD, "/api/imports", Map.of());
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(400);
        assertThat(unnamed.json().get("field").asText()).isEqualTo("icb");
        Response unknown = postJson("admin", ADMIN_PASSWORD, "/api/imports", Map.of("icb", "QZZ9"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        JsonNode problem = unknown.json().get("problems").get(0);
        assertThat(problem.get("file").asText()).isNotBlank();
        assertThat(problem.get("reason").asText()).contains("has no ICB with ODS code QZZ9");
        Cli cli = cli(
                "import",
                "--icb",
                "QZZ9",
                "--from",
                SHARED.toString(),
                "--out",
                tmp.resolve("qzz9").toString());
        assertThat(cli.code()).isEqualTo(1);
        assertThat(cli.err()).contains(problem.get("reason").asText());
        assertThat(get("admin", ADMIN_PASSWORD, "/api/datasets").json().size()).isEqualTo(datasets);
    }
}
