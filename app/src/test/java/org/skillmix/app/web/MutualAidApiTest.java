package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Mutual-aid plans through the API, on a staff and surge pair small enough to plan by hand (on the shipped
 * Greater Manchester example, first day 2026-12-01):
 *
 * <ul>
 *   <li>A (RM3 acute inpatients, TRIAGE, passport, one week away at most), B (RWJ community nursing, WOUND,
 *   passport) and C (RWJ community nursing, WOUND, no passport); six padding people in each service who may not
 *   move, so that each service has 7 or 8 FTE listed and its 85% floor leaves room to lend one person.</li>
 *   <li>Shortfalls: week 1 R0A UEC TRIAGE 1.0 critical; week 1 RM3 ACUTE_IP WOUND 1.0; week 2 R0A UEC TRIAGE 0.5
 *   critical.</li>
 * </ul>
 *
 * Only A holds TRIAGE, and A may be away one week: week 1 (1.0) rather than week 2 (0.5). The WOUND shortfall is
 * at RM3, another organisation for B and C; C has no passport, so only B can go. The optimum is therefore A to R0A
 * UEC and B to RM3 acute inpatients in week 1: critical cover 1.00 of 1.50 FTE-weeks, other cover 1.00 of 1.00. The
 * bound is 1.00 too (RM3 acute inpatients, the only donor with TRIAGE, can give 1 FTE-week over the surge).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualAidApiTest extends WebTestBase {
    static final String ADMIN = "admin";
    static final String VIEWER = "viewer-mutual-aid";
    static final String LEAD_RWJ = "lead-rwj-mutual-aid";
    static final String LEAD_RM3 = "lead-rm3-mutual-aid";
    static final String PASSWORD = "a-long-password-6";
    static final String FIRST_DAY = "2026-12-01";

    static final String STAFF = staff();
    static final String SURGE = "week,org_code,service_code,capability_code,shortfall_fte,critical\n"
            + "1,R0A,UEC,TRIAGE,1,yes\n1,RM3,ACUTE_IP,WOUND,1,no\n2,R0A,UEC,TRIAGE,0.5,yes\n";

    @Autowired
    JdbcTemplate jdbc;

    long exampleId;
    long inputId;
    long planId;

    static String staff() {
        StringBuilder csv =
                new StringBuilder("staff_id,home_org,home_service,role,capabilities,fte,base_place,max_weeks_away,"
                        + "max_travel_km,passport_valid_until,willing\n");
        csv.append("A,RM3,ACUTE_IP,RN_ADULT,TRIAGE:3,1.0,E08000006,1,25,2027-03-31,yes\n");
        csv.append("B,RWJ,COMM_NURSING,RN_ADULT,WOUND:3,1.0,E08000007,2,25,2027-03-31,yes\n");
        csv.append("C,RWJ,COMM_NURSING,RN_ADULT,WOUND:2,1.0,E08000007,2,25,,yes\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("PADNCA").append(i).append(",RM3,ACUTE_IP,HCSW,PERSONAL:2,1.0,E08000006,0,0,,yes\n");
            csv.append("PADSFT").append(i).append(",RWJ,COMM_NURSING,HCSW,PERSONAL:2,1.0,E08000007,0,0,,yes\n");
        }
        return csv.toString();
    }

    Response uploadPair(String user, String password, String staff, String surge) throws Exception {
        String boundary = "skillmix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part :
                List.of(new String[] {"staff", "staff.csv", staff}, new String[] {"surge", "surge.csv", surge})) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                            + part[1] + "\"\r\nContent-Type: text/csv\r\n\r\n" + part[2] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"firstDay\"\r\n\r\n" + FIRST_DAY
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/datasets/" + exampleId + "/mutual-aid"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }

    long plan(long input, int seconds) throws Exception {
        Response started = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/" + input + "/plans", Map.of("seconds", seconds, "seed", 7));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("kind").asText()).isEqualTo("MUTUAL_AID");
        return started.json().get("id").asLong();
    }

    @BeforeAll
    void planTheHandMadePair() throws Exception {
        for (JsonNode d : get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json()) {
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        }
        assertThat(exampleId).isPositive();
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        account(LEAD_RWJ, PASSWORD, "ORG_LEAD", "QOP", "RWJ");
        account(LEAD_RM3, PASSWORD, "ORG_LEAD", "QOP", "RM3");
        Response uploaded = uploadPair(ADMIN, ADMIN_PASSWORD, STAFF, SURGE);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode input = uploaded.json();
        assertThat(input.get("willingStaff").asInt()).isEqualTo(15);
        assertThat(input.get("shortfalls").asInt()).isEqualTo(3);
        assertThat(input.get("weeks").asInt()).isEqualTo(2);
        inputId = input.get("id").asLong();
        planId = plan(inputId, 2);
        assertThat(awaitRun(ADMIN, ADMIN_PASSWORD, planId, s -> !s.equals("QUEUED") && !s.equals("RUNNING"))
                        .get("status")
                        .asText())
                .isEqualTo("SUCCEEDED");
    }

    private static List<String> moves(JsonNode moves) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : moves) {
            out.add(m.get("week").asInt() + " " + m.get("staffId").asText() + " "
                    + m.get("fromOrg").asText() + " "
                    + m.get("fromService").asText() + " -> " + m.get("toOrg").asText() + " "
                    + m.get("toService").asText() + " "
                    + m.get("capability").asText() + " " + m.get("fte").asDouble());
        }
        return out;
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

    @Test
    void badFilesAreRefusedByFileRowAndColumnAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM mutual_aid_inputs", Integer.class);
        String staff = STAFF + "A,RWJ,COMM_NURSING,RN_ADULT,WOUND:3,1.0,E08000007,2,25,2027-03-31,yes\n";
        String surge = SURGE + "1,R0A,UEC,JUGGLING,1,yes\n";
        Response r = uploadPair(ADMIN, ADMIN_PASSWORD, staff, surge);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        r.json()
                .get("problems")
                .forEach(p -> problems.add(p.get("file").asText() + ":"
                        + p.get("row").asInt() + ":" + p.get("column").asText()));
        assertThat(problems).containsExactly("staff.csv:17:staff_id", "surge.csv:5:capability_code");
        assertThat(r.body())
                .contains("duplicates row 2: the same staff_id (A) may appear only once")
                .contains("capability \\\"JUGGLING\\\" is not in capabilities.csv");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mutual_aid_inputs", Integer.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE action = 'mutual-aid.upload.rejected'", Integer.class))
                .isPositive();
    }

    @Test
    void aRunningPlanCanBeCancelled() throws Exception {
        Response uploaded = uploadPair(ADMIN, ADMIN_PASSWORD, STAFF, SURGE);
        long id = plan(uploaded.json().get("id").asLong(), 120);
        awaitRun(ADMIN, ADMIN_PASSWORD, id, s -> !s.equals("QUEUED"));
        Response cancelled = postJson(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + id + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        // The solver stops at once (its thread is interrupted), long before its 120 s are up.
        assertThat(awaitRun(
                                ADMIN,
                                ADMIN_PASSWORD,
                                id,
                                s -> s.equals("CANCELLED") || s.equals("SUCCEEDED") || s.equals("FAILED"))
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + id + "/moves")
                        .status())
                .isEqualTo(409);
    }

    /** The staff file's rows of one organisation only, with the header. */
    static String staffOf(String org) {
        return STAFF.lines()
                        .filter(l -> l.startsWith("staff_id,") || l.contains("," + org + ","))
                        .collect(java.util.stream.Collectors.joining("\n"))
                + "\n";
    }

    @Test
    void anOrganisationLeadUploadsOnlyTheirOwnStaffAndPlansOnlyFromTheirOwnStaffFiles() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM mutual_aid_inputs", Long.class);
        Response mixed = uploadPair(LEAD_RWJ, PASSWORD, STAFF, SURGE);
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(403);
        assertThat(mixed.json().get("field").asText()).isEqualTo("staff");
        assertThat(mixed.json().get("detail").asText()).contains("RM3");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mutual_aid_inputs", Long.class))
                .isEqualTo(before);

        // The analyst's file holds both organisations' staff: neither lead may plan from it.
        Response fromMixed =
                postJson(LEAD_RWJ, PASSWORD, "/api/mutual-aid/" + inputId + "/plans", Map.of("seconds", 1, "seed", 7));
        assertThat(fromMixed.status()).as(fromMixed.body()).isEqualTo(403);
        assertThat(fromMixed.json().get("field").asText()).isEqualTo("inputId");

        Response own = uploadPair(LEAD_RWJ, PASSWORD, staffOf("RWJ"), SURGE);
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        long ownInput = own.json().get("id").asLong();
        assertThat(postJson(
                                LEAD_RM3,
                                PASSWORD,
                                "/api/mutual-aid/" + ownInput + "/plans",
                                Map.of("seconds", 1, "seed", 7))
                        .status())
                .isEqualTo(403);
        Response planned =
                postJson(LEAD_RWJ, PASSWORD, "/api/mutual-aid/" + ownInput + "/plans", Map.of("seconds", 1, "seed", 7));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        awaitRun(ADMIN, ADMIN_PASSWORD, id, s -> !s.equals("QUEUED") && !s.equals("RUNNING"));
        assertThat(send(LEAD_RWJ, "/api/mutual-aid/" + ownInput).status()).isEqualTo(204);
    }

    @Test
    void deletingTheFilesDeletesTheStaffFileAndItsPlans() throws Exception {
        Response uploaded = uploadPair(LEAD_RWJ, PASSWORD, staffOf("RWJ"), SURGE);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long input = uploaded.json().get("id").asLong();
        long id = plan(input, 1);
        awaitRun(ADMIN, ADMIN_PASSWORD, id, s -> !s.equals("QUEUED") && !s.equals("RUNNING"));
        // Another organisation's lead may not delete it; the uploader may.
        assertThat(send(LEAD_RM3, "/api/mutual-aid/" + input).status()).isEqualTo(403);
        assertThat(send(LEAD_RWJ, "/api/mutual-aid/" + input).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mutual_aid_inputs WHERE id = ?", Integer.class, input))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run_files WHERE run_id = ?", Integer.class, id))
                .isZero();
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/plans/" + id).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE username = ?", String.class, LEAD_RWJ))
                .contains("mutual-aid.upload", "mutual-aid.delete");
    }

    private Response send(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .DELETE()
                .build();
        var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }

    @Test
    void theOpenApiDescriptionHasMutualAid() throws Exception {
        String api = get(ADMIN, ADMIN_PASSWORD, "/v3/api-docs").body();
        assertThat(api)
                .contains("/api/datasets/{datasetId}/mutual-aid")
                .contains("/api/mutual-aid/plans/{id}/moves")
                .contains("/api/mutual-aid/plans/{id}/download/{format}");
    }
}
