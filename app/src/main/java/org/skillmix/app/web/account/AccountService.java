package org.skillmix.app.web.account;

import java.util.List;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating accounts: analysts only, passwords stored hashed. */
@Service
public class AccountService {
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final OrganisationDirectory organisations;

    public AccountService(
            AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.organisations = organisations;
    }

    public record NewAccount(String username, String password, AccessRole role, String icbCode, String orgCode) {}

    public List<Account> list(Account by) {
        if (by.role() != AccessRole.ANALYST) throw new Forbidden(null, "only an analyst can list accounts");
        return accounts.all().stream()
                .filter(a -> by.icbCode() == null || by.icbCode().equals(a.icbCode()))
                .toList();
    }

    public Account create(Account by, NewAccount request) {
        if (by.role() != AccessRole.ANALYST) throw new Forbidden(null, "only an analyst can create accounts");
        if (request.username() == null || !request.username().matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new Invalid("username", "use 2-64 letters, digits, '.', '_', '@' or '-'");
        }
        if (request.password() == null || request.password().length() < 10) {
            throw new Invalid("password", "use at least 10 characters");
        }
        if (request.role() == null) throw new Invalid("role", "give ANALYST, ORG_LEAD, VIEWER or GUARDIAN");
        if (request.role() == AccessRole.ORG_LEAD
                && (request.orgCode() == null || request.orgCode().isBlank())) {
            throw new Invalid("orgCode", "an organisation lead needs their organisation's ODS code");
        }
        if (accounts.exists(request.username())) throw new Conflict("username", "that username is taken");
        // An analyst tied to one ICS can only create accounts in it.
        String icb = by.icbCode() != null ? by.icbCode() : blankToNull(request.icbCode());
        if (request.role() == AccessRole.GUARDIAN) checkGuardian(icb, blankToNull(request.orgCode()));
        boolean hasOrganisation = request.role() == AccessRole.ORG_LEAD || request.role() == AccessRole.GUARDIAN;
        Account account = new Account(
                request.username(),
                request.role(),
                icb,
                hasOrganisation ? request.orgCode().trim().toUpperCase() : null);
        accounts.create(account, encoder.encode(request.password()));
        audit.record(by.username(), "account.create", account.username() + " as " + account.role());
        return account;
    }

    /**
     * A Freedom to Speak Up guardian answers for one organisation of one ICS, and each organisation has one
     * (docs/speak-up.md): the organisation must be in the ICS's latest dataset.
     */
    private void checkGuardian(String icb, String org) {
        if (icb == null) throw new Invalid("icbCode", "a guardian belongs to one ICS: give its ICB code");
        if (org == null) throw new Invalid("orgCode", "a guardian needs their organisation's ODS code");
        if (organisations.name(icb, org).isEmpty()) {
            throw new Invalid("orgCode", "no organisation " + org + " in " + icb + "'s latest dataset");
        }
        accounts.all().stream()
                .filter(a -> a.role() == AccessRole.GUARDIAN && icb.equals(a.icbCode()) && org.equals(a.orgCode()))
                .findFirst()
                .ifPresent(a -> {
                    throw new Conflict("orgCode", org + " in " + icb + " already has a guardian: " + a.username());
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase();
    }
}
