package org.skillmix.app.web.account;

import org.skillmix.app.web.api.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in account, read fresh from the users table (a role change applies at once); an account that
 * belongs to no ICS is refused here, before any service sees it.
 */
@Component
public class CurrentAccount {
    private final AccountRepository accounts;

    public CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Account get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) throw new Forbidden(null, "sign in first");
        Account account = accounts.find(auth.getName())
                .orElseThrow(() -> new Forbidden(null, "no such account: " + auth.getName()));
        AccessPolicy.requireUsable(account);
        return account;
    }
}
