package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix of the pages (issue 12), beside {@link AuthorizationMatrixTest}'s of the API: every
 * route of every page controller (a {@code @Controller} that is not a {@code @RestController}, outside /api), as
 * Spring registered it, called by every kind of caller with a browser's session (form sign-in, CSRF token), with
 * the answer each must get. A route the rules do not name fails the build, so a new page cannot ship without
 * someone deciding who may see it.
 *
 * <p>A page answers an allowed caller with the rule's status; a refused signed-in caller with the problem page and
 * 403 (the application's {@code Forbidden}, ApiErrors), or 404 where a rule says so; an anonymous one with a
 * redirect to the sign-in page. For a caller who does not see ICS A (ICS B's, and ICS A's guardian), a page naming
 * ICS A's dataset, run, plan or account answers exactly as one naming an id nothing has: the same status and the
 * same message, so trying ids tells nobody what ICS A has.
 *
 * <p>GET pages are called by every caller. A form (POST) is called by every caller it refuses, with the fields
 * it requires and the session's CSRF token, so the refusal is the authorization's and not the token's or a missing
 * field's; the allowed callers' forms are not submitted here (each changes something, and the same change is
 * proven through the API by AuthorizationMatrixTest and by the page tests and BrowserIT).
 */
class PageAuthorizationMatrixTest extends AuthorizationFixtures {
    /** Registered by Spring, not pages: the container's error dispatch (ErrorPages answers any method there). */
    static final Set<String> NOT_PAGES = Set.of("* /error");
    /** A username nobody has, for the account pages' "missing" answer. */
    static final String NO_ACCOUNT = "matrix-no-such-account";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * Who may see a page or submit a form, and what they get.
     *
     * @param path the concrete path with its query; %name is replaced by a fixture
     * @param form a form's fields (without the CSRF token); null for a GET
     * @param refusedAs a refused signed-in caller's status when it is not 403, by decision
     */
    record PageRule(
            String path,
            Set<Caller> allowed,
            int allowedStatus,
            Map<String, String> form,
            Map<Caller, Integer> refusedAs) {}

    final Map<String, PageRule> rules = new LinkedHashMap<>();

    /** A browser's session: its cookie, and a CSRF token it may post forms with. */
    record Session(String cookie, String csrf) {}

    final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);

    void page(String route, String path, Set<Caller> allowed, int status) {
        rules.put(route, new PageRule(path, allowed, status, null, Map.of()));
    }

    void page(String route, String path, Set<Caller> allowed, int status, Map<Caller, Integer> refusedAs) {
        rules.put(route, new PageRule(path, allowed, status, null, refusedAs));
    }

    void form(String route, String path, Set<Caller> allowed, Map<String, String> fields) {
        form(route, path, allowed, fields, Map.of());
    }

    void form(
            String route,
            String path,
            Set<Caller> allowed,
            Map<String, String> fields,
            Map<Caller, Integer> refusedAs) {
        rules.put(route, new PageRule(path, allowed, 0, fields, refusedAs));
    }

    @BeforeAll
    void fixturesAndRules() throws Exception {
        fixtures();
        fixtures.put("target", TARGET_A);
        for (Caller c : Caller.values()) sessions.put(c, signIn(c));
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

    /** Every route of the page controllers, "METHOD /path" ("*" when the mapping takes any method). */
    Set<String> pageRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> type = method.getBeanType();
            if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    || AnnotatedElementUtils.hasAnnotation(type, RestController.class)) return;
            Set<String> methods = info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .collect(Collectors.toSet());
            if (methods.isEmpty()) methods = Set.of("*");
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (path.startsWith("/api/") || path.equals("/api")) continue;
                for (String m : methods) routes.add(m + " " + path);
            }
        });
        return routes;
    }

    @Test
    void everyPageHasARuleAndEveryCallerGetsWhatItSays() throws Exception {
        Set<String> routes = pageRoutes();
        routes.removeAll(NOT_PAGES);
        assertThat(routes)
                .as("page routes without a rule in this matrix: add one")
                .isSubsetOf(rules.keySet());
        assertThat(rules.keySet()).as("rules for routes no page controller has").isSubsetOf(routes);

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int ghostCalls = 0;
        for (String route : routes) {
            PageRule rule = rules.get(route);
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            String path = resolve(rule.path());
            assertThat(path.replaceAll("\\?.*", ""))
                    .as(route + ": the rule's path must be one of the route's")
                    .matches(template.replaceAll("\\{[^/]+}", "[^/]+"));
            for (Caller caller : Caller.values()) {
                boolean allowed = rule.allowed().contains(caller);
                // A form is submitted only by those it refuses: see the class's comment.
                if (rule.form() != null && allowed) continue;
                if (template.startsWith("/speak-up")) speakUpRateLimit.rotate();
                int expected = allowed
                        ? rule.allowedStatus()
                        : caller == Caller.ANONYMOUS ? 302 : rule.refusedAs().getOrDefault(caller, 403);
                String ghostPath = BLIND_TO_A.contains(caller) && !allowed ? pageGhost(rule) : null;
                Response ghost = null;
                if (ghostPath != null) {
                    ghost = send(caller, method, ghostPath, ghostForm(rule.form()));
                    ghostCalls++;
                    if (ghost.status() != 403
                            && ghost.status() != 404
                            && !rule.refusedAs().containsKey(caller)) {
                        wrong.add(route + " as " + caller + " on a missing resource: " + ghost.status() + " "
                                + message(ghost));
                    }
                    expected = ghost.status();
                }
                Response r = send(caller, method, path, rule.form() == null ? null : resolveForm(rule.form()));
                calls++;
                String said = route + " as " + caller + ": ";
                if (r.status() != expected) {
                    wrong.add(said + "expected " + expected + ", got " + r.status() + " " + message(r));
                } else if (!allowed && caller == Caller.ANONYMOUS) {
                    String to = r.raw().headers().firstValue("Location").orElse("");
                    if (!to.endsWith("/login")) wrong.add(said + "redirected to " + to + ", not to the sign-in page");
                } else if (!allowed && message(r).isBlank()) {
                    wrong.add(said + "refused without the problem page saying why");
                }
                if (ghost != null && ghost.status() == r.status()) {
                    String here = ghostIds(message(r)).replace(TARGET_A, NO_ACCOUNT);
                    if (!here.equals(message(ghost))) {
                        wrong.add(said + "another ICS's says \"" + here + "\" but a missing one \"" + message(ghost)
                                + "\"");
                    }
                }
                // Every resource here is ICS A's: a page ICS B's callers are given must not link to any of them.
                if (OF_ICS_B.contains(caller) && r.status() == 200) {
                    for (String link : linksToA()) {
                        if (Pattern.compile(Pattern.quote(link) + "(?![0-9])")
                                .matcher(r.body())
                                .find()) wrong.add(said + "links to ICS A's " + link);
                    }
                }
            }
        }
        assertThat(wrong)
                .as("of " + calls + " calls, and " + ghostCalls + " for missing resources")
                .isEmpty();
        // Every page as every caller, every form as every caller it refuses.
        int expected = 0;
        for (String route : routes) {
            PageRule rule = rules.get(route);
            expected += Caller.values().length
                    - (rule.form() == null ? 0 : rule.allowed().size());
        }
        assertThat(calls).isEqualTo(expected);
        assertThat(ghostCalls)
                .as("pages and forms naming ICS A's things, asked for missing ones")
                .isPositive();
    }

    /** The addresses of ICS A's fixtures, as a page links to them. */
    List<String> linksToA() {
        return List.of(
                "/runs/" + id("run"),
                "/comparisons/" + id("comparison"),
                "/analyses/" + id("design"),
                "/plans/" + id("signoff"),
                "/mutual-aid/plans/" + id("plan"),
                "/datasets/" + id("dataset") + "/",
                "/datasets/" + id("edited") + "/",
                "/systems/" + id("dataset") + "/");
    }

    /**
     * The rule's path naming nothing that exists in place of ICS A's thing (in the path, or in the form: then the
     * path itself, with {@link #ghostForm}); null when neither names one (or names a speak-up case).
     */
    String pageGhost(PageRule rule) throws Exception {
        String path = rule.path();
        if (path.contains("%target")) return path.replace("%target", NO_ACCOUNT);
        if (path.contains("%")) return ghost(path);
        boolean formNamesA =
                rule.form() != null && rule.form().values().stream().anyMatch(v -> ghost(v) != null);
        return formNamesA ? resolve(path) : null;
    }

    /** A form naming a missing dataset or run where the rule's names ICS A's. */
    Map<String, String> ghostForm(Map<String, String> form) throws Exception {
        if (form == null) return null;
        Map<String, String> ghost = new LinkedHashMap<>();
        for (var f : form.entrySet()) {
            String g = ghost(f.getValue());
            ghost.put(f.getKey(), g == null ? resolve(f.getValue()) : g);
        }
        return ghost;
    }

    Map<String, String> resolveForm(Map<String, String> form) throws Exception {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (var f : form.entrySet()) resolved.put(f.getKey(), resolve(f.getValue()));
        return resolved;
    }

    /** The problem page's message, or the body's start when it is not one. */
    static String message(Response r) {
        Matcher m = Pattern.compile("nhsuk-error-summary__body\"><p>(.*?)</p>", Pattern.DOTALL)
                .matcher(r.body());
        return m.find() ? m.group(1) : "";
    }

    // ---- a browser's session ----

    /** Signs in through the sign-in form, as a browser does; anonymous: the session the sign-in page gives. */
    Session signIn(Caller caller) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Session before = new Session(sessionCookie(login, null), csrf(login.body()));
        if (caller == Caller.ANONYMOUS) return before;
        String password = caller == Caller.ADMIN ? ADMIN_PASSWORD : PASSWORD;
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Cookie", before.cookie())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(
                                Map.of("username", caller.username(), "password", password, "_csrf", before.csrf()))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String to = signedIn.headers().firstValue("Location").orElse("");
        assertThat(signedIn.statusCode()).as(caller + " signs in").isEqualTo(302);
        assertThat(to).as(caller + " signs in").doesNotContain("error");
        String cookie = sessionCookie(signedIn, before.cookie());
        // The token is made anew on signing in: take it from a page's sign-out form.
        HttpResponse<String> help = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/help"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(help.statusCode()).as(caller + "'s session").isEqualTo(200);
        return new Session(cookie, csrf(help.body()));
    }

    static String sessionCookie(HttpResponse<?> r, String otherwise) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(otherwise);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A page asked for by the caller's browser; a form (not null) is posted with the session's CSRF token. */
    Response send(Caller caller, String method, String path, Map<String, String> form) throws Exception {
        Session session = sessions.get(caller);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "text/html")
                .header("Cookie", session.cookie());
        if (form == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", session.csrf());
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(encode(fields)));
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }
}
