package org.skillmix.app.web;

import static org.skillmix.app.web.AuthorizationFixtures.ANALYSTS_A;
import static org.skillmix.app.web.AuthorizationFixtures.ANYONE;
import static org.skillmix.app.web.AuthorizationFixtures.CASE_NOT_FOUND;
import static org.skillmix.app.web.AuthorizationFixtures.GUARDIAN_OF_CASE;
import static org.skillmix.app.web.AuthorizationFixtures.ICS_A;
import static org.skillmix.app.web.AuthorizationFixtures.LEAD_A_ORG;
import static org.skillmix.app.web.AuthorizationFixtures.READ_A;
import static org.skillmix.app.web.AuthorizationFixtures.SIGNED_IN;
import static org.skillmix.app.web.AuthorizationFixtures.STAFF_A;
import static org.skillmix.app.web.AuthorizationFixtures.UNSEEN_BY_B;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.skillmix.app.web.AuthorizationFixtures.Caller;

/**
 * {@link PageAuthorizationMatrixTest}'s rules: for every route of the page controllers, who may see the page or
 * submit the form, and what they get.
 */
final class PageRouteRules extends AccessRules<Map<String, String>> {
    PageRouteRules() {
        Set<Caller> icsAnalysts = EnumSet.of(Caller.ANALYST_A, Caller.ICS_LEAD_A, Caller.ANALYST_B, Caller.ADMIN);
        // Signing in, the front door and one's own password.
        page("GET /login", "/login", ANYONE, 200);
        page("GET /", "/", SIGNED_IN, 302);
        page("GET /password", "/password", SIGNED_IN, 200);
        form("POST /password", "/password", SIGNED_IN, Map.of());
        page("GET /help", "/help", SIGNED_IN, 200);
        page("GET /help/{name}", "/help/method", SIGNED_IN, 200);
        // The scripts the pages load: public, as the static files are (SecurityConfig).
        page("GET /vendor/echarts.min.js", "/vendor/echarts.min.js", ANYONE, 200);
        page("GET /vendor/tornado.js", "/vendor/tornado.js", ANYONE, 200);
        page("GET /vendor/ECHARTS-LICENSE.txt", "/vendor/ECHARTS-LICENSE.txt", ANYONE, 200);
        page("GET /js/metrics-charts.js", "/js/metrics-charts.js", ANYONE, 200);
        // The API's description for people, behind sign-in as the document is (docs/web.md, "The REST API").
        page("GET /swagger-ui.html", "/swagger-ui.html", SIGNED_IN, 302);
        // Accounts: the ICS's analysts manage its accounts; ICS B's analyst finds ICS A's "missing".
        page("GET /accounts", "/accounts", icsAnalysts, 200);
        form("POST /accounts", "/accounts", icsAnalysts, Map.of("username", "matrix-page-made", "role", "VIEWER"));
        page("GET /accounts/{username}", "/accounts/%target", ANALYSTS_A, 200, UNSEEN_BY_B);
        form("POST /accounts/{username}", "/accounts/%target", ANALYSTS_A, Map.of("role", "VIEWER"), UNSEEN_BY_B);
        form("POST /accounts/{username}/disable", "/accounts/%target/disable", ANALYSTS_A, Map.of(), UNSEEN_BY_B);
        form("POST /accounts/{username}/enable", "/accounts/%target/enable", ANALYSTS_A, Map.of(), UNSEEN_BY_B);
        form("POST /accounts/{username}/reset", "/accounts/%target/reset", ANALYSTS_A, Map.of(), UNSEEN_BY_B);
        // Systems and their datasets.
        page("GET /systems", "/systems", SIGNED_IN, 200);
        form("POST /systems", "/systems", icsAnalysts, Map.of());
        form("POST /systems/imports", "/systems/imports", icsAnalysts, Map.of());
        page("GET /datasets/{id}/name", "/datasets/%dataset/name", READ_A, 200);
        form("POST /datasets/{id}/name", "/datasets/%edited/name", ANALYSTS_A, Map.of("name", "Matrix page"));
        page("GET /datasets/{id}/scenarios", "/datasets/%edited/scenarios", READ_A, 200);
        form("POST /datasets/{id}/scenarios", "/datasets/%edited/scenarios", ANALYSTS_A, Map.of());
        form(
                "POST /datasets/{id}/scenarios/delete",
                "/datasets/%edited/scenarios/delete",
                ANALYSTS_A,
                Map.of("scenario", "MATRIX", "intervention", "FLEX0"));
        page("GET /systems/{id}/metrics", "/systems/%dataset/metrics", READ_A, 200);
        page("GET /systems/{id}/discharge", "/systems/%dataset/discharge", READ_A, 200);
        form(
                "POST /systems/{id}/discharge-studies",
                "/systems/%dataset/discharge-studies",
                ANALYSTS_A,
                Map.of("extraCareWorkers", "10"),
                // The shared context has no published-data folder: an analyst's study is "cannot" (409) before any
                // dataset is read, ICS A's or a missing one alike (AuthorizationMatrixTest's POST
                // /api/discharge-studies likewise).
                Map.of(Caller.ANALYST_B, 409));
        page("GET /systems/{id}/cqc-evidence", "/systems/%dataset/cqc-evidence", READ_A, 200);
        runRules();
        mutualAidRules();
        planRules();
        speakUpRules();
    }

    void page(String route, String path, Set<Caller> allowed, int status) {
        rule(route, path, allowed, status);
    }

    void page(String route, String path, Set<Caller> allowed, int status, Map<Caller, Integer> refusedAs) {
        rule(route, path, allowed, status, null, refusedAs);
    }

    void form(String route, String path, Set<Caller> allowed, Map<String, String> fields) {
        form(route, path, allowed, fields, Map.of());
    }

    /** A form's allowed callers do not submit it here (see the test's comment): its rule has no status for them. */
    void form(
            String route,
            String path,
            Set<Caller> allowed,
            Map<String, String> fields,
            Map<Caller, Integer> refusedAs) {
        rule(route, path, allowed, 0, fields, refusedAs);
    }

    /** Runs, their results, comparisons and analyses: read by everyone who reads ICS A, started by its analysts. */
    void runRules() {
        page("GET /runs", "/runs", SIGNED_IN, 200);
        form("POST /runs", "/runs", ANALYSTS_A, Map.of("datasetId", "%dataset", "draws", "0"), UNSEEN_BY_B);
        page("GET /runs/{id}", "/runs/%run", READ_A, 200);
        page("GET /runs/{id}/progress", "/runs/%run/progress", READ_A, 200);
        form("POST /runs/{id}/cancel", "/runs/%run/cancel", ANALYSTS_A, Map.of());
        page("GET /runs/{id}/results", "/runs/%run/results", READ_A, 200);
        page("GET /runs/{id}/heat-table", "/runs/%run/heat-table?kind=capability-place", READ_A, 200);
        page("GET /runs/{id}/explain", "/runs/%run/explain?capability=WOUND&place=E08000003", READ_A, 200);
        page("GET /runs/{id}/board-pack", "/runs/%run/board-pack", READ_A, 200);
        form("POST /runs/{id}/board-pack", "/runs/%run/board-pack", ANALYSTS_A, Map.of());
        page("GET /comparisons", "/comparisons", SIGNED_IN, 200);
        form(
                "POST /comparisons",
                "/comparisons",
                ANALYSTS_A,
                Map.of("datasetId", "%edited", "scenarios", "MATRIX", "draws", "0"),
                UNSEEN_BY_B);
        page("GET /comparisons/{id}", "/comparisons/%comparison", READ_A, 200);
        page("GET /analyses", "/analyses", SIGNED_IN, 200);
        page("GET /analyses/{id}", "/analyses/%design", READ_A, 200);
        page("GET /analyses/{id}/progress", "/analyses/%design/progress", READ_A, 200);
        form(
                "POST /analyses/winter",
                "/analyses/winter",
                ANALYSTS_A,
                Map.of("datasetId", "%dataset", "from", "2026-12-07"),
                UNSEEN_BY_B);
        form("POST /analyses/bank", "/analyses/bank", ANALYSTS_A, Map.of("datasetId", "%dataset"), UNSEEN_BY_B);
        form(
                "POST /analyses/portfolio",
                "/analyses/portfolio",
                ANALYSTS_A,
                Map.of("datasetId", "%edited", "budgetGbp", "1000000"),
                UNSEEN_BY_B);
        form("POST /analyses/design", "/analyses/design", ANALYSTS_A, Map.of("datasetId", "%dataset"), UNSEEN_BY_B);
    }

    /** Mutual aid: staff files are personal data, handled by ICS A's analysts and its lead (their own). */
    void mutualAidRules() {
        page("GET /datasets/{id}/mutual-aid", "/datasets/%dataset/mutual-aid", READ_A, 200);
        form("POST /datasets/{id}/mutual-aid", "/datasets/%dataset/mutual-aid", STAFF_A, Map.of(), UNSEEN_BY_B);
        form("POST /mutual-aid/{inputId}/plans", "/mutual-aid/%input/plans", STAFF_A, Map.of());
        form("POST /mutual-aid/{inputId}/delete", "/mutual-aid/%input/delete", STAFF_A, Map.of());
        page("GET /mutual-aid/plans/{id}", "/mutual-aid/plans/%plan", READ_A, 200);
        page("GET /mutual-aid/plans/{id}/progress", "/mutual-aid/plans/%plan/progress", READ_A, 200);
        form("POST /mutual-aid/plans/{id}/cancel", "/mutual-aid/plans/%plan/cancel", STAFF_A, Map.of());
    }

    /** Plans, as the API's: the ICS team makes and shares, a partner's lead decides, the ICS lead publishes. */
    void planRules() {
        page("GET /plans", "/plans", SIGNED_IN, 200);
        form("POST /plans", "/plans", ANALYSTS_A, Map.of("runId", "%run", "title", "Matrix page plan"), UNSEEN_BY_B);
        page("GET /plans/{id}", "/plans/%signoff", READ_A, 200);
        form("POST /plans/{id}/share", "/plans/%signoff/share", ANALYSTS_A, Map.of("organisations", LEAD_A_ORG));
        form(
                "POST /plans/{id}/decision",
                "/plans/%signoff/decision",
                EnumSet.of(Caller.LEAD_A),
                Map.of("decision", "APPROVED"));
        form("POST /plans/{id}/comments", "/plans/%signoff/comments", STAFF_A, Map.of("body", "page comment"));
        form("POST /plans/{id}/publish", "/plans/%signoff/publish", EnumSet.of(Caller.ICS_LEAD_A), Map.of());
        form("POST /plans/{id}/versions", "/plans/%signoff/versions", ANALYSTS_A, Map.of());
        form("POST /plans/{id}/board-pack", "/plans/%signoff/board-pack", ANALYSTS_A, Map.of());
    }

    /** The speak-up channel: public forms by decision; a case its organisation's guardian's; themes the analysts'. */
    void speakUpRules() {
        page("GET /speak-up", "/speak-up", ANYONE, 200);
        form("POST /speak-up", "/speak-up", ANYONE, Map.of());
        page("GET /speak-up/follow", "/speak-up/follow", ANYONE, 200);
        form("POST /speak-up/follow", "/speak-up/follow", ANYONE, Map.of());
        form("POST /speak-up/follow/reply", "/speak-up/follow/reply", ANYONE, Map.of());
        page("GET /speak-up/cases", "/speak-up/cases", EnumSet.of(Caller.GUARDIAN_A, Caller.GUARDIAN_B), 200);
        page("GET /speak-up/cases/{reference}", "/speak-up/cases/%case", GUARDIAN_OF_CASE, 200, CASE_NOT_FOUND);
        form(
                "POST /speak-up/cases/{reference}/answer",
                "/speak-up/cases/%case/answer",
                GUARDIAN_OF_CASE,
                Map.of("text", "page answer"),
                CASE_NOT_FOUND);
        form(
                "POST /speak-up/cases/{reference}/status",
                "/speak-up/cases/%case/status",
                GUARDIAN_OF_CASE,
                Map.of("status", "IN_PROGRESS"),
                CASE_NOT_FOUND);
        page("GET /speak-up/themes", "/speak-up/themes?icb=" + ICS_A, ANALYSTS_A, 200);
    }
}
