package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A form of the Accounts and password pages that is refused comes back with the problem named in the error
 * summary, linked to its field, under the refusal's status (400, 403, 409), never 200: a screen reader, a script
 * and a test all learn the request failed.
 */
class AccountFormRefusalTest extends WebTestBase {
    static final String PASSWORD = "account-form-pass-5";
    static final String ANALYST = "account-form-analyst";

    @Test
    void theAccountsFormAnswersARefusalWithItsStatus() throws Exception {
        account(ANALYST, PASSWORD, "ANALYST", "QOP", null);
        Browser browser = signIn(ANALYST, PASSWORD);

        HttpResponse<String> blank = browser.post("/accounts", Map.of("username", "", "role", "VIEWER"));
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(summaryLink(blank.body())).isEqualTo("#new-username");

        HttpResponse<String> elsewhere = browser.post(
                "/accounts", Map.of("username", "account-form-elsewhere", "role", "VIEWER", "icbCode", "QKK"));
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(403);
        assertThat(summaryLink(elsewhere.body())).isEqualTo("#new-icbCode");
        assertThat(elsewhere.body()).contains("an analyst creates accounts in their own ICS (QOP) only");

        HttpResponse<String> taken =
                browser.post("/accounts", Map.of("username", ANALYST, "role", "VIEWER", "icbCode", "QOP"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(summaryLink(taken.body())).isEqualTo("#new-username");

        HttpResponse<String> made =
                browser.post("/accounts", Map.of("username", "account-form-made", "role", "VIEWER", "icbCode", "QOP"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.body()).contains("id=\"account-made\"").doesNotContain("There is a problem");

        // The account's own page: raising it to administrator is not the analyst's to do.
        HttpResponse<String> raised = browser.post("/accounts/account-form-made", Map.of("role", "ADMIN"));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(403);
        assertThat(summaryLink(raised.body())).isEqualTo("#account-role");
    }

    @Test
    void aWeakNewPasswordIsA400NamingTheField() throws Exception {
        account("account-form-weak", PASSWORD, "VIEWER", "QOP", null);
        Browser browser = signIn("account-form-weak", PASSWORD);
        HttpResponse<String> weak = browser.post(
                "/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "password1", "confirmPassword", "password1"));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(summaryLink(weak.body())).isEqualTo("#newPassword");
    }

    /** Where the error summary's link goes: the field it names. */
    static String summaryLink(String html) {
        Matcher m = Pattern.compile("nhsuk-error-summary__list\"[^>]*>\\s*<li><a href=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("an error summary with a link to the field").isTrue();
        return m.group(1);
    }

    /** A signed-in browser's session: its cookie and the CSRF token its forms carry. */
    record Browser(AccountFormRefusalTest test, String cookie, String csrf) {
        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.put("_csrf", csrf);
            return test.http.send(
                    HttpRequest.newBuilder(URI.create(test.base() + path))
                            .header("Cookie", cookie)
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Signs in through the sign-in form, as a browser does. */
    Browser signIn(String username, String password) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = PageAuthorizationMatrixTest.sessionCookie(login, null);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Cookie", before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of(
                                "username",
                                username,
                                "password",
                                password,
                                "_csrf",
                                PageAuthorizationMatrixTest.csrf(login.body())))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = PageAuthorizationMatrixTest.sessionCookie(signedIn, before);
        // The token is made anew on signing in: take it from a page's sign-out form.
        HttpResponse<String> help = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/help"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Browser(this, cookie, PageAuthorizationMatrixTest.csrf(help.body()));
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
