package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The callers and fixtures of the authorization matrices (issue 12): {@link AuthorizationMatrixTest} over every API
 * operation, {@link PageAuthorizationMatrixTest} over every page. Every caller is an account of its own (anonymous;
 * a viewer, an organisation lead, an analyst and a Freedom to Speak Up guardian of ICS A; the same of ICS B, and ICS
 * A's lead; the administrator); every fixture (dataset, run, comparison, plan, ...) belongs to ICS A, so each
 * matrix can ask whether ICS B's callers see anything of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationFixtures extends WebTestBase {
    static final String PASSWORD = "Matrix-test-pass-9";
    static final String ICS_A = "QOP";
    static final String ICS_B = "QKK";
    static final String LEAD_A_ORG = "RWJ";
    /** An account of ICS A that the managing rules act on (not one of the callers). */
    static final String TARGET_A = "matrix-target-a";

    enum Caller {
        ANONYMOUS,
        VIEWER_A,
        LEAD_A,
        ANALYST_A,
        ICS_LEAD_A,
        GUARDIAN_A,
        VIEWER_B,
        LEAD_B,
        ANALYST_B,
        GUARDIAN_B,
        ADMIN;

        String username() {
            return this == ADMIN ? "admin" : "matrix-" + name().toLowerCase().replace('_', '-');
        }
    }

    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    /** Everyone who may read ICS A's systems. */
    static final Set<Caller> READ_A =
            EnumSet.of(Caller.VIEWER_A, Caller.LEAD_A, Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ADMIN);
    /** Who may change ICS A's systems and run in it (the ICS lead is an analyst who also publishes plans). */
    static final Set<Caller> ANALYSTS_A = EnumSet.of(Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ADMIN);
    /** Who may handle ICS A's staff files (the lead: of their own organisation). */
    static final Set<Caller> STAFF_A = EnumSet.of(Caller.LEAD_A, Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ADMIN);
    /** Who sees every organisation of ICS A (the run's report names them all). */
    static final Set<Caller> EVERY_ORG_A =
            EnumSet.of(Caller.VIEWER_A, Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ADMIN);
    /** The callers of ICS B, which owns none of the resources the calls name. */
    static final Set<Caller> OF_ICS_B = EnumSet.of(Caller.VIEWER_B, Caller.LEAD_B, Caller.ANALYST_B, Caller.GUARDIAN_B);
    /** The signed-in callers who see none of ICS A's systems: ICS B's, and ICS A's guardian (who reads no system). */
    static final Set<Caller> BLIND_TO_A =
            EnumSet.of(Caller.VIEWER_B, Caller.LEAD_B, Caller.ANALYST_B, Caller.GUARDIAN_B, Caller.GUARDIAN_A);
    /**
     * ICS B's analyst, who may do the thing in their own ICS, naming ICS A's account, dataset or run in the body
     * or path: "not found", as a missing one (the callers who may not do it at all are refused first, 403).
     */
    static final Map<Caller, Integer> UNSEEN_BY_B = Map.of(Caller.ANALYST_B, 404);
    /** Everyone: the speak-up channel's anonymous operations are public by decision (docs/speak-up.md). */
    static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    /** The guardian of the organisation a speak-up case is about (ICS A's lead's, RWJ). */
    static final Set<Caller> GUARDIAN_OF_CASE = EnumSet.of(Caller.GUARDIAN_A);
    /** Another ICS's guardian: a case not theirs is "not found", as one that does not exist (a reference reveals nothing). */
    static final Map<Caller, Integer> CASE_NOT_FOUND = Map.of(Caller.GUARDIAN_B, 404);

    /** A request body: JSON, or multipart parts; made per call, so a call can use a fresh name or fixture. */
    interface Body {
        HttpRequest.BodyPublisher publisher();

        String contentType();
    }

    final Map<String, String> fixtures = new LinkedHashMap<>();
    final AtomicInteger serial = new AtomicInteger();

    // ---- fixtures: everything belongs to ICS A ----

    byte[] exampleZip;

    @org.springframework.beans.factory.annotation.Autowired
    org.skillmix.app.web.speakup.AnonymousRateLimit speakUpRateLimit;

    void fixtures() throws Exception {
        exampleZip = zipOf(EXAMPLE, Map.of());
        for (JsonNode d : get("admin", ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                fixtures.put("dataset", d.get("id").asText());
        }
        assertThat(fixtures).containsKey("dataset");
        // ICS B has a dataset of its own, so its organisation lead's organisation exists there.
        Response b = upload("admin", ADMIN_PASSWORD, "ics-b.zip", zipOf(EXAMPLE, ScopingTest.otherIcb()));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        for (Caller c : SIGNED_IN) {
            if (c == Caller.ADMIN) continue;
            String ics = c.name().endsWith("_A") ? ICS_A : ICS_B;
            boolean hasOrg = role(c).equals("ORG_LEAD") || role(c).equals("GUARDIAN");
            String org = hasOrg ? (ics.equals(ICS_A) ? LEAD_A_ORG : "R0A") : null;
            account(c.username(), PASSWORD, role(c), ics, org);
        }
        account(TARGET_A, PASSWORD, "VIEWER", ICS_A, null);
        Response edited = call(
                Caller.ANALYST_A,
                "POST",
                "/api/datasets/" + id("dataset") + "/scenarios/MATRIX/interventions",
                json(ScenarioApiTest.flexibleWorking("FLEX0")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        fixtures.put("edited", edited.json().get("id").asText());

        Response run = call(
                Caller.ANALYST_A,
                "POST",
                "/api/runs",
                json(Map.of("datasetId", id("dataset"), "years", 1, "draws", 0)));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        fixtures.put("run", run.json().get("id").asText());
        Response comparison = call(
                Caller.ANALYST_A,
                "POST",
                "/api/comparisons",
                json(Map.of("datasetId", id("edited"), "scenarios", List.of("MATRIX"), "years", 1, "draws", 0)));
        assertThat(comparison.status()).as(comparison.body()).isEqualTo(201);
        fixtures.put("comparison", comparison.json().get("id").asText());
        fixtures.put("input", freshInput());
        Response plan = call(
                Caller.LEAD_A,
                "POST",
                "/api/mutual-aid/" + id("input") + "/plans",
                json(Map.of("seconds", 1, "seed", 7)));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        fixtures.put("plan", plan.json().get("id").asText());
        Response design = call(
                Caller.ANALYST_A, "POST", "/api/datasets/" + id("dataset") + "/designs", json(Map.of("year", 2030)));
        assertThat(design.status()).as(design.body()).isEqualTo(201);
        fixtures.put("design", design.json().get("id").asText());
        // A concern about ICS A's lead's organisation, raised without an account: its reference and secret. Then
        // the rate limit starts afresh, so every caller's concern is taken (all calls come from one address).
        Response raised = call(
                Caller.ANONYMOUS,
                "POST",
                "/api/speak-up/concerns",
                json(Map.of("icbCode", ICS_A, "orgCode", LEAD_A_ORG, "category", "OTHER", "text", "matrix case")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        fixtures.put("case", raised.json().get("reference").asText());
        fixtures.put("secret", raised.json().get("secret").asText());
        speakUpRateLimit.rotate();
        publishedDataFixtures();
        for (String finished : List.of("run", "comparison", "plan", "design")) {
            JsonNode done = awaitFinished(id(finished));
            assertThat(done.get("status").asText()).as(finished + ": " + done).isEqualTo("SUCCEEDED");
        }
        Response signoff = call(
                Caller.ANALYST_A, "POST", "/api/plans", json(Map.of("runId", id("run"), "title", "Matrix sign-off")));
        assertThat(signoff.status()).as(signoff.body()).isEqualTo(201);
        fixtures.put("signoff", signoff.json().get("id").asText());
        Response shared = call(
                Caller.ANALYST_A,
                "POST",
                "/api/plans/" + id("signoff") + "/share",
                json(Map.of("organisations", List.of(LEAD_A_ORG, "R0A"))));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        // The run's and the plan's board packs, made once here; the calls read them from store.
        for (String pack :
                List.of("/api/runs/" + id("run") + "/board-pack", "/api/plans/" + id("signoff") + "/board-pack")) {
            Response made = call(Caller.ANALYST_A, "POST", pack, null);
            assertThat(made.status()).as(made.body()).isEqualTo(200);
            JsonNode done = awaitFinished(made.json().get("id").asLong());
            assertThat(done.get("status").asText()).as(pack + ": " + done).isEqualTo("SUCCEEDED");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.skillmix.app.web.system.DatasetStore datasetStore;

    @org.springframework.beans.factory.annotation.Autowired
    org.skillmix.app.web.discharge.DischargeStudyStore studyStore;

    /**
     * An imported dataset of ICS A with its report, and a discharge study of ICS A, stored as the server stores them:
     * without a published-data folder here they cannot be made through the API (FrontEndsAgreeOnPublishedDataTest
     * makes them so).
     */
    void publishedDataFixtures() {
        var example = datasetStore.get(id("dataset"));
        var imported = datasetStore.store(
                new org.skillmix.app.web.system.StoredDataset(
                        0,
                        "Matrix import",
                        example.icbCode(),
                        example.icbName(),
                        "matrix import of " + ICS_A,
                        example.sha256(),
                        example.places(),
                        example.organisations(),
                        example.roles(),
                        example.capabilities(),
                        example.services(),
                        example.warnings(),
                        Caller.ANALYST_A.username(),
                        null),
                datasetStore.files(example.id()),
                new org.skillmix.app.web.system.DatasetFile(
                        "import-report.html", "<p>matrix</p>".getBytes(StandardCharsets.UTF_8)));
        fixtures.put("imported", Long.toString(imported.id()));
        var study = studyStore.store(
                ICS_A,
                null,
                Caller.ANALYST_A.username(),
                new org.skillmix.app.web.discharge.DischargeStudy.Settings(10, null, 6, 12, null),
                org.skillmix.usecase.Outputs.of(
                        org.skillmix.usecase.Output.text("discharge-fit.txt", "text/plain", "matrix study")));
        fixtures.put("study", Long.toString(study.id()));
    }

    /** Waits for a run to end: generously, since the machine may be busy with other builds. */
    JsonNode awaitFinished(long runId) throws Exception {
        long deadline = System.currentTimeMillis() + 600_000;
        while (true) {
            JsonNode run = get("admin", ADMIN_PASSWORD, "/api/runs/" + runId).json();
            String status = run.get("status").asText();
            boolean running = status.equals("QUEUED") || status.equals("RUNNING");
            if (!running || System.currentTimeMillis() > deadline) return run;
            Thread.sleep(500);
        }
    }

    static String role(Caller c) {
        return switch (c) {
            case VIEWER_A, VIEWER_B -> "VIEWER";
            case LEAD_A, LEAD_B -> "ORG_LEAD";
            case ANALYST_A, ANALYST_B -> "ANALYST";
            case ICS_LEAD_A -> "ICS_LEAD";
            case GUARDIAN_A, GUARDIAN_B -> "GUARDIAN";
            default -> throw new IllegalArgumentException(c.name());
        };
    }

    long id(String fixture) {
        return Long.parseLong(fixtures.get(fixture));
    }

    /** A staff and surge pair uploaded by ICS A's lead: their own organisation's staff only. */
    String freshInput() throws Exception {
        Response r = call(Caller.LEAD_A, "POST", "/api/datasets/" + id("dataset") + "/mutual-aid", staffAndSurge());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /** The ids of the staff files made for one call each (%freshInput), for {@link #ghostIds}. */
    final Set<String> freshInputs = new java.util.HashSet<>();

    String resolve(String path) throws Exception {
        String resolved = path;
        if (resolved.contains("%freshInput")) {
            String fresh = freshInput();
            freshInputs.add(fresh);
            resolved = resolved.replace("%freshInput", fresh);
        }
        for (var f : fixtures.entrySet()) resolved = resolved.replace("%" + f.getKey(), f.getValue());
        return resolved;
    }

    /** Ids no resource has, for the fixtures that are numbers. */
    static final String GHOST_ID = "987654321";

    static final List<String> NUMBERED = List.of(
            "dataset", "edited", "run", "comparison", "design", "input", "plan", "signoff", "imported", "study");

    /** The path with every numbered fixture replaced by an id nothing has; null when it names another kind. */
    String ghost(String path) {
        if (!path.contains("%") || path.contains("%case") || path.contains("%secret")) return null;
        String ghost = path.replace("%freshInput", GHOST_ID);
        for (String f : NUMBERED) ghost = ghost.replace("%" + f, GHOST_ID);
        return ghost;
    }

    /** A detail with the numbered fixtures' ids written as the ghost id, to compare with a missing resource's. */
    String ghostIds(String detail) {
        String said = detail;
        for (String f : NUMBERED) {
            if (fixtures.containsKey(f)) said = said.replaceAll("\\b" + fixtures.get(f) + "\\b", GHOST_ID);
        }
        // A fresh input's id too: it matched a fixture's only by chance of the database's sequences, and not when
        // another test class had made staff files before (MutualAidApiTest in the same run).
        for (String fresh : freshInputs) said = said.replaceAll("\\b" + fresh + "\\b", GHOST_ID);
        return said;
    }

    // ---- requests ----

    Body staffAndSurge() {
        Map<String, byte[][]> parts = new LinkedHashMap<>();
        parts.put(
                "staff", part("staff.csv", MutualAidTestBase.staffOf(LEAD_A_ORG).getBytes(StandardCharsets.UTF_8)));
        parts.put("surge", part("surge.csv", MutualAidTestBase.SURGE.getBytes(StandardCharsets.UTF_8)));
        parts.put("firstDay", new byte[][] {null, MutualAidTestBase.FIRST_DAY.getBytes(StandardCharsets.UTF_8)});
        return multipart(parts);
    }

    static byte[][] part(String fileName, byte[] content) {
        return new byte[][] {fileName.getBytes(StandardCharsets.UTF_8), content};
    }

    static Body json(Object value) {
        byte[] bytes = JSON.writeValueAsBytes(value);
        return new Body() {
            public HttpRequest.BodyPublisher publisher() {
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }

            public String contentType() {
                return "application/json";
            }
        };
    }

    /** Parts by name: {file name or null for a plain field, content}. */
    static Body multipart(Map<String, byte[][]> parts) {
        String boundary = "matrix" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, part) -> {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (part[0] == null
                            ? ""
                            : "; filename=\"" + new String(part[0], StandardCharsets.UTF_8)
                                    + "\"\r\nContent-Type: application/octet-stream")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part[1]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        return new Body() {
            public HttpRequest.BodyPublisher publisher() {
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }

            public String contentType() {
                return "multipart/form-data; boundary=" + boundary;
            }
        };
    }

    Response call(Caller caller, String method, String path, Body body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (caller != Caller.ANONYMOUS) {
            String user = caller.username();
            String password = caller == Caller.ADMIN ? ADMIN_PASSWORD : PASSWORD;
            b.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) b.header("Content-Type", body.contentType());
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body.publisher());
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }
}
