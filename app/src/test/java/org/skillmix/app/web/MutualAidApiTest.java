package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Mutual-aid plans through the API: the hand-made pair of {@link MutualAidTestBase} planned once, its plan the
 * optimum worked out by hand, its files the command line's, and each caller shown what they may see.
 */
class MutualAidApiTest extends MutualAidTestBase {
    @BeforeAll
    void planTheHandMadePair() throws Exception {
        planId = plan(inputId, 2);
        assertThat(awaitRun(ADMIN, ADMIN_PASSWORD, planId, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void theHandMadePlanIsTheOptimumWorkedOutByHand() throws Exception {
        assertThat(moves(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/moves")
                        .json()))
                .containsExactly(
                        "1 A RM3 ACUTE_IP -> R0A UEC TRIAGE 1.0", "1 B RWJ COMM_NURSING -> RM3 ACUTE_IP WOUND 1.0");
        JsonNode status =
                get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId).json();
        assertThat(status.get("boundFte").asDouble()).isEqualTo(1.0);
        assertThat(status.get("criticalCoveredFte").asDouble()).isEqualTo(1.0);
        assertThat(status.get("criticalNeededFte").asDouble()).isEqualTo(1.5);
        assertThat(status.get("otherCoveredFte").asDouble()).isEqualTo(1.0);
        assertThat(status.get("gapFte").asDouble()).isEqualTo(0.0);
        assertThat(status.get("scope").asText()).isEqualTo("all");
        // the plan's page says its first day and baseline in words, as the other pages do
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/mutual-aid/plans/" + planId).body())
                .contains("week(s) from 1 December 2026, search ")
                .contains(", supply baseline: Funded plan, started by ");

        JsonNode cover = get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/cover")
                .json();
        assertThat(cover).hasSize(3);
        assertThat(cover.get(2).get("week").asInt()).isEqualTo(2);
        assertThat(cover.get(2).get("stillShortFte").asDouble()).isEqualTo(0.5);

        // Each service lends one person in week 1 and nobody in week 2; floors are 85% of 7 and of 8 FTE.
        JsonNode losses = get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/donor-losses")
                .json();
        assertThat(losses).hasSize(4);
        assertThat(losses.get(0).get("org").asText()).isEqualTo("RM3");
        assertThat(losses.get(0).get("staffFte").asDouble()).isEqualTo(7.0);
        assertThat(losses.get(0).get("lentFte").asDouble()).isEqualTo(1.0);
        assertThat(losses.get(0).get("floorFte").asDouble()).isEqualTo(5.95);
        assertThat(losses.get(1).get("floorFte").asDouble()).isEqualTo(6.8);
        assertThat(losses.get(2).get("lentFte").asDouble()).isEqualTo(0.0);

        JsonNode received = get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/received")
                .json();
        assertThat(received.get("services").toString()).isEqualTo("[\"R0A UEC\",\"RM3 ACUTE_IP\"]");

        assertThat(moves(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/moves?week=1&org=RWJ")
                        .json()))
                .containsExactly("1 B RWJ COMM_NURSING -> RM3 ACUTE_IP WOUND 1.0");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/moves?week=2")
                        .json())
                .isEmpty();
    }

    @Test
    void theDownloadsAreTheCommandLinesFiles() throws Exception {
        Response csv = get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/download/plan");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body())
                .isEqualTo(
                        "baseline,week,staff_id,from_org,from_service,to_org,to_service,capability,fte,supervised_by\n"
                                + "funded-plan,1,A,RM3,ACUTE_IP,R0A,UEC,TRIAGE,1.00,\n"
                                + "funded-plan,1,B,RWJ,COMM_NURSING,RM3,ACUTE_IP,WOUND,1.00,\n");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/download/cover")
                        .body())
                .isEqualTo("baseline,week,org,service,capability,shortfall_fte,covered_fte,critical\n"
                        + "funded-plan,1,R0A,UEC,TRIAGE,1.00,1.00,yes\nfunded-plan,1,RM3,ACUTE_IP,WOUND,1.00,1.00,no\n"
                        + "funded-plan,2,R0A,UEC,TRIAGE,0.50,0.00,yes\n");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/download/donor-losses")
                        .body())
                .isEqualTo("baseline,week,org,service,staff_fte,lent_fte,floor_fte\n"
                        + "funded-plan,1,RM3,ACUTE_IP,7.00,1.00,5.95\nfunded-plan,1,RWJ,COMM_NURSING,8.00,1.00,6.80\n"
                        + "funded-plan,2,RM3,ACUTE_IP,7.00,0.00,5.95\nfunded-plan,2,RWJ,COMM_NURSING,8.00,0.00,6.80\n");
        Response html = get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + planId + "/download/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body())
                .contains("@media print")
                .contains("<td>A</td>")
                .contains("<td>B</td>")
                .contains("Critical cover: 1.00 FTE-weeks")
                .doesNotContain("<script");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE action = 'download' AND detail = ?",
                        Integer.class,
                        "skillmix-mutual-aid-" + planId + ".html"))
                .isPositive();
    }

    @Test
    void anOrganisationLeadSeesOnlyTheirOwnPeopleAndShortfalls() throws Exception {
        String base = "/api/mutual-aid/plans/" + planId;
        assertThat(moves(get(LEAD_RWJ, PASSWORD, base + "/moves").json()))
                .containsExactly("1 B RWJ COMM_NURSING -> RM3 ACUTE_IP WOUND 1.0");
        assertThat(get(LEAD_RWJ, PASSWORD, base + "/cover").json()).isEmpty();
        JsonNode losses = get(LEAD_RWJ, PASSWORD, base + "/donor-losses").json();
        assertThat(losses).hasSize(2);
        losses.forEach(l -> assertThat(l.get("org").asText()).isEqualTo("RWJ"));
        String html = get(LEAD_RWJ, PASSWORD, base + "/download/html").body();
        assertThat(html).contains("<td>B</td>").doesNotContain("<td>A</td>").contains("Only organisation RWJ");
        assertThat(get(LEAD_RWJ, PASSWORD, base + "/download/plan").body())
                .doesNotContain(",A,")
                .contains(",B,");

        assertThat(moves(get(LEAD_RM3, PASSWORD, base + "/moves").json()))
                .containsExactly("1 A RM3 ACUTE_IP -> R0A UEC TRIAGE 1.0");
        JsonNode cover = get(LEAD_RM3, PASSWORD, base + "/cover").json();
        assertThat(cover).hasSize(1);
        assertThat(cover.get(0).get("capability").asText()).isEqualTo("WOUND");
        assertThat(get(LEAD_RM3, PASSWORD, base).json().get("scope").asText()).isEqualTo("organisation RM3");
    }

    @Test
    void aViewerSeesCoverButNoStaffIds() throws Exception {
        String base = "/api/mutual-aid/plans/" + planId;
        for (String path :
                List.of("/moves", "/donor-losses", "/download/plan", "/download/html", "/download/donor-losses")) {
            Response r = get(VIEWER, PASSWORD, base + path);
            assertThat(r.status()).as(path).isEqualTo(403);
        }
        Response cover = get(VIEWER, PASSWORD, base + "/cover");
        assertThat(cover.status()).isEqualTo(200);
        assertThat(cover.json()).hasSize(3);
        Response status = get(VIEWER, PASSWORD, base);
        assertThat(status.json().get("criticalCoveredFte").asDouble()).isEqualTo(1.0);
        for (Response r : List.of(
                cover,
                status,
                get(VIEWER, PASSWORD, base + "/received"),
                get(VIEWER, PASSWORD, base + "/download/cover"),
                get(VIEWER, PASSWORD, "/api/datasets/" + exampleId + "/mutual-aid"))) {
            assertThat(r.body())
                    .doesNotContain("\"A\"")
                    .doesNotContain("\"B\"")
                    .doesNotContain("PADNCA")
                    .doesNotContain(",A,");
        }
        assertThat(uploadPair(VIEWER, PASSWORD, STAFF, SURGE).status()).isEqualTo(403);
        assertThat(postJson(VIEWER, PASSWORD, "/api/mutual-aid/" + inputId + "/plans", Map.of("seconds", 1))
                        .status())
                .isEqualTo(403);
    }

    /**
     * A plan on current trends keeps its baseline with its settings, and every file names it, an organisation lead's
     * part too (made again from the stored files, so its baseline comes from the run). The shortfalls here are
     * listed in the file, so the plan is the hand-worked one above on either baseline. A baseline that does not exist
     * is refused naming the field, and nothing is queued.
     */
    @Test
    void aPlanOnCurrentTrendsNamesItInEveryFileAndPart() throws Exception {
        Response started = postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/mutual-aid/" + inputId + "/plans",
                Map.of("seconds", 2, "seed", 7, "baseline", "current-trends"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long trends = started.json().get("id").asLong();
        assertThat(started.json().get("baseline").asText()).isEqualTo("current-trends");
        assertThat(awaitRun(ADMIN, ADMIN_PASSWORD, trends, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
        String base = "/api/mutual-aid/plans/" + trends + "/download/";
        assertThat(get(ADMIN, ADMIN_PASSWORD, base + "cover").body())
                .isEqualTo("baseline,week,org,service,capability,shortfall_fte,covered_fte,critical\n"
                        + "current-trends,1,R0A,UEC,TRIAGE,1.00,1.00,yes\n"
                        + "current-trends,1,RM3,ACUTE_IP,WOUND,1.00,1.00,no\n"
                        + "current-trends,2,R0A,UEC,TRIAGE,0.50,0.00,yes\n");
        assertThat(get(LEAD_RWJ, PASSWORD, base + "plan").body())
                .isEqualTo(
                        "baseline,week,staff_id,from_org,from_service,to_org,to_service,capability,fte,supervised_by\n"
                                + "current-trends,1,B,RWJ,COMM_NURSING,RM3,ACUTE_IP,WOUND,1.00,\n");
        assertThat(get(LEAD_RWJ, PASSWORD, base + "donor-losses").body())
                .startsWith("baseline,week,org,service,staff_fte,lent_fte,floor_fte\ncurrent-trends,1,RWJ,");
        assertThat(get(LEAD_RWJ, PASSWORD, base + "html").body())
                .contains(
                        "<h1>Mutual aid plan: NHS Greater Manchester Integrated Care Board (current-trends baseline)</h1>");

        int runs = jdbc.queryForObject("SELECT count(*) FROM runs", Integer.class);
        Response bad =
                postJson(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/" + inputId + "/plans", Map.of("baseline", "trend"));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("baseline");
        assertThat(bad.body()).contains("no baseline 'trend'; choose funded-plan or current-trends");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM runs", Integer.class))
                .isEqualTo(runs);
    }
}
