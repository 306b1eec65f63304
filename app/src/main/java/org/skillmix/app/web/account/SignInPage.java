package org.skillmix.app.web.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class SignInPage {
    private final AccountRepository accounts;

    public SignInPage(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Whoever reads no system (a guardian) starts at their speak-up cases; everyone else at the systems. */
    @GetMapping("/")
    String home() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean guardian = auth != null
                && accounts.find(auth.getName())
                        .map(a -> a.may(Permission.ANSWER_SPEAK_UP_CASES))
                        .orElse(false);
        return guardian ? "redirect:/speak-up/cases" : "redirect:/systems";
    }
}
