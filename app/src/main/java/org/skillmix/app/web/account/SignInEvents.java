package org.skillmix.app.web.account;

import org.skillmix.app.web.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit log and the sign-in throttle. Success is logged for the sign-in form only: an API
 * script with basic auth authenticates on every request, and what it does is logged action by action.
 */
@Component
class SignInEvents {
    private final AuditLog audit;
    private final SignInThrottle throttle;

    SignInEvents(AuditLog audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "sign-in", "");
    }

    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String address = addressOf(event.getAuthentication());
        // The name is whatever the caller typed: cut as every echoed value is (no account name is longer).
        String logged = username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME) + "...";
        audit.record(logged, "sign-in.failed", why(event.getException()) + (address == null ? "" : " from " + address));
        if (throttle.failed(username, address)) {
            audit.record(
                    username,
                    "sign-in.locked",
                    "after repeated wrong passwords" + (address == null ? "" : ", last from " + address));
        }
    }

    /** Usernames are 2-64 characters (AccountService.NewAccount). */
    static final int MAX_USERNAME = 64;

    /** Why a sign-in failed, in words: the audit log is read by people, not by the exception's class name. */
    static String why(AuthenticationException e) {
        if (e instanceof BadCredentialsException) return "wrong password or unknown username";
        if (e instanceof DisabledException) return "account disabled";
        if (e instanceof LockedException) return "account locked";
        return "sign-in refused";
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
