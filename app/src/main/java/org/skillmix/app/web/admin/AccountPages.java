package org.skillmix.app.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.AccountService;
import org.skillmix.app.web.account.AccountView;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.page.PageWords;
import org.skillmix.app.web.system.SystemNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Accounts page (analysts: their ICS's accounts; the administrator: every account): make an account with a
 * one-time password, change its role, ICS or organisation, disable or enable it, reset its password. Every rule is
 * AccessPolicy's, applied by AccountService, which the API uses too; this only offers the choices by name.
 */
@Controller
public class AccountPages {
    private final AccountService accounts;
    private final CurrentAccount current;
    private final SystemNames names;

    public AccountPages(AccountService accounts, CurrentAccount current, SystemNames names) {
        this.accounts = accounts;
        this.current = current;
        this.names = names;
    }

    /** An account as a row of the list: with its ICS and organisation by name and its role in words. */
    public record Row(AccountView view, String role, String ics, String organisation) {}

    @GetMapping("/accounts")
    String list(Model model) {
        Account me = current.get();
        model.addAttribute("rows", rows(me));
        choices(me, model);
        return "accounts";
    }

    @PostMapping("/accounts")
    String create(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AccessRole role,
            @RequestParam(required = false) String icbCode,
            @RequestParam(required = false) String orgCode,
            HttpServletResponse response,
            Model model) {
        Account me = current.get();
        try {
            model.addAttribute(
                    "made",
                    accounts.createWithOneTimePassword(
                            me, new AccountService.NewAccount(username, null, role, blank(icbCode), blank(orgCode))));
        } catch (ApiException e) {
            if (e.status().value() == 403 && e.field() == null) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", field(e.field(), "username"));
            model.addAttribute("form", new AccountService.NewAccount(username, null, role, icbCode, orgCode));
        }
        return list(model);
    }

    @GetMapping("/accounts/{username}")
    String account(@PathVariable String username, Model model) {
        Account me = current.get();
        model.addAttribute("row", row(accounts.view(me, username)));
        choices(me, model);
        return "account";
    }

    @PostMapping("/accounts/{username}")
    String change(
            @PathVariable String username,
            @RequestParam(required = false) AccessRole role,
            @RequestParam(required = false) String icbCode,
            @RequestParam(required = false) String orgCode,
            HttpServletResponse response,
            Model model) {
        Account me = current.get();
        try {
            accounts.change(me, username, new AccountService.AccountChange(role, blank(icbCode), blank(orgCode)));
            model.addAttribute("done", "The role, ICS and organisation are saved.");
        } catch (ApiException e) {
            if (e.status().value() == 403 && e.field() == null) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", "username".equals(e.field()) ? "role" : field(e.field(), "role"));
        }
        return account(username, model);
    }

    @PostMapping("/accounts/{username}/disable")
    String disable(@PathVariable String username, HttpServletResponse response, Model model) {
        return state(username, true, response, model);
    }

    @PostMapping("/accounts/{username}/enable")
    String enable(@PathVariable String username, HttpServletResponse response, Model model) {
        return state(username, false, response, model);
    }

    /** The one-time password is in this answer only: shown once, never stored in clear. */
    @PostMapping("/accounts/{username}/reset")
    String reset(@PathVariable String username, HttpServletResponse response, Model model) {
        Account me = current.get();
        try {
            model.addAttribute("reset", accounts.resetPassword(me, username));
        } catch (ApiException e) {
            if (e.status().value() != 403 || e.field() == null) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", "reset");
        }
        return account(username, model);
    }

    private String state(String username, boolean disabled, HttpServletResponse response, Model model) {
        Account me = current.get();
        try {
            accounts.setDisabled(me, username, disabled);
            model.addAttribute(
                    "done",
                    disabled
                            ? "The account is disabled: it cannot sign in, and its open sessions no longer work."
                            : "The account is enabled again.");
        } catch (ApiException e) {
            if (e.status().value() != 403 || e.field() == null) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", disabled ? "disable" : "enable");
        }
        return account(username, model);
    }

    private List<Row> rows(Account me) {
        return accounts.views(me).stream().map(this::row).toList();
    }

    private Row row(AccountView v) {
        return new Row(
                v,
                PageWords.role(v.role()),
                v.icbCode() == null ? "every ICS" : names.icb(v.icbCode()),
                v.orgCode() == null
                        ? ""
                        : v.orgCode().equalsIgnoreCase(v.icbCode())
                                ? "the ICB itself (" + v.orgCode() + ")"
                                : names.organisation(v.icbCode(), v.orgCode()));
    }

    /**
     * The choices the forms offer, by name: the roles the account may give, the ICSs it may put an account in (an
     * analyst: their own), and each ICS's organisations (for an organisation lead or a guardian; the ICB itself for its
     * guardian).
     */
    private void choices(Account me, Model model) {
        boolean everySystem = me.may(Permission.EVERY_SYSTEM);
        Map<String, String> roles = new LinkedHashMap<>();
        Arrays.stream(AccessRole.values())
                .filter(r -> AccessPolicy.mayGive(me, r))
                .forEach(r -> roles.put(r.name(), PageWords.role(r)));
        Map<String, String> icbs = everySystem ? names.icbs() : Map.of(me.icbCode(), names.icb(me.icbCode()));
        Map<String, Map<String, String>> organisations = new LinkedHashMap<>();
        boolean guardians = AccessPolicy.mayGive(me, AccessRole.GUARDIAN);
        icbs.forEach((code, name) -> {
            Map<String, String> orgs = new LinkedHashMap<>();
            // The ICB's own guardian answers for the ICS's organisations without one (docs/speak-up.md).
            if (guardians) orgs.put(code, "The ICB itself, for its guardian");
            orgs.putAll(names.organisationsOf(code));
            organisations.put(name, orgs);
        });
        model.addAttribute("roles", roles);
        model.addAttribute("icbs", icbs);
        model.addAttribute("organisations", organisations);
        model.addAttribute("everySystem", everySystem);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new AccountService.NewAccount("", null, AccessRole.VIEWER, everySystem ? "" : me.icbCode(), ""));
        }
    }

    private static String field(String field, String otherwise) {
        return field == null || field.equals("password") ? otherwise : field;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
