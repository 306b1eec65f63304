package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A stored staff file's counts of willing and unwilling staff are its organisations' figures about their people
 * (docs/web.md, "Small numbers"), often fewer than 5 unwilling. Every organisation lead of the ICS read them for
 * every file, other organisations' included; now only a reader who sees every organisation in the file does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffFileCountsTest extends WebTestBase {
    static final String PASSWORD = "Staff-file-counts-42";
    static final String ANALYST = "counts-analyst-qop";
    static final String LEAD_RX7 = "counts-lead-rx7";
    static final String LEAD_RWJ = "counts-lead-rwj";

    long dataset;
    long input;

    @BeforeAll
    void aFileOfThreeOrganisationsStaff() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        Response stored = upload(ANALYST, PASSWORD, "gm.zip", zipOf(EXAMPLE, Map.of()));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        dataset = stored.json().get("id").asLong();
        account(LEAD_RX7, PASSWORD, "ORG_LEAD", "QOP", "RX7");
        account(LEAD_RWJ, PASSWORD, "ORG_LEAD", "QOP", "RWJ");
        Response r = uploadStaff(ANALYST, MutualAidApiTest.STAFF);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        input = r.json().get("id").asLong();
        assertThat(r.json().get("staffOrganisations").size()).isGreaterThan(1);
    }

    @Test
    void aLeadSeesNoCountsOfOtherOrganisationsStaff() throws Exception {
        for (String lead : new String[] {LEAD_RX7, LEAD_RWJ}) {
            JsonNode seen = stored(lead);
            assertThat(seen.get("willingStaff").isNull()).as(lead + ": " + seen).isTrue();
            assertThat(seen.get("notWilling").isNull()).as(lead + ": " + seen).isTrue();
        }
        JsonNode analyst = stored(ANALYST);
        assertThat(analyst.get("willingStaff").asInt()).isPositive();
        assertThat(analyst.get("notWilling").isNumber()).isTrue();
        String page =
                get(LEAD_RX7, PASSWORD, "/datasets/" + dataset + "/mutual-aid").body();
        assertThat(page)
                .contains("not shown: staff of organisations you do not see")
                .contains("<td>1 December 2026</td>"); // the surge's first day, in words
    }

    @Test
    void aLeadSeesTheCountsOfTheirOwnStaffFile() throws Exception {
        Response own = uploadStaff(LEAD_RWJ, MutualAidApiTest.staffOf("RWJ"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("willingStaff").asInt()).isPositive();
    }

    JsonNode stored(String who) throws Exception {
        Response r = get(who, PASSWORD, "/api/datasets/" + dataset + "/mutual-aid");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode i : r.json()) {
            if (i.get("input").get("id").asLong() == input) return i.get("input");
        }
        throw new AssertionError("no staff file " + input + " in " + r.body());
    }

    Response uploadStaff(String who, String staff) throws Exception {
        Map<String, String[]> parts = new LinkedHashMap<>();
        parts.put("staff", new String[] {"staff.csv", staff});
        parts.put("surge", new String[] {"surge.csv", MutualAidApiTest.SURGE});
        parts.put("firstDay", new String[] {null, MutualAidApiTest.FIRST_DAY});
        String boundary = "counts" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, part) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + name + "\"" + (part[0] == null ? "" : "; filename=\"" + part[0] + "\"") + "\r\n\r\n"
                        + part[1] + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/datasets/" + dataset + "/mutual-aid"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((who + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }
}
