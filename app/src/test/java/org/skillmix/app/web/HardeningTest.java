package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an attacker and a careless user met in issue 12, against the real server: passwords, the sign-in
 * throttle, the session cookie, the Content-Security-Policy, and a problem body on every error.
 */
class HardeningTest extends WebTestBase {
    static final String PASSWORD = "Hardening-test-pass-7";

    @Test
    void weakPasswordsAreRefused() throws Exception {
        for (String weak : new String[] {"aaaaaaaaaa", "          ", "password123", "qwertyuiop"}) {
            Response r = postJson(
                    "admin",
                    ADMIN_PASSWORD,
                    "/api/users",
                    Map.of("username", "weak-pw", "password", weak, "role", "VIEWER", "icbCode", "QOP"));
            assertThat(r.status()).as(weak + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().get("field").asText()).isEqualTo("password");
        }
    }

    @Test
    void tenWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String user = "locked-out";
        account(user, PASSWORD, "VIEWER", "QOP", null);
        assertThat(get(user, PASSWORD, "/api/me").status()).isEqualTo(200);
        for (int i = 0; i < 10; i++)
            assertThat(get(user, "wrong-" + i, "/api/me").status()).isEqualTo(401);

        Response refused = get(user, PASSWORD, "/api/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.json().get("detail").asText()).contains("paused");
        assertThat(get("admin", ADMIN_PASSWORD, "/api/audit?limit=50").body()).contains("sign-in.locked");
    }

    @Test
    void theSessionCookieIsSameSiteAndEveryAnswerCarriesAContentSecurityPolicy() throws Exception {
        Response login = get(null, null, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.raw().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .contains("JSESSIONID")
                        .contains("SameSite=Lax")
                        .contains("HttpOnly"));
        String csp = login.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(get("admin", ADMIN_PASSWORD, "/api/me").raw().headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void errorsOutsideAnyControllerAreProblemsToo() throws Exception {
        Response anonymous = get(null, null, "/api/datasets");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw().headers().firstValue("Content-Type").orElse(""))
                .contains("problem+json");
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);

        Response unknown = get("admin", ADMIN_PASSWORD, "/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asText()).isEqualTo("Not Found");
        assertThat(unknown.json().get("instance").asText()).isEqualTo("/api/no-such-thing");

        Response wrongMethod = postJson("admin", ADMIN_PASSWORD, "/api/me", Map.of());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void aFormFieldThatIsNotANumberIsNamedOnTheProblemPage() throws Exception {
        account("hardening-analyst", PASSWORD, "ANALYST", "QOP", null);
        // Signed in through the form, as a browser is, and the run form posted with its CSRF token.
        Response login = get(null, null, "/login");
        String cookie = PageAuthorizationMatrixTest.sessionCookie(login.raw(), null);
        Response signedIn = send(form(
                "/login",
                cookie,
                Map.of(
                        "username",
                        "hardening-analyst",
                        "password",
                        PASSWORD,
                        "_csrf",
                        PageAuthorizationMatrixTest.csrf(login.body()))));
        cookie = PageAuthorizationMatrixTest.sessionCookie(signedIn.raw(), cookie);
        String runs = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/runs"))
                        .header("Cookie", cookie)
                        .build())
                .body();
        // The form has novalidate, so a browser sends "2.5" from the years box as it is.
        Response page = send(form(
                "/runs",
                cookie,
                Map.of(
                        "datasetId",
                        "1",
                        "years",
                        "2.5",
                        "draws",
                        "10",
                        "_csrf",
                        PageAuthorizationMatrixTest.csrf(runs))));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains("2.5")
                .contains("is not a valid years")
                .doesNotContain("the request is not valid");
    }

    private java.net.http.HttpRequest form(String path, String cookie, Map<String, String> fields) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                .header("Cookie", cookie)
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(PageAuthorizationMatrixTest.encode(fields)))
                .build();
    }

    /**
     * An upload over the limit (200 MB) is refused from its Content-Length before the body is read, so the test
     * sends the headers and a few bytes only.
     */
    @Test
    void anUploadTooLargeIs413WithAProblemBody() throws Exception {
        String auth = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String head = "POST /api/datasets HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 314572800\r\n"
                + "Connection: close\r\n\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n\r\n";
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            answer = readAnswer(socket.getInputStream());
        }
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        // The body may come chunked: its JSON is inside.
        assertThat(body)
                .contains("\"status\":413")
                .contains("\"field\":\"file\"")
                .contains("larger than the server");
    }

    /**
     * The answer's head and body: the server answers at once but keeps the connection open to swallow the rest
     * of the body it refused, so read until the JSON has closed.
     */
    private static String readAnswer(InputStream in) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) break;
            answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int body = answer.indexOf("\r\n\r\n");
            if (body >= 0 && answer.indexOf("}", body) >= 0) break;
        }
        return answer.toString();
    }
}
