package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mutual aid's staff and surge files through the API: bad files refused by file, row and column, an organisation
 * lead's own staff only, deleting the files with their plans, cancelling a plan and the OpenAPI description.
 */
class MutualAidFilesApiTest extends MutualAidTestBase {

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

    @Test
    void theOpenApiDescriptionHasMutualAid() throws Exception {
        String api = get(ADMIN, ADMIN_PASSWORD, "/v3/api-docs").body();
        assertThat(api)
                .contains("/api/datasets/{datasetId}/mutual-aid")
                .contains("/api/mutual-aid/plans/{id}/moves")
                .contains("/api/mutual-aid/plans/{id}/download/{format}");
    }
}
