package org.skillmix.app.web.account;

import jakarta.servlet.http.HttpServletResponse;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Change password: any account its own; the first page of an account that signed in with a one-time password. */
@Controller
public class PasswordPage {
    private final AccountService accounts;
    private final CurrentAccount current;
    private final AccountRepository repository;

    public PasswordPage(AccountService accounts, CurrentAccount current, AccountRepository repository) {
        this.accounts = accounts;
        this.current = current;
        this.repository = repository;
    }

    @GetMapping(PasswordChangeRequired.PAGE)
    String form(Model model) {
        Account me = current.forPasswordChange();
        model.addAttribute(
                "oneTime",
                repository
                        .signedIn(me.username())
                        .map(AccountRepository.SignedIn::passwordMustChange)
                        .orElse(false));
        return "password";
    }

    @PostMapping(PasswordChangeRequired.PAGE)
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            HttpServletResponse response,
            Model model) {
        Account me = current.forPasswordChange();
        try {
            if (newPassword != null && !newPassword.equals(confirmPassword)) {
                throw new Invalid("confirmPassword", "the two new passwords are not the same");
            }
            accounts.changeOwnPassword(me, new AccountService.PasswordChange(currentPassword, newPassword));
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field() == null ? "newPassword" : e.field());
            return form(model);
        }
        model.addAttribute("changed", true);
        model.addAttribute("oneTime", false);
        return "password";
    }
}
