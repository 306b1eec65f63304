package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillmix.app.web.AccessRules.assertNothingWrong;
import static org.skillmix.app.web.AccessRules.assertPathIsOneOf;
import static org.skillmix.app.web.AccessRules.assertRulesMatch;
import static org.skillmix.app.web.AccessRules.method;
import static org.skillmix.app.web.AccessRules.template;

import java.util.ArrayList;
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
 * every resource the calls name; the same four of ICS B; the administrator), with the status each must get. The
 * rules are {@link ApiOperationRules} and {@link ApiAnalysisAndPlanRules}, one per operation: an operation the
 * document has and the rules do not fails the build, so a new endpoint cannot ship without someone deciding who may
 * call it.
 *
 * <p>A caller a rule does not allow must get 403 (401 when anonymous); an allowed caller gets the rule's status.
 * Refused callers go first, so an allowed call that changes something (a delete) cannot hide a refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends AuthorizationFixtures {
    /** The rules by operation, "METHOD /path". */
    final Map<String, AccessRules.Rule<Function<Caller, Body>>> rules = new LinkedHashMap<>();

    @BeforeAll
    void fixturesAndRules() throws Exception {
        fixtures();
        rules.putAll(new ApiOperationRules(this).rules);
        rules.putAll(new ApiAnalysisAndPlanRules(this).rules);
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
        assertRulesMatch(
                operations,
                rules.keySet(),
                "operations of the OpenAPI document without a rule in this matrix: add one",
                "rules for operations the OpenAPI document no longer has");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int ghostCalls = 0;
        for (String operation : operations) {
            var rule = rules.get(operation);
            String method = method(operation);
            String template = template(operation);
            List<Caller> order = new ArrayList<>();
            for (Caller c : Caller.values()) if (!rule.allowed().contains(c)) order.add(c);
            for (Caller c : Caller.values()) if (rule.allowed().contains(c)) order.add(c);
            for (Caller caller : order) {
                // The channel takes ten concerns an hour from one network, and every caller here is one network.
                if (template.startsWith("/api/speak-up")) speakUpRateLimit.rotate();
                String path = resolve(rule.path());
                assertPathIsOneOf(operation, path, "operation");
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
        assertNothingWrong(wrong, calls, ghostCalls);
        // Every operation as every caller; the calls for a missing resource are besides.
        assertThat(calls).isEqualTo(operations.size() * Caller.values().length);
    }
}
