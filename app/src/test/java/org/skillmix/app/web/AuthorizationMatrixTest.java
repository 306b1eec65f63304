package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix (issue 12): every operation of the OpenAPI document, called by every kind of caller
 * (anonymous; a viewer, an organisation lead, an analyst and a Freedom to Speak Up guardian of ICS A, which owns
 * every resource the calls name; the same four of ICS B; the administrator), with the status each must get. The rules are written
 * below, one per operation: an operation the document has and the rules do not fails the build, so a new
 * endpoint cannot ship without someone deciding who may call it.
 *
 * <p>A caller a rule does not allow must get 403 (401 when anonymous); an allowed caller gets the rule's status.
 * Refused callers go first, so an allowed call that changes something (a delete) cannot hide a refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends WebTestBase {
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

    /**
     * Who may call an operation and what they get.
     *
     * @param path the concrete path with its query; %name is replaced by a fixture (see {@link #fixture})
     * @param body the body for a call, or null
     * @param refusedAs a refused caller's status when it is not 403 (401 anonymous), by decision
     */
    record Rule(
            String path,
            Set<Caller> allowed,
            int allowedStatus,
            Function<Caller, Body> body,
            Map<Caller, Integer> refusedAs) {}

    final Map<String, Rule> rules = new LinkedHashMap<>();
    final Map<String, String> fixtures = new LinkedHashMap<>();
    final AtomicInteger serial = new AtomicInteger();

    void rule(String operation, String path, Set<Caller> allowed, int status) {
        rule(operation, path, allowed, status, null);
    }

    void rule(String operation, String path, Set<Caller> allowed, int status, Function<Caller, Body> body) {
        rule(operation, path, allowed, status, body, Map.of());
    }

    void rule(
            String operation,
            String path,
            Set<Caller> allowed,
            int status,
            Function<Caller, Body> body,
            Map<Caller, Integer> refusedAs) {
        rules.put(operation, new Rule(path, allowed, status, body, refusedAs));
    }

    @BeforeAll
    void fixturesAndRules() throws Exception {
        fixtures();
        // Accounts and the audit log.
        rule("GET /api/me", "/api/me", SIGNED_IN, 200);
        rule(
                "GET /api/users",
                "/api/users",
                EnumSet.of(Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ANALYST_B, Caller.ADMIN),
                200);
        rule(
                "POST /api/users",
                "/api/users",
                ANALYSTS_A,
                201,
                c -> json(Map.of(
                        "username",
                        "matrix-made-" + serial.incrementAndGet(),
                        "password",
                        PASSWORD,
                        "role",
                        "VIEWER",
                        "icbCode",
                        ICS_A)));
        rule(
                "GET /api/audit",
                "/api/audit?limit=5",
                EnumSet.of(Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ANALYST_B, Caller.ADMIN),
                200);
        // Managing another account: ICS A's analyst and the administrator manage ICS A's viewer; nobody else does.
        rule(
                "PUT /api/users/{username}",
                "/api/users/" + TARGET_A,
                ANALYSTS_A,
                200,
                c -> json(Map.of("role", "VIEWER", "icbCode", ICS_A)),
                UNSEEN_BY_B);
        rule(
                "POST /api/users/{username}/disable",
                "/api/users/" + TARGET_A + "/disable",
                ANALYSTS_A,
                200,
                null,
                UNSEEN_BY_B);
        rule(
                "POST /api/users/{username}/enable",
                "/api/users/" + TARGET_A + "/enable",
                ANALYSTS_A,
                200,
                null,
                UNSEEN_BY_B);
        rule(
                "POST /api/users/{username}/password-reset",
                "/api/users/" + TARGET_A + "/password-reset",
                ANALYSTS_A,
                200,
                null,
                UNSEEN_BY_B);
        // One's own password: everyone signed in (set to the same one here, so the callers keep signing in).
        rule(
                "POST /api/me/password",
                "/api/me/password",
                SIGNED_IN,
                204,
                c -> json(Map.of(
                        "currentPassword", c == Caller.ADMIN ? ADMIN_PASSWORD : PASSWORD,
                        "newPassword", c == Caller.ADMIN ? ADMIN_PASSWORD : PASSWORD)));
        // Datasets and scenarios.
        rule("GET /api/datasets", "/api/datasets", SIGNED_IN, 200);
        rule(
                "POST /api/datasets",
                "/api/datasets",
                ANALYSTS_A,
                201,
                c -> multipart(Map.of("file", part("gm.zip", exampleZip))));
        rule("GET /api/datasets/{id}", "/api/datasets/%dataset", READ_A, 200);
        rule(
                "PUT /api/datasets/{id}/name",
                "/api/datasets/%edited/name",
                ANALYSTS_A,
                200,
                c -> json(Map.of("name", "Matrix version " + serial.incrementAndGet())));
        rule("GET /api/datasets/{datasetId}/scenarios", "/api/datasets/%edited/scenarios", READ_A, 200);
        rule(
                "GET /api/datasets/{datasetId}/scenarios/{scenario}",
                "/api/datasets/%edited/scenarios/MATRIX",
                READ_A,
                200);
        rule(
                "DELETE /api/datasets/{datasetId}/scenarios/{scenario}",
                "/api/datasets/%edited/scenarios/MATRIX",
                ANALYSTS_A,
                200);
        rule(
                "POST /api/datasets/{datasetId}/scenarios/{scenario}/interventions",
                "/api/datasets/%edited/scenarios/MATRIX/interventions",
                ANALYSTS_A,
                201,
                c -> json(ScenarioApiTest.flexibleWorking("FLEX" + serial.incrementAndGet())));
        rule(
                "PUT /api/datasets/{datasetId}/scenarios/{scenario}/interventions/{intervention}",
                "/api/datasets/%edited/scenarios/MATRIX/interventions/FLEX0",
                ANALYSTS_A,
                200,
                c -> json(ScenarioApiTest.flexibleWorking("FLEX0")));
        rule(
                "DELETE /api/datasets/{datasetId}/scenarios/{scenario}/interventions/{intervention}",
                "/api/datasets/%edited/scenarios/MATRIX/interventions/FLEX0",
                ANALYSTS_A,
                200);
        // Runs and their results (the run has finished: cancelling it is 409 to whoever may cancel).
        rule("GET /api/runs", "/api/runs", SIGNED_IN, 200);
        rule(
                "POST /api/runs",
                "/api/runs",
                ANALYSTS_A,
                201,
                c -> json(Map.of("datasetId", id("dataset"), "years", 1, "draws", 0)),
                UNSEEN_BY_B);
        rule("GET /api/runs/{id}", "/api/runs/%run", READ_A, 200);
        rule("POST /api/runs/{id}/cancel", "/api/runs/%run/cancel", ANALYSTS_A, 409);
        rule("GET /api/runs/{runId}/dimensions", "/api/runs/%run/dimensions", READ_A, 200);
        rule("GET /api/runs/{runId}/spread-drivers", "/api/runs/%run/spread-drivers", READ_A, 200);
        rule("GET /api/runs/{runId}/series", "/api/runs/%run/series?measure=demand_fte", READ_A, 200);
        rule("GET /api/runs/{runId}/heatmap", "/api/runs/%run/heatmap?kind=capability-place", READ_A, 200);
        rule("GET /api/runs/{runId}/explain", "/api/runs/%run/explain?capability=WOUND&place=E08000003", READ_A, 200);
        rule("GET /api/runs/{runId}/download/{format}", "/api/runs/%run/download/html", EVERY_ORG_A, 200);
        rule(
                "POST /api/runs/{runId}/what-if",
                "/api/runs/%run/what-if",
                READ_A,
                200,
                c -> json(Map.of("leaverRateFactor", 0.9)));
        rule(
                "POST /api/runs/{runId}/what-if/run",
                "/api/runs/%run/what-if/run",
                ANALYSTS_A,
                201,
                c -> json(Map.of("leaverRateFactor", 0.9, "draws", 2)));
        // Comparisons.
        rule("GET /api/comparisons", "/api/comparisons", SIGNED_IN, 200);
        rule(
                "POST /api/comparisons",
                "/api/comparisons",
                ANALYSTS_A,
                201,
                c -> json(Map.of("datasetId", id("edited"), "scenarios", List.of("MATRIX"), "years", 1, "draws", 0)),
                UNSEEN_BY_B);
        rule("GET /api/comparisons/{id}", "/api/comparisons/%comparison", READ_A, 200);
        rule("POST /api/comparisons/{id}/cancel", "/api/comparisons/%comparison/cancel", ANALYSTS_A, 409);
        rule("GET /api/comparisons/{id}/slices", "/api/comparisons/%comparison/slices", READ_A, 200);
        rule("GET /api/comparisons/{id}/gaps", "/api/comparisons/%comparison/gaps?dimension=all", READ_A, 200);
        rule("GET /api/comparisons/{id}/summary", "/api/comparisons/%comparison/summary", READ_A, 200);
        rule(
                "GET /api/comparisons/{id}/download/{format}",
                "/api/comparisons/%comparison/download/html",
                EVERY_ORG_A,
                200);
        // A system's published figures.
        rule(
                "GET /api/systems/{id}/discharge",
                "/api/systems/%dataset/discharge?place=E08000003&extraFte=10",
                READ_A,
                200);
        rule(
                "GET /api/systems/{id}/discharge/question.csv",
                "/api/systems/%dataset/discharge/question.csv?place=E08000003&extraFte=10",
                READ_A,
                200);
        rule("GET /api/systems/{id}/metrics", "/api/systems/%dataset/metrics", READ_A, 200);
        // The files of skillmix metrics: published figures about organisations, so a lead gets them too.
        rule("GET /api/systems/{id}/metrics/metrics.html", "/api/systems/%dataset/metrics/metrics.html", READ_A, 200);
        rule(
                "GET /api/systems/{id}/metrics/metrics-status.csv",
                "/api/systems/%dataset/metrics/metrics-status.csv",
                READ_A,
                200);
        publishedDataRules();
        // Mutual aid: staff files are personal data; the lead's plan is made from their own staff file.
        rule(
                "POST /api/datasets/{datasetId}/mutual-aid",
                "/api/datasets/%dataset/mutual-aid",
                STAFF_A,
                201,
                c -> staffAndSurge());
        rule("GET /api/datasets/{datasetId}/mutual-aid", "/api/datasets/%dataset/mutual-aid", READ_A, 200);
        rule("DELETE /api/mutual-aid/{inputId}", "/api/mutual-aid/%freshInput", STAFF_A, 204);
        rule(
                "POST /api/mutual-aid/{inputId}/plans",
                "/api/mutual-aid/%input/plans",
                STAFF_A,
                201,
                c -> json(Map.of("seconds", 1, "seed", 7)));
        rule("GET /api/mutual-aid/plans/{id}", "/api/mutual-aid/plans/%plan", READ_A, 200);
        rule("POST /api/mutual-aid/plans/{id}/cancel", "/api/mutual-aid/plans/%plan/cancel", STAFF_A, 409);
        rule("GET /api/mutual-aid/plans/{id}/moves", "/api/mutual-aid/plans/%plan/moves", STAFF_A, 200);
        rule("GET /api/mutual-aid/plans/{id}/donor-losses", "/api/mutual-aid/plans/%plan/donor-losses", STAFF_A, 200);
        rule("GET /api/mutual-aid/plans/{id}/cover", "/api/mutual-aid/plans/%plan/cover", READ_A, 200);
        rule("GET /api/mutual-aid/plans/{id}/received", "/api/mutual-aid/plans/%plan/received", READ_A, 200);
        rule(
                "GET /api/mutual-aid/plans/{id}/download/{format}",
                "/api/mutual-aid/plans/%plan/download/plan",
                STAFF_A,
                200);
        analysisRules();
        speakUpRules();
        planRules();
    }

    /**
     * Import and the discharge study from the server's published files. The shared context has no published-data
     * folder, so a caller allowed to start one gets 409 (the server cannot), after the refusals: the permission is
     * checked first. FrontEndsAgreeOnPublishedDataTest runs both with the folder. Each is for the caller's own ICS,
     * so ICS B's analyst is allowed too (their own); what they store is theirs. The stored import report and study
     * (fixtures) are ICS A's.
     */
    void publishedDataRules() {
        Set<Caller> analysts = EnumSet.of(Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ANALYST_B, Caller.ADMIN);
        rule("POST /api/imports", "/api/imports", analysts, 409, c -> json(Map.of()));
        rule("GET /api/datasets/{id}/import-report", "/api/datasets/%imported/import-report", EVERY_ORG_A, 200);
        rule(
                "POST /api/discharge-studies",
                "/api/discharge-studies",
                analysts,
                409,
                c -> json(Map.of("extraCareWorkers", 10)));
        rule("GET /api/discharge-studies", "/api/discharge-studies", SIGNED_IN, 200);
        rule("GET /api/discharge-studies/{id}", "/api/discharge-studies/%study", READ_A, 200);
        rule(
                "GET /api/discharge-studies/{id}/download/{name}",
                "/api/discharge-studies/%study/download/discharge-fit.txt",
                READ_A,
                200);
    }

    /**
     * Plans: the ICS team makes and shares them and the ICS lead alone publishes them (not even the administrator);
     * a partner's lead (ICS A's lead's RWJ is a partner of
     * the fixture plan, with R0A, which nobody here decides for, so the plan stays shared) decides and comments; a
     * shared plan is read by everyone who reads ICS A's systems.
     */
    void planRules() {
        rule("GET /api/plans", "/api/plans", SIGNED_IN, 200);
        rule(
                "POST /api/plans",
                "/api/plans",
                ANALYSTS_A,
                201,
                c -> json(Map.of("runId", id("run"), "title", "Matrix plan " + c)),
                UNSEEN_BY_B);
        rule("GET /api/plans/{id}", "/api/plans/%signoff", READ_A, 200);
        rule(
                "POST /api/plans/{id}/share",
                "/api/plans/%signoff/share",
                ANALYSTS_A,
                200,
                c -> json(Map.of("organisations", List.of(LEAD_A_ORG, "R0A"))));
        rule(
                "POST /api/plans/{id}/decision",
                "/api/plans/%signoff/decision",
                EnumSet.of(Caller.LEAD_A),
                200,
                c -> json(Map.of("decision", "APPROVED", "comment", "matrix " + c)));
        rule(
                "POST /api/plans/{id}/comments",
                "/api/plans/%signoff/comments",
                STAFF_A,
                201,
                c -> json(Map.of("body", "comment by " + c)));
        // Not every partner has approved: the ICS team may publish, but not yet.
        rule("POST /api/plans/{id}/publish", "/api/plans/%signoff/publish", EnumSet.of(Caller.ICS_LEAD_A), 409);
        rule("POST /api/plans/{id}/versions", "/api/plans/%signoff/versions", ANALYSTS_A, 201, c -> json(Map.of()));
        // Board packs: made by analysts (the pack already made is given back), read from store by every reader.
        rule("POST /api/plans/{id}/board-pack", "/api/plans/%signoff/board-pack", ANALYSTS_A, 200);
        rule("GET /api/plans/{id}/board-pack", "/api/plans/%signoff/board-pack", READ_A, 200);
        rule("POST /api/runs/{runId}/board-pack", "/api/runs/%run/board-pack", ANALYSTS_A, 200);
        rule("GET /api/runs/{runId}/board-pack", "/api/runs/%run/board-pack", READ_A, 200);
        rule("GET /api/systems/{id}/cqc-evidence", "/api/systems/%dataset/cqc-evidence", READ_A, 200);
        rule("GET /api/systems/{id}/cqc-evidence/download", "/api/systems/%dataset/cqc-evidence/download", READ_A, 200);
    }

    /**
     * Winter plans, bank fills, portfolios and designs: an analyst's to start; everyone who reads the ICS sees
     * them (a lead gets their own organisation's rows of each table, docs/web.md).
     */
    void analysisRules() {
        rule(
                "POST /api/datasets/{datasetId}/winter-plans",
                "/api/datasets/%dataset/winter-plans",
                ANALYSTS_A,
                201,
                c -> winterBody());
        rule(
                "POST /api/datasets/{datasetId}/bank-fills",
                "/api/datasets/%dataset/bank-fills",
                ANALYSTS_A,
                201,
                c -> bankBody());
        rule(
                "POST /api/datasets/{datasetId}/portfolios",
                "/api/datasets/%edited/portfolios",
                ANALYSTS_A,
                201,
                c -> json(
                        Map.of("budgetGbp", 1_000_000, "years", 1, "draws", 0, "maxLevel", 1, "timeLimitSeconds", 1)));
        rule(
                "POST /api/datasets/{datasetId}/designs",
                "/api/datasets/%dataset/designs",
                ANALYSTS_A,
                201,
                c -> json(Map.of("year", 2030)));
        rule("GET /api/analyses", "/api/analyses", SIGNED_IN, 200);
        rule("GET /api/analyses/{id}", "/api/analyses/%design", READ_A, 200);
        // The design's rows name no organisation, but a sector of one is that organisation's figure: not a lead's.
        rule("GET /api/analyses/{id}/download/{name}", "/api/analyses/%design/download/design.csv", EVERY_ORG_A, 200);
    }

    Body winterBody() {
        Map<String, byte[][]> parts = new LinkedHashMap<>();
        parts.put("from", new byte[][] {null, "2026-12-07".getBytes(StandardCharsets.UTF_8)});
        parts.put("weeks", new byte[][] {null, "2".getBytes(StandardCharsets.UTF_8)});
        return multipart(parts);
    }

    Body bankBody() {
        try {
            Path examples = REPO.resolve("docs/examples/gm-winter");
            Map<String, byte[][]> parts = new LinkedHashMap<>();
            parts.put("bank", part("bank.csv", Files.readAllBytes(examples.resolve("bank.csv"))));
            parts.put("shifts", part("shifts.csv", Files.readAllBytes(examples.resolve("shifts.csv"))));
            return multipart(parts);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The speak-up channel: raising and following a concern are public by decision (signed-in callers are treated
     * as anyone: the account is never seen); a case is its organisation's guardian's alone; the themes are the
     * ICS's analysts'.
     */
    void speakUpRules() {
        rule("GET /api/speak-up/choices", "/api/speak-up/choices", ANYONE, 200);
        rule(
                "POST /api/speak-up/concerns",
                "/api/speak-up/concerns",
                ANYONE,
                201,
                c -> json(Map.of("icbCode", ICS_A, "orgCode", LEAD_A_ORG, "category", "OTHER", "text", "matrix " + c)));
        rule(
                "POST /api/speak-up/follow",
                "/api/speak-up/follow",
                ANYONE,
                200,
                c -> json(Map.of("reference", fixtures.get("case"), "secret", fixtures.get("secret"))));
        rule(
                "POST /api/speak-up/follow/replies",
                "/api/speak-up/follow/replies",
                ANYONE,
                201,
                c -> json(Map.of(
                        "reference", fixtures.get("case"), "secret", fixtures.get("secret"), "text", "reply " + c)));
        rule("GET /api/speak-up/cases", "/api/speak-up/cases", EnumSet.of(Caller.GUARDIAN_A, Caller.GUARDIAN_B), 200);
        rule(
                "GET /api/speak-up/cases/{reference}",
                "/api/speak-up/cases/%case",
                GUARDIAN_OF_CASE,
                200,
                null,
                CASE_NOT_FOUND);
        rule(
                "POST /api/speak-up/cases/{reference}/answers",
                "/api/speak-up/cases/%case/answers",
                GUARDIAN_OF_CASE,
                201,
                c -> json(Map.of("text", "answer " + c)),
                CASE_NOT_FOUND);
        rule(
                "PUT /api/speak-up/cases/{reference}/status",
                "/api/speak-up/cases/%case/status",
                GUARDIAN_OF_CASE,
                200,
                c -> json(Map.of("status", "IN_PROGRESS")),
                CASE_NOT_FOUND);
        rule("GET /api/speak-up/themes", "/api/speak-up/themes?icb=" + ICS_A, ANALYSTS_A, 200);
    }

    @Test
    void everyOperationHasARuleAndEveryCallerGetsWhatItSays() throws Exception {
        JsonNode docs = get("admin", ADMIN_PASSWORD, "/v3/api-docs").json();
        Set<String> operations = new TreeSet<>();
        for (var path : docs.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(method.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations)
                .as("operations of the OpenAPI document without a rule in this matrix: add one")
                .isSubsetOf(rules.keySet());
        assertThat(rules.keySet())
                .as("rules for operations the OpenAPI document no longer has")
                .isSubsetOf(operations);

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String operation : operations) {
            Rule rule = rules.get(operation);
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            List<Caller> order = new ArrayList<>();
            for (Caller c : Caller.values()) if (!rule.allowed().contains(c)) order.add(c);
            for (Caller c : Caller.values()) if (rule.allowed().contains(c)) order.add(c);
            for (Caller caller : order) {
                // The channel takes ten concerns an hour from one network, and every caller here is one network.
                if (template.startsWith("/api/speak-up")) speakUpRateLimit.rotate();
                String path = resolve(rule.path());
                assertThat(path.replaceAll("\\?.*", ""))
                        .as(operation + ": the rule's path must be one of the operation's")
                        .matches(template.replaceAll("\\{[^/]+}", "[^/]+"));
                int expected = rule.allowed().contains(caller)
                        ? rule.allowedStatus()
                        : rule.refusedAs().getOrDefault(caller, caller == Caller.ANONYMOUS ? 401 : 403);
                // A resource of a system the caller does not see must look exactly like one that does not exist:
                // the same status and the same words, or its id would tell them what ICS A has.
                String ghostPath =
                        BLIND_TO_A.contains(caller) && !rule.allowed().contains(caller) ? ghost(rule.path()) : null;
                Response ghost = null;
                if (ghostPath != null) {
                    ghost = call(
                            caller,
                            method,
                            ghostPath,
                            rule.body() == null ? null : rule.body().apply(caller));
                    calls++;
                    assertThat(ghost.status())
                            .as(operation + " as " + caller + " on a missing resource")
                            .isIn(403, 404);
                    expected = ghost.status();
                }
                Response r = call(
                        caller,
                        method,
                        path,
                        rule.body() == null ? null : rule.body().apply(caller));
                calls++;
                if (r.status() != expected) {
                    wrong.add(operation + " as " + caller + ": expected " + expected + ", got " + r.status() + " "
                            + r.body().substring(0, Math.min(200, r.body().length())));
                }
                if (ghost != null && ghost.status() == r.status()) {
                    String said = ghostIds(r.json().get("detail").asText());
                    String ghostSaid = ghost.json().get("detail").asText();
                    if (!said.equals(ghostSaid)) {
                        wrong.add(operation + " as " + caller + ": another ICS's says \"" + said
                                + "\" but a missing one \"" + ghostSaid + "\"");
                    }
                }
                // Every error says what went wrong in a problem body: an empty one is a failure too.
                if (r.status() >= 400) {
                    assertThat(r.raw().headers().firstValue("Content-Type").orElse(""))
                            .as(operation + " as " + caller + ": an error is a problem body")
                            .contains("json");
                    assertThat(r.json().get("detail").asText())
                            .as(operation + " as " + caller + ": the problem says why")
                            .isNotBlank();
                }
                // Every resource here is ICS A's: whatever ICS B's callers are given (a list, their own account)
                // must not name ICS A. The public speak-up operations list every ICS's organisations by decision.
                if (OF_ICS_B.contains(caller) && !rule.allowed().equals(ANYONE)) {
                    assertThat(r.body())
                            .as(operation + " as " + caller + ": nothing of ICS A")
                            .doesNotContain("\"icbCode\":\"" + ICS_A + "\"");
                }
            }
        }
        assertThat(wrong).as("of " + calls + " calls").isEmpty();
        assertThat(calls).isEqualTo(operations.size() * Caller.values().length);
    }

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
        // Kept, so that a refusal naming it can be compared with a missing one's (ghostIds).
        fixtures.put("freshInput", r.json().get("id").asText());
        return r.json().get("id").asText();
    }

    String resolve(String path) throws Exception {
        String resolved = path;
        if (resolved.contains("%freshInput")) resolved = resolved.replace("%freshInput", freshInput());
        for (var f : fixtures.entrySet()) resolved = resolved.replace("%" + f.getKey(), f.getValue());
        return resolved;
    }

    /** Ids no resource has, for the fixtures that are numbers. */
    static final String GHOST_ID = "987654321";

    static final List<String> NUMBERED = List.of(
            "dataset",
            "edited",
            "run",
            "comparison",
            "design",
            "input",
            "plan",
            "signoff",
            "imported",
            "study",
            "freshInput");

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
        return said;
    }

    // ---- requests ----

    Body staffAndSurge() {
        Map<String, byte[][]> parts = new LinkedHashMap<>();
        parts.put(
                "staff", part("staff.csv", MutualAidApiTest.staffOf(LEAD_A_ORG).getBytes(StandardCharsets.UTF_8)));
        parts.put("surge", part("surge.csv", MutualAidApiTest.SURGE.getBytes(StandardCharsets.UTF_8)));
        parts.put("firstDay", new byte[][] {null, MutualAidApiTest.FIRST_DAY.getBytes(StandardCharsets.UTF_8)});
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
