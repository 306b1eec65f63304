package org.skillmix.app.web.account;

import org.skillmix.app.web.api.PageRefusal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class SignInPage {
    private final AccountRepository accounts;

    public SignInPage(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** After a refused sign-in (?error, ?paused) the page shows an error summary, and its title says so. */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String paused, Model model) {
        model.addAttribute(PageRefusal.SHOWN, error != null || paused != null);
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
