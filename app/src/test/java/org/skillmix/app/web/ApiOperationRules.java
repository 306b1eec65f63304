package org.skillmix.app.web;

import static org.skillmix.app.web.AuthorizationFixtures.ANALYSTS_A;
import static org.skillmix.app.web.AuthorizationFixtures.ANYONE;
import static org.skillmix.app.web.AuthorizationFixtures.CASE_NOT_FOUND;
import static org.skillmix.app.web.AuthorizationFixtures.EVERY_ORG_A;
import static org.skillmix.app.web.AuthorizationFixtures.GUARDIAN_OF_CASE;
import static org.skillmix.app.web.AuthorizationFixtures.ICS_A;
import static org.skillmix.app.web.AuthorizationFixtures.LEAD_A_ORG;
import static org.skillmix.app.web.AuthorizationFixtures.PASSWORD;
import static org.skillmix.app.web.AuthorizationFixtures.READ_A;
import static org.skillmix.app.web.AuthorizationFixtures.SIGNED_IN;
import static org.skillmix.app.web.AuthorizationFixtures.STAFF_A;
import static org.skillmix.app.web.AuthorizationFixtures.TARGET_A;
import static org.skillmix.app.web.AuthorizationFixtures.UNSEEN_BY_B;
import static org.skillmix.app.web.AuthorizationFixtures.json;
import static org.skillmix.app.web.AuthorizationFixtures.multipart;
import static org.skillmix.app.web.AuthorizationFixtures.part;
import static org.skillmix.app.web.WebTestBase.ADMIN_PASSWORD;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.skillmix.app.web.AuthorizationFixtures.Body;
import org.skillmix.app.web.AuthorizationFixtures.Caller;

/**
 * {@link AuthorizationMatrixTest}'s rules for the accounts, datasets, runs, comparisons, systems, mutual aid and the
 * speak-up channel: who may call each operation and what they get ({@link ApiAnalysisAndPlanRules}: the rest). A
 * body is made per call, from the fixtures (ICS A's dataset, run, ...) as they are when the call is made.
 */
final class ApiOperationRules extends AccessRules<Function<Caller, Body>> {
    private final AuthorizationFixtures f;

    ApiOperationRules(AuthorizationFixtures f) {
        this.f = f;
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
                        "matrix-made-" + f.serial.incrementAndGet(),
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
                c -> multipart(Map.of("file", part("gm.zip", f.exampleZip))));
        rule("GET /api/datasets/{id}", "/api/datasets/%dataset", READ_A, 200);
        rule(
                "PUT /api/datasets/{id}/name",
                "/api/datasets/%edited/name",
                ANALYSTS_A,
                200,
                c -> json(Map.of("name", "Matrix version " + f.serial.incrementAndGet())));
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
                c -> json(ScenarioApiTest.flexibleWorking("FLEX" + f.serial.incrementAndGet())));
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
                c -> json(Map.of("datasetId", f.id("dataset"), "years", 1, "draws", 0)),
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
                c -> json(Map.of("datasetId", f.id("edited"), "scenarios", List.of("MATRIX"), "years", 1, "draws", 0)),
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
                c -> f.staffAndSurge());
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
        speakUpRules();
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
                c -> json(Map.of("reference", f.fixtures.get("case"), "secret", f.fixtures.get("secret"))));
        rule(
                "POST /api/speak-up/follow/replies",
                "/api/speak-up/follow/replies",
                ANYONE,
                201,
                c -> json(Map.of(
                        "reference",
                        f.fixtures.get("case"),
                        "secret",
                        f.fixtures.get("secret"),
                        "text",
                        "reply " + c)));
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
}
