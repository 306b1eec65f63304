package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.app.cli.SkillmixCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The means of {@link FrontEndsAgreeTest} and {@link FrontEndsAgreeOnAnalysesTest}. Each use case the command line and the web application both offer, run through both on the Greater Manchester
 * example with its scenarios (examples/greater-manchester/interventions.csv): the files must be the same bytes. The command line reads
 * the dataset as the web stored it (the web keeps a canonical rewrite of what was uploaded, whose checksum run.json
 * names), and only what names the run itself may differ: run.json's and report.html's dataset label (a path on the
 * command line, the stored dataset's number and name in the web application), start time and wall time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FrontEndsAgreeTestBase extends WebTestBase {
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
                .replaceAll("<dt>Projection time</dt><dd>[^<]*</dd>", "<dt>Projection time</dt><dd>X</dd>");
    }

    static JsonNode manifestWithoutRunIdentity(byte[] json) {
        ObjectNode manifest = (ObjectNode) JSON.readTree(json);
        for (String field : List.of("dataset_path", "started_at", "finished_at", "wall_time_seconds"))
            manifest.remove(field);
        return manifest;
    }

    /** Downloads each named file of a finished analysis and compares it with the command line's. */
    void sameFiles(long run, Path out, List<String> names) throws Exception {
        for (String name : names) {
            assertThat(download("/api/analyses/" + run + "/download/" + name))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(out.resolve(name)));
        }
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
    /** A multipart body posted as the admin. */
    Response send(String path, String boundary, byte[] body) throws Exception {
        return send(request(ADMIN, ADMIN_PASSWORD, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    Response uploadPair(String staff, String surge) throws Exception {
        return uploadStaffAndSurge(ADMIN, ADMIN_PASSWORD, datasetId, staff, surge, FIRST_DAY);
    }
}
