package org.skillmix.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The real application on a random port over the embedded PostgreSQL server; every web test class extends
 * this, so they share one Spring context and one database.
 */
@SpringBootTest(
        classes = SkillmixWebApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "skillmix.admin.password=" + WebTestBase.ADMIN_PASSWORD,
            "server.address=127.0.0.1",
            // BCrypt's least cost: each basic-auth call checks the password; the real cost is PasswordCostTest's
            "skillmix.password.bcrypt-cost=4"
        })
public abstract class WebTestBase {
    static final String ADMIN_PASSWORD = "first-start-secret-for-tests";
    static final Path REPO = Path.of(System.getProperty("skillmix.repoRoot", ".."))
            .toAbsolutePath()
            .normalize();
    static final Path EXAMPLE = REPO.resolve("examples/greater-manchester");
    static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    /** Tomcat's access log, on as an operator might switch it on, so tests can read what it keeps. */
    static final Path ACCESS_LOG = Path.of(System.getProperty("java.io.tmpdir"))
            .resolve("skillmix-test-access-log-" + ProcessHandle.current().pid());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(ACCESS_LOG)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // never written, or already gone
            }
        }));
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.get().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestDatabase.get().user());
        registry.add("spring.datasource.password", () -> TestDatabase.get().password());
        registry.add("server.tomcat.accesslog.enabled", () -> "true");
        registry.add("server.tomcat.accesslog.directory", ACCESS_LOG::toString);
        registry.add("server.tomcat.accesslog.buffered", () -> "false");
        registry.add("server.tomcat.accesslog.pattern", () -> "combined");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    record Response(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Response get(String user, String password, String path) throws Exception {
        return send(request(user, password, path).GET().build());
    }

    Response postJson(String user, String password, String path, Object body) throws Exception {
        return send(request(user, password, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    /** Any method with an optional JSON body (null: none), such as PUT. */
    Response sendJson(String method, String user, String password, String path, Object body) throws Exception {
        return send(request(user, password, path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    Response upload(String user, String password, String fileName, byte[] content) throws Exception {
        String boundary = "skillmix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(user, password, "/api/datasets")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /**
     * Makes an account as the administrator: 201, or 409 when a test class before made it (they share one
     * database). org is an organisation lead's organisation, or null.
     */
    void account(String username, String password, String role, String icb, String org) throws Exception {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>(
                Map.of("username", username, "password", password, "role", role, "icbCode", icb));
        if (org != null) body.put("orgCode", org);
        Response r = postJson("admin", ADMIN_PASSWORD, "/api/users", body);
        if (r.status() != 201 && r.status() != 409) throw new AssertionError(username + ": " + r.body());
    }

    /**
     * A staff and surge pair with its first day, uploaded for the dataset as the mutual-aid form sends them (the
     * staff and surge files as CSV files, the first day as a field).
     */
    Response uploadStaffAndSurge(
            String user, String password, long datasetId, String staff, String surge, String firstDay)
            throws Exception {
        String boundary = "skillmix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part : java.util.List.of(
                new String[] {"staff", "staff.csv", staff}, new String[] {"surge", "surge.csv", surge})) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                            + part[1] + "\"\r\nContent-Type: text/csv\r\n\r\n" + part[2] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"firstDay\"\r\n\r\n" + firstDay
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return send(request(user, password, "/api/datasets/" + datasetId + "/mutual-aid")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A request to the server, with the caller's basic authentication (none when user is null). */
    HttpRequest.Builder request(String user, String password, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (user != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }

    /** The folder's CSV files zipped, optionally with one file's content replaced. */
    static byte[] zipOf(Path folder, Map<String, String> replaced) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                var files = Files.list(folder)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = f.getFileName().toString();
                zip.putNextEntry(new ZipEntry(name));
                zip.write(
                        replaced.containsKey(name)
                                ? replaced.get(name).getBytes(StandardCharsets.UTF_8)
                                : Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The example with a negative FTE on the first workforce line: invalid, with a row and column to name. */
    static byte[] brokenExampleZip() throws IOException {
        var lines = Files.readAllLines(EXAMPLE.resolve("workforce.csv"), StandardCharsets.UTF_8);
        var header = java.util.List.of(lines.get(0).split(",", -1));
        int col = header.indexOf("fte_in_post");
        String[] cells = lines.get(1).split(",", -1);
        cells[col] = "-5";
        lines.set(1, String.join(",", cells));
        return zipOf(EXAMPLE, Map.of("workforce.csv", String.join("\n", lines) + "\n"));
    }

    /** The id of the shipped example's dataset (imported on a first start) among those this account sees. */
    long exampleDataset(String user, String password) throws Exception {
        for (JsonNode d : get(user, password, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                return d.get("id").asLong();
        throw new AssertionError("the example is imported on a first start and visible to " + user);
    }

    /** Starts a run with these settings as this account and waits for it: its id, once it has succeeded. */
    long finishedRun(String user, String password, Map<String, Object> settings) throws Exception {
        Response run = postJson(user, password, "/api/runs", settings);
        org.assertj.core.api.Assertions.assertThat(run.status()).as(run.body()).isEqualTo(201);
        long runId = run.json().get("id").asLong();
        org.assertj.core.api.Assertions.assertThat(
                        awaitRun(user, password, runId, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                                .get("status")
                                .asText())
                .isEqualTo("SUCCEEDED");
        return runId;
    }

    JsonNode awaitRun(String user, String password, long runId, java.util.function.Predicate<String> done)
            throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode run = get(user, password, "/api/runs/" + runId).json();
            if (done.test(run.get("status").asText()) || System.currentTimeMillis() > deadline) return run;
            Thread.sleep(200);
        }
    }
    /** A stored dataset's files by name, as the web application reads them (the canonical rewrite of an upload). */
    static java.util.Map<String, byte[]> storedFiles(org.springframework.jdbc.core.JdbcTemplate jdbc, long datasetId) {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        jdbc.query(
                "SELECT file_name, content FROM dataset_files WHERE dataset_id = ?",
                rs -> {
                    files.put(rs.getString(1), rs.getBytes(2));
                },
                datasetId);
        return files;
    }

    /** The same files written into a new folder, for the command line to read as a dataset. */
    static Path storedFolder(org.springframework.jdbc.core.JdbcTemplate jdbc, long datasetId, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        for (var f : storedFiles(jdbc, datasetId).entrySet()) Files.write(folder.resolve(f.getKey()), f.getValue());
        return folder;
    }
}
