package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.app.web.AccessRules.assertNothingWrong;
import static org.skillmix.app.web.AccessRules.assertPathIsOneOf;
import static org.skillmix.app.web.AccessRules.assertRulesMatch;
import static org.skillmix.app.web.AccessRules.method;
import static org.skillmix.app.web.AccessRules.template;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * the answer each must get ({@link PageRouteRules}). A route the rules do not name fails the build, so a new page
 * cannot ship without someone deciding who may see it.
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
 * proven through the API by AuthorizationMatrixTest and by the page tests and the browser tests).
 */
class PageAuthorizationMatrixTest extends AuthorizationFixtures {
    /** Registered by Spring, not pages: the container's error dispatch (ErrorPages answers any method there). */
    static final Set<String> NOT_PAGES = Set.of("* /error");
    /** A username nobody has, for the account pages' "missing" answer. */
    static final String NO_ACCOUNT = "matrix-no-such-account";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A browser's session: its cookie, and a CSRF token it may post forms with. */
    record Session(String cookie, String csrf) {}

    final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);
    final Map<String, AccessRules.Rule<Map<String, String>>> rules = new PageRouteRules().rules;

    @BeforeAll
    void fixturesAndSessions() throws Exception {
        fixtures();
        fixtures.put("target", TARGET_A);
        for (Caller c : Caller.values()) sessions.put(c, signIn(c));
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
        assertRulesMatch(
                routes,
                rules.keySet(),
                "page routes without a rule in this matrix: add one",
                "rules for routes no page controller has");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int ghostCalls = 0;
        for (String route : routes) {
            var rule = rules.get(route);
            String method = method(route);
            String template = template(route);
            String path = resolve(rule.path());
            assertPathIsOneOf(route, path, "route");
            for (Caller caller : Caller.values()) {
                boolean allowed = rule.allowed().contains(caller);
                // A form is submitted only by those it refuses: see the class's comment.
                if (rule.body() != null && allowed) continue;
                if (template.startsWith("/speak-up")) speakUpRateLimit.rotate();
                int expected = allowed
                        ? rule.allowedStatus()
                        : caller == Caller.ANONYMOUS ? 302 : rule.refusedAs().getOrDefault(caller, 403);
                String ghostPath = BLIND_TO_A.contains(caller) && !allowed ? pageGhost(rule) : null;
                Response ghost = null;
                if (ghostPath != null) {
                    ghost = send(caller, method, ghostPath, ghostForm(rule.body()));
                    ghostCalls++;
                    if (ghost.status() != 403
                            && ghost.status() != 404
                            && !rule.refusedAs().containsKey(caller)) {
                        wrong.add(route + " as " + caller + " on a missing resource: " + ghost.status() + " "
                                + message(ghost));
                    }
                    expected = ghost.status();
                }
                Response r = send(caller, method, path, rule.body() == null ? null : resolveForm(rule.body()));
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
        assertNothingWrong(wrong, calls, ghostCalls);
        // Every page as every caller, every form as every caller it refuses.
        int expected = 0;
        for (String route : routes) {
            var rule = rules.get(route);
            expected += Caller.values().length
                    - (rule.body() == null ? 0 : rule.allowed().size());
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
    String pageGhost(AccessRules.Rule<Map<String, String>> rule) throws Exception {
        String path = rule.path();
        if (path.contains("%target")) return path.replace("%target", NO_ACCOUNT);
        if (path.contains("%")) return ghost(path);
        boolean formNamesA =
                rule.body() != null && rule.body().values().stream().anyMatch(v -> ghost(v) != null);
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
