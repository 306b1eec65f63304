package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.junit.jupiter.api.TestInstance;
import org.skillmix.app.web.speakup.AnonymousRateLimit;
import org.skillmix.app.web.speakup.Category;
import org.skillmix.app.web.speakup.SpeakUpStore;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;

/**
 * Nothing that could identify the person who raised a concern is kept: not in the rows (every text column of
 * every table is searched), not in the audit log, the access log, Spring's request logging at its most talkative, or
 * an exception's message; no session is made; the form keeps its CSRF token; the rate limit answers 429.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakUpAnonymityTest extends SpeakUpTestBase {
    static final String WORDS = "marker-text-5521: the agency nurse was left alone on the ward";

    @Autowired
    DispatcherServlet dispatcher;

    @Autowired
    SpeakUpStore store;

    @BeforeAll
    void setUp() throws Exception {
        accounts();
    }

    @Test
    void theTablesHoldOnlyTheConcernAndItsDateNoIdentityNoTimeNoSecret() throws Exception {
        // The columns are exactly these: adding an address, a browser or a timestamp to either table fails here.
        assertThat(columns("speak_up_cases"))
                .containsExactly(
                        "category text",
                        "icb_code text",
                        "org_code text",
                        "org_name text",
                        "outcome text",
                        "place_code text",
                        "place_name text",
                        "raised_on date",
                        "reference text",
                        "secret_hash bytea",
                        "sector text",
                        "status text",
                        "status_on date");
        assertThat(columns("speak_up_messages"))
                .containsExactly(
                        "author text",
                        "body text",
                        "guardian text",
                        "reference text",
                        "seq integer",
                        "written_on date");

        long audit = lastAuditId();
        // Raised from a browser signed in as a guardian (basic credentials sent along): still nobody.
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/speak-up/concerns"))
                        .header("User-Agent", USER_AGENT)
                        .header("X-Forwarded-For", FORWARDED_FOR)
                        .header("Authorization", basic(GUARDIAN_R0A))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                "icbCode", "QOP", "orgCode", "R0A", "category", "PATIENT_SAFETY", "text", WORDS))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode raised = JSON.readTree(r.body());
        String ref = raised.get("reference").asText();
        String secret = raised.get("secret").asText();
        anonymous("POST", "/api/speak-up/follow/replies", Map.of("reference", ref, "secret", secret, "text", WORDS));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM speak_up_cases WHERE reference = ?", ref);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(row.get("raised_on").toString()).isEqualTo(today.toString());
        assertThat(row.get("place_code")).as("no place given").isNull();
        // Only SHA-256 of the reference and the secret's symbols: the secret itself is nowhere.
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(("skillmix-speak-up:" + ref + ":" + secret.replace("-", "")).getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) row.get("secret_hash")).isEqualTo(expected);
        assertThat(jdbc.queryForList(
                        "SELECT written_on::text FROM speak_up_messages WHERE reference = ?", String.class, ref))
                .containsOnly(today.toString());

        // Every text and bytea column of every table in the database: no address, browser, account or secret.
        for (String needle : List.of(
                "marker-ua-7731",
                FORWARDED_FOR,
                "127.0.0.1",
                secret,
                secret.replace("-", ""),
                HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(whereFound(needle)).as(needle).isEmpty();
        }
        // The guardian's name is on no row of the case, and on no audit entry since: raising is not audited.
        assertThat(whereFound(GUARDIAN_R0A).stream()
                        .filter(w -> !w.startsWith("users.") && !w.startsWith("audit_log.")))
                .isEmpty();
        assertThat(lastAuditId()).isEqualTo(audit);
    }

    @Test
    void theLogsKeepNoAddressBrowserSecretOrWordsEvenWithRequestLoggingAtItsMostTalkative() throws Exception {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Map<String, Level> levels = new LinkedHashMap<>();
        for (String name : List.of(
                "org.springframework.web",
                "org.springframework.security",
                "org.springframework.jdbc",
                "org.skillmix",
                "org.apache.catalina.core",
                "org.apache.catalina.valves")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        root.addAppender(captured);
        dispatcher.setEnableLoggingRequestDetails(true);
        String secret;
        try {
            JsonNode raised = raise("RMC", "BULLYING", WORDS);
            secret = raised.get("secret").asText();
            String ref = raised.get("reference").asText();
            anonymous("POST", "/api/speak-up/follow", Map.of("reference", ref, "secret", secret));
            anonymous(
                    "POST", "/api/speak-up/follow/replies", Map.of("reference", ref, "secret", secret, "text", WORDS));
            anonymous("POST", "/api/speak-up/follow", Map.of("reference", ref, "secret", "0".repeat(24)));
            anonymous("POST", "/api/speak-up/concerns", Map.of("orgCode", "RXX", "text", WORDS));
            anonymous("GET", "/speak-up", null);
            // A mistyped address is as anonymous: not found, with no session made and nothing logged.
            Response typo = anonymous("GET", "/speak-up/no-such-page", null);
            assertThat(typo.status()).isEqualTo(404);
            assertThat(typo.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        } finally {
            dispatcher.setEnableLoggingRequestDetails(false);
            root.detachAppender(captured);
            levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : captured.list) {
            String line = e.getLoggerName() + " " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            // The Host header names the server (here on 127.0.0.1 too), not the client: left out of the search.
            lines.add(line.replace("Host:[127.0.0.1:" + port + "]", "Host:[server]"));
        }
        // The logging was on: Spring's dispatcher wrote each speak-up request, with its headers.
        assertThat(lines).anyMatch(l -> l.contains("/api/speak-up/concerns"));
        assertThat(lines).anyMatch(l -> l.contains("headers="));
        for (String needle : List.of("marker-ua-7731", FORWARDED_FOR, "127.0.0.1", secret, "marker-text-5521")) {
            assertThat(lines.stream().filter(l -> l.contains(needle)).toList())
                    .as(needle)
                    .isEmpty();
        }
    }

    @Test
    void theAccessLogLeavesOutTheAnonymousRequestsAndKeepsTheSignedInOnes() throws Exception {
        raise("RMC", "OTHER", "access log check");
        anonymous("GET", "/speak-up/follow", null);
        send(GUARDIAN_RMC, "GET", "/api/speak-up/cases", null);
        // Tomcat writes a line once the response has gone, so the last one may lag the client a little.
        List<String> lines = accessLog();
        for (int i = 0; i < 100 && lines.stream().noneMatch(l -> l.contains("GET /api/speak-up/cases ")); i++) {
            Thread.sleep(100);
            lines = accessLog();
        }
        assertThat(lines).as("the access log is written").anyMatch(l -> l.contains("GET /api/speak-up/cases "));
        assertThat(lines)
                .noneMatch(l -> l.contains("/api/speak-up/concerns")
                        || l.contains("/speak-up/follow")
                        || l.contains("marker-ua-7731")
                        || l.contains(FORWARDED_FOR));
    }

    @Test
    void aRefusedWriteIsLoggedWithoutTheWords() {
        // Past every check (straight to the store): the database refuses a body over 10,000 characters, and its
        // message would quote the row. The exception keeps the SQL state only.
        String words = "marker-text-5521 " + "z".repeat(10_001);
        assertThatThrownBy(() -> store.insert(new SpeakUpStore.NewCase(
                        "ZZZZ-ZZZZ-ZZZ1",
                        new byte[32],
                        "QOP",
                        "RMC",
                        "Bolton NHS Foundation Trust",
                        "acute",
                        null,
                        null,
                        Category.OTHER,
                        LocalDate.now(),
                        words)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SQL state 23514")
                .hasNoCause()
                .message()
                .doesNotContain("marker-text-5521");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM speak_up_cases WHERE reference = 'ZZZZ-ZZZZ-ZZZ1'", Integer.class))
                .as("the case row went with the refused message")
                .isZero();
    }

    @Test
    void theFormKeepsItsCsrfTokenInACookieAndNoSessionIsMade() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/speak-up")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anyMatch(
                        c -> c.startsWith("SPEAK-UP-CSRF=") && c.contains("HttpOnly") && c.contains("SameSite=Strict"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .startsWith("default-src 'none'")
                .contains("form-action 'self'");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // Labels for every field; the form has no script.
        assertThat(page.body())
                .contains("<label class=\"nhsuk-label\" for=\"organisation\">")
                .contains("<label class=\"nhsuk-label\" for=\"place\">")
                .contains("<label class=\"nhsuk-label\" for=\"text\">")
                .contains("What is it about?</legend>")
                .contains("Bolton NHS Foundation Trust (RMC)")
                .doesNotContain("<script");
        String token = csrf(page.body());

        int cases = jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class);
        Map<String, String> form = Map.of(
                "organisation", "QOP:RMC", "category", "STAFFING_LEVELS", "place", "", "text", "Night shifts short.");
        HttpResponse<String> forged = browser.send(post("/speak-up", form), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class))
                .isEqualTo(cases);

        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", token);
        HttpResponse<String> sent = browser.send(post("/speak-up", withToken), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body())
                .contains("id=\"reference\"")
                .contains("id=\"secret\"")
                .contains("only time the secret is shown");
        assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class))
                .isEqualTo(cases + 1);

        // Everything wrong: one summary linking to each field, each field marked and described by its message.
        Map<String, String> empty =
                Map.of("_csrf", csrf(sent.body().isEmpty() ? page.body() : page.body()), "text", " ");
        HttpResponse<String> refused = browser.send(post("/speak-up", empty), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"error-summary\"")
                .contains("href=\"#organisation\"")
                .contains("href=\"#category-PATIENT_SAFETY\"")
                .contains("href=\"#text\"")
                .contains("aria-describedby=\"organisation-hint organisation-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("id=\"text-error\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class))
                .isEqualTo(cases + 1);
    }

    @Test
    void overTheRateLimitNothingIsStoredAndTheAnswerSaysWhen() throws Exception {
        String key = rateLimit.keyOf("127.0.0.1");
        while (rateLimit.take(AnonymousRateLimit.Action.RAISE, key).isEmpty()) {
            // empty this network's bucket, as ten concerns in a few minutes would
        }
        int cases = jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class);
        Response r = anonymous(
                "POST",
                "/api/speak-up/concerns",
                Map.of("icbCode", "QOP", "orgCode", "RMC", "category", "OTHER", "text", "one too many"));
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.json().get("message").asText())
                .contains("nothing was stored")
                .contains("try again in");
        assertThat(Long.parseLong(r.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 360L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM speak_up_cases", Integer.class))
                .isEqualTo(cases);
        // The key is no address: 32 hex digits, the same for the same network today.
        assertThat(key).matches("[0-9a-f]{32}").isEqualTo(rateLimit.keyOf("127.0.0.1"));
    }

    private static List<String> accessLog() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(ACCESS_LOG)) {
            for (Path f : files.toList()) lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
        return lines;
    }

    private HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Every table.column (text, varchar or bytea, in the public schema) holding the needle somewhere. */
    private Set<String> whereFound(String needle) {
        Set<String> found = new TreeSet<>();
        for (Map<String, Object> c : jdbc.queryForList(
                "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'"
                        + " AND data_type IN ('text', 'character varying', 'bytea')")) {
            String table = (String) c.get("table_name");
            String column = (String) c.get("column_name");
            String value =
                    c.get("data_type").equals("bytea") ? "encode(\"" + column + "\", 'escape')" : "\"" + column + "\"";
            Integer n = jdbc.queryForObject(
                    "SELECT count(*) FROM \"" + table + "\" WHERE strpos(" + value + ", ?) > 0", Integer.class, needle);
            if (n != null && n > 0) found.add(table + "." + column);
        }
        return found;
    }

    private List<String> columns(String table) {
        return jdbc.queryForList(
                "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = ?"
                        + " ORDER BY column_name",
                String.class,
                table);
    }

    private long lastAuditId() {
        return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_log", Long.class);
    }
}
