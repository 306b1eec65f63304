package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
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
        PageBrowser browser = signIn(ANALYST, PASSWORD);

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
        PageBrowser browser = signIn("account-form-weak", PASSWORD);
        HttpResponse<String> weak = browser.post(
                "/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "password1", "confirmPassword", "password1"));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(summaryLink(weak.body())).isEqualTo("#newPassword");
    }

    private PageBrowser signIn(String username, String password) throws Exception {
        return PageBrowser.signIn(this, username, password);
    }

    private static String summaryLink(String html) {
        return PageBrowser.summaryLink(html);
    }
}
