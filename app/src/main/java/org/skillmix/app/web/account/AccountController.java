package org.skillmix.app.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Accounts", description = "Users, roles and the audit log")
public class AccountController {
    private final AccountService accounts;
    private final CurrentAccount current;
    private final AuditLog audit;

    public AccountController(AccountService accounts, CurrentAccount current, AuditLog audit) {
        this.accounts = accounts;
        this.current = current;
        this.audit = audit;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    public Account me() {
        return current.get();
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change one's own password: {currentPassword, newPassword} (any signed-in account; replaces a"
                    + " one-time password, which must be changed before anything else)")
    public void changePassword(@RequestBody AccountService.PasswordChange request) {
        accounts.changeOwnPassword(current.forPasswordChange(), request);
    }

    @GetMapping("/users")
    @Operation(
            summary = "Accounts of the caller's ICS with their state (analysts; an administrator lists every account)")
    public List<AccountView> users() {
        return accounts.views(current.get());
    }

    @PutMapping("/users/{username}")
    @Operation(
            summary = "Change another account's role, ICS or organisation: {role, icbCode, orgCode} (analysts, in their"
                    + " own ICS and not administrators; administrators, any account but their own)")
    public AccountView change(@PathVariable String username, @RequestBody AccountService.AccountChange request) {
        return accounts.change(current.get(), username, request);
    }

    @PostMapping("/users/{username}/disable")
    @Operation(summary = "Disable another account: it can no longer sign in or use its sessions (as for changes)")
    public AccountView disable(@PathVariable String username) {
        return accounts.setDisabled(current.get(), username, true);
    }

    @PostMapping("/users/{username}/enable")
    @Operation(summary = "Enable a disabled account again (as for changes)")
    public AccountView enable(@PathVariable String username) {
        return accounts.setDisabled(current.get(), username, false);
    }

    @PostMapping("/users/{username}/password-reset")
    @Operation(
            summary = "Reset another account's password: answers a one-time password, shown only in this answer, which"
                    + " the account must replace at its next sign-in (as for changes)")
    public AccountService.OneTimePassword resetPassword(@PathVariable String username) {
        return accounts.resetPassword(current.get(), username);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create an account: {username, password, role, icbCode, orgCode} (analysts, in their own ICS;"
                    + " administrators, in any)")
    public Account create(@RequestBody AccountService.NewAccount request) {
        return accounts.create(current.get(), request);
    }

    @GetMapping("/audit")
    @Operation(
            summary = "The latest audit log entries of the caller's ICS (analysts; an administrator reads every"
                    + " ICS's and the server's own); the log itself cannot be changed")
    public List<AuditLog.Entry> audit(@RequestParam(defaultValue = "100") int limit) {
        Account by = current.get();
        AccessPolicy.require(by, Permission.READ_AUDIT, "only an analyst can read the audit log");
        // Refused rather than quietly changed: a caller asking for -5 or 5,000 entries learns what they get.
        if (limit < 1 || limit > 1000) throw new Invalid("limit", "give 1 to 1000 entries, not " + limit);
        return by.may(Permission.EVERY_SYSTEM) ? audit.latest(limit) : audit.latest(by.icbCode(), limit);
    }
}
