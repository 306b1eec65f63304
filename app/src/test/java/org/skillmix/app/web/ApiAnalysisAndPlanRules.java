package org.skillmix.app.web;

import static org.skillmix.app.web.AuthorizationFixtures.ANALYSTS_A;
import static org.skillmix.app.web.AuthorizationFixtures.EVERY_ORG_A;
import static org.skillmix.app.web.AuthorizationFixtures.LEAD_A_ORG;
import static org.skillmix.app.web.AuthorizationFixtures.READ_A;
import static org.skillmix.app.web.AuthorizationFixtures.SIGNED_IN;
import static org.skillmix.app.web.AuthorizationFixtures.STAFF_A;
import static org.skillmix.app.web.AuthorizationFixtures.UNSEEN_BY_B;
import static org.skillmix.app.web.AuthorizationFixtures.json;
import static org.skillmix.app.web.AuthorizationFixtures.multipart;
import static org.skillmix.app.web.AuthorizationFixtures.part;
import static org.skillmix.app.web.WebTestBase.REPO;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skillmix.app.web.AuthorizationFixtures.Body;
import org.skillmix.app.web.AuthorizationFixtures.Caller;

/**
 * {@link AuthorizationMatrixTest}'s rules for the analyses (winter plans, bank fills, portfolios, designs), the
 * plans partners sign off and their board packs: who may call each operation and what they get.
 */
final class ApiAnalysisAndPlanRules extends AccessRules<Function<Caller, Body>> {
    private final AuthorizationFixtures f;

    ApiAnalysisAndPlanRules(AuthorizationFixtures f) {
        this.f = f;
        planRules();
        analysisRules();
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
                c -> json(Map.of("runId", f.id("run"), "title", "Matrix plan " + c)),
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
}
