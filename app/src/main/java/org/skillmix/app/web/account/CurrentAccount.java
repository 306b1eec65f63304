package org.skillmix.app.web.account;

import org.skillmix.app.web.api.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in account, read fresh from the users table on every request (a role change or a disabling applies
 * at once, even to a session already open); an account that belongs to no ICS, is disabled, or still has a
 * one-time password is refused here, before any service sees it.
 */
@Component
public class CurrentAccount {
    private final AccountRepository accounts;

    public CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Account get() {
        AccountRepository.SignedIn signedIn = read();
        if (signedIn.passwordMustChange())
            throw new PasswordChangeRequired(signedIn.account().username());
        return signedIn.account();
    }

    /** The account even while it must still replace a one-time password: for changing it, and nothing else. */
    public Account forPasswordChange() {
        return read().account();
    }

    private AccountRepository.SignedIn read() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) throw new Forbidden(null, "sign in first");
        AccountRepository.SignedIn signedIn = accounts.signedIn(auth.getName())
                .orElseThrow(() -> new Forbidden(null, "no such account: " + auth.getName()));
        if (signedIn.disabled()) {
            throw new Forbidden(null, "account " + auth.getName() + " is disabled: ask an analyst or an administrator");
        }
        AccessPolicy.requireUsable(signedIn.account());
        return signedIn;
    }
}
