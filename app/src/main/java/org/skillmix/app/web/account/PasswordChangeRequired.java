package org.skillmix.app.web.account;

import org.skillmix.app.web.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The account signed in with a one-time password (new, or reset) and must choose its own before anything else:
 * an API call is refused (403) saying so, a page sends the browser to the Change password page.
 */
public class PasswordChangeRequired extends ApiException {
    public static final String PAGE = "/password";

    public PasswordChangeRequired(String username) {
        super(
                HttpStatus.FORBIDDEN,
                null,
                "account " + username + " has a one-time password: choose your own first (the Change password page, "
                        + PAGE + ", or POST /api/me/password)");
    }

    @Override
    public String redirect() {
        return PAGE;
    }
}
