package org.skillmix.app.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

    @GetMapping("/users")
    @Operation(summary = "Accounts of the caller's ICS (analysts; an administrator lists every account)")
    public List<Account> users() {
        return accounts.list(current.get());
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
        int n = Math.max(1, Math.min(limit, 1000));
        return by.may(Permission.EVERY_SYSTEM) ? audit.latest(n) : audit.latest(by.icbCode(), n);
    }
}
