package org.skillmix.app.web.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.api.Forbidden;
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
    @Operation(summary = "Accounts (analysts only)")
    public List<Account> users() {
        return accounts.list(current.get());
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (analysts only): {username, password, role, icbCode, orgCode}")
    public Account create(@RequestBody AccountService.NewAccount request) {
        return accounts.create(current.get(), request);
    }

    @GetMapping("/audit")
    @Operation(summary = "The latest audit log entries (analysts only); the log itself cannot be changed")
    public List<AuditLog.Entry> audit(@RequestParam(defaultValue = "100") int limit) {
        if (current.get().role() != AccessRole.ANALYST)
            throw new Forbidden(null, "only an analyst can read the audit log");
        return audit.latest(Math.max(1, Math.min(limit, 1000)));
    }
}
