package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Mutual aid through the API ({@link MutualAidApiTest}, {@link MutualAidFilesApiTest}), on a staff and surge pair
 * small enough to plan by hand (on the shipped Greater Manchester example, first day 2026-12-01):
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
abstract class MutualAidTestBase extends WebTestBase {
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
        return uploadStaffAndSurge(user, password, exampleId, staff, surge, FIRST_DAY);
    }

    long plan(long input, int seconds) throws Exception {
        Response started = postJson(
                ADMIN, ADMIN_PASSWORD, "/api/mutual-aid/" + input + "/plans", Map.of("seconds", seconds, "seed", 7));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("kind").asText()).isEqualTo("MUTUAL_AID");
        return started.json().get("id").asLong();
    }

    @BeforeAll
    void uploadTheHandMadePair() throws Exception {
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
    }

    static List<String> moves(JsonNode moves) {
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

    /** The staff file's rows of one organisation only, with the header. */
    static String staffOf(String org) {
        return STAFF.lines()
                        .filter(l -> l.startsWith("staff_id,") || l.contains("," + org + ","))
                        .collect(java.util.stream.Collectors.joining("\n"))
                + "\n";
    }

    /** Deletes what path names, as user. */
    Response send(String user, String path) throws Exception {
        return send(request(user, PASSWORD, path).DELETE().build());
    }
}
