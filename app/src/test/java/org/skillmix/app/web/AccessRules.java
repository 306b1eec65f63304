package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.app.web.AuthorizationFixtures.Caller;

/**
 * A table of the authorization matrices (issue 12): by route ("METHOD /path"), who may call it and what they get.
 * {@link ApiOperationRules} and {@link ApiAnalysisAndPlanRules} are the API's ({@link AuthorizationMatrixTest}),
 * {@link PageRouteRules} the pages' ({@link PageAuthorizationMatrixTest}); the checks both matrices make of their
 * rules are here too.
 *
 * @param <B> what a call sends: the API's body, made per caller; a page's form fields
 */
abstract class AccessRules<B> {
    /**
     * Who may call a route and what they get.
     *
     * @param path the concrete path with its query; %name is replaced by a fixture (AuthorizationFixtures.resolve)
     * @param body what a call sends, or null: the API's request body; a form's fields (without the CSRF token),
     *     null for a page's GET
     * @param refusedAs a refused caller's status when it is not the usual one (403; 401 or the sign-in page for the
     *     anonymous caller), by decision
     */
    record Rule<B>(String path, Set<Caller> allowed, int allowedStatus, B body, Map<Caller, Integer> refusedAs) {}

    final Map<String, Rule<B>> rules = new LinkedHashMap<>();

    void rule(String route, String path, Set<Caller> allowed, int status) {
        rule(route, path, allowed, status, null);
    }

    void rule(String route, String path, Set<Caller> allowed, int status, B body) {
        rule(route, path, allowed, status, body, Map.of());
    }

    void rule(String route, String path, Set<Caller> allowed, int status, B body, Map<Caller, Integer> refusedAs) {
        rules.put(route, new Rule<>(path, allowed, status, body, refusedAs));
    }

    /** The method of a route, "GET" of "GET /api/runs". */
    static String method(String route) {
        return route.substring(0, route.indexOf(' '));
    }

    /** The path template of a route, "/api/runs/{id}" of "GET /api/runs/{id}". */
    static String template(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }

    /** Every route the application has has a rule, and every rule is for a route it still has. */
    static void assertRulesMatch(Set<String> routes, Set<String> ruled, String withoutRule, String withoutRoute) {
        assertThat(routes).as(withoutRule).isSubsetOf(ruled);
        assertThat(ruled).as(withoutRoute).isSubsetOf(routes);
    }

    /** The rule's concrete path (its query aside) is one the route's template matches; kind names the route. */
    static void assertPathIsOneOf(String route, String path, String kind) {
        assertThat(path.replaceAll("\\?.*", ""))
                .as(route + ": the rule's path must be one of the " + kind + "'s")
                .matches(template(route).replaceAll("\\{[^/]+}", "[^/]+"));
    }

    /** No call got other than its rule says. */
    static void assertNothingWrong(List<String> wrong, int calls, int ghostCalls) {
        assertThat(wrong)
                .as("of " + calls + " calls, and " + ghostCalls + " for missing resources")
                .isEmpty();
    }
}
