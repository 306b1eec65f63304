package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
class AuthorizationMatrixTest extends AuthorizationFixtures {
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
        int ghostCalls = 0;
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
                    ghostCalls++;
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
        assertThat(wrong)
                .as("of " + calls + " calls, and " + ghostCalls + " for missing resources")
                .isEmpty();
        // Every operation as every caller; the calls for a missing resource are besides.
        assertThat(calls).isEqualTo(operations.size() * Caller.values().length);
    }
}
