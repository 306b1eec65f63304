package org.skillmix.app.web.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit log. Success is logged for the sign-in form only: an API script with basic
 * auth authenticates on every request, and what it does is logged action by action.
 */
@Component
class SignInEvents {
    private final AuditLog audit;

    SignInEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "sign-in", "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(
                String.valueOf(event.getAuthentication().getName()),
                "sign-in.failed",
                event.getException().getClass().getSimpleName());
    }
}
