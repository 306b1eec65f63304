package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.skillmix.app.web.speakup.AnonymousRateLimit;
import org.skillmix.app.web.system.DatasetFile;
import org.skillmix.app.web.system.DatasetStore;
import org.skillmix.app.web.system.StoredDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** What the speak-up tests share: their accounts, an anonymous client, and past concerns written into the table. */
abstract class SpeakUpTestBase extends WebTestBase {
    static final String PASSWORD = "a-long-password-for-speak-up";
    /** Guardians of two Greater Manchester trusts, Bolton (RMC) and Manchester University (R0A). */
    static final String GUARDIAN_RMC = "su-guardian-rmc";

    static final String GUARDIAN_R0A = "su-guardian-r0a";
    static final String VIEWER = "su-viewer";
    static final String LEAD = "su-lead-rmc";
    static final String ANALYST = "su-analyst-qop";
    static final String OTHER_ICS = "su-analyst-qkk";
    /** A browser as a person might use, and a proxy's header: neither may be kept anywhere. */
    static final String USER_AGENT = "Mozilla/5.0 (SpeakUpProbe; marker-ua-7731)";

    static final String FORWARDED_FOR = "203.0.113.77";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnonymousRateLimit rateLimit;

    @Autowired
    DatasetStore datasetStore;

    /** Every test starts with full buckets: all the tests' requests come from 127.0.0.1. */
    @BeforeEach
    void newDayForTheRateLimit() {
        rateLimit.rotate();
    }

    void accounts() throws Exception {
        account(GUARDIAN_RMC, PASSWORD, "GUARDIAN", "QOP", "RMC");
        account(GUARDIAN_R0A, PASSWORD, "GUARDIAN", "QOP", "R0A");
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
        account(LEAD, PASSWORD, "ORG_LEAD", "QOP", "RMC");
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        account(OTHER_ICS, PASSWORD, "ANALYST", "QKK", null);
    }

    /** A request with no account, from a browser with a telling user agent, through a proxy that names the client. */
    Response anonymous(String method, String path, Object json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("User-Agent", USER_AGENT)
                .header("X-Forwarded-For", FORWARDED_FOR);
        return exchange(b, method, json);
    }

    JsonNode raise(String org, String category, String text) throws Exception {
        Response r = anonymous(
                "POST",
                "/api/speak-up/concerns",
                Map.of("icbCode", "QOP", "orgCode", org, "placeCode", "E08000001", "category", category, "text", text));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Response send(String user, String method, String path, Object json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return exchange(b, method, json);
    }

    private Response exchange(HttpRequest.Builder b, String method, Object json) throws Exception {
        if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json)));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
    }

    /** A new guardian account's fields (the password is the tests'). */
    static Map<String, String> guardian(String username, String icbCode, String orgCode) {
        Map<String, String> body = new java.util.HashMap<>(
                Map.of("username", username, "password", PASSWORD, "role", "GUARDIAN", "orgCode", orgCode));
        if (icbCode != null) body.put("icbCode", icbCode);
        return body;
    }

    /** The last month the themes count: the month before this one, in England. */
    static YearMonth lastCompleteMonth() {
        return YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
    }

    /** March of the latest financial year that has ended: the themes show whole years that have ended only. */
    static YearMonth endOfLatestEndedYear() {
        return SpeakUpSeeds.endOfLatestEndedYear();
    }

    /**
     * Stores Greater Manchester's newest dataset again as another ICS's (its ICB code and name replaced), unless that
     * ICS has one: an ICS of the example's organisations whose guardians no other test class appoints.
     */
    void icsLikeGreaterManchester(String icb, String name) {
        if (datasetStore.newest(icb).isPresent()) return;
        StoredDataset gm = datasetStore.newest("QOP").orElseThrow();
        List<DatasetFile> files = datasetStore.files(gm.id()).stream()
                .map(f ->
                        List.of("manifest.csv", "metrics.csv", "discharge.csv").contains(f.name())
                                ? new DatasetFile(
                                        f.name(),
                                        new String(f.content(), StandardCharsets.UTF_8)
                                                .replace("QOP", icb)
                                                .replace(gm.icbName(), name)
                                                .getBytes(StandardCharsets.UTF_8))
                                : f)
                .toList();
        datasetStore.store(
                new StoredDataset(
                        0,
                        name,
                        icb,
                        name,
                        "speak-up tests: " + icb,
                        gm.sha256(),
                        gm.places(),
                        gm.organisations(),
                        gm.roles(),
                        gm.capabilities(),
                        gm.services(),
                        gm.warnings(),
                        "admin",
                        null),
                files);
    }

    void seed(String icb, String org, String orgName, String sector, String category, YearMonth month, int count) {
        SpeakUpSeeds.seed(jdbc, icb, org, orgName, sector, category, month, count);
    }
}
