package org.skillmix.app.web.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in and what they may do. */
@ControllerAdvice(annotations = Controller.class)
class PageAccount {
    private final AccountRepository accounts;

    PageAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("me")
    Account me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return null;
        // a disabled account shows as no one (its requests are refused by CurrentAccount)
        return accounts.signedIn(auth.getName())
                .filter(s -> !s.disabled())
                .map(AccountRepository.SignedIn::account)
                .orElse(null);
    }
}
