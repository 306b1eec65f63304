package org.skillmix.app.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.RequestValidator;
import org.skillmix.app.web.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating and listing accounts: by analysts (in their ICS) and administrators; passwords stored hashed. */
@Service
public class AccountService {
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final OrganisationDirectory organisations;
    private final RequestValidator validator;
    private final AuditLog audit;

    public AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy passwords,
            OrganisationDirectory organisations,
            RequestValidator validator,
            AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.organisations = organisations;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * A new account.
     *
     * @param icbCode the ICB (ODS code) of the account's ICS: required, except for an administrator (none) and
     *     when an analyst creates it (their own)
     * @param orgCode an organisation lead's or a guardian's organisation: one of the ICS's stored datasets'
     *     organisations
     */
    public record NewAccount(
            @NotBlank(message = "give a username")
            @Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "use 2-64 letters, digits, '.', '_', '@' or '-'")
            String username,

            @NotNull(message = "give a password") String password,

            @NotNull(message = "give ADMIN, ANALYST, ORG_LEAD, VIEWER or GUARDIAN")
            AccessRole role,

            @Pattern(regexp = "\\s*[A-Za-z0-9]{2,10}\\s*", message = "an ICB is an ODS code such as QOP")
            String icbCode,

            @Pattern(regexp = "\\s*[A-Za-z0-9-]{2,20}\\s*", message = "an organisation is an ODS code such as R0A")
            String orgCode) {}

    public List<Account> list(Account by) {
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can list accounts");
        return accounts.all().stream()
                .filter(a -> AccessPolicy.seesAccount(by, a))
                .toList();
    }

    public Account create(Account by, NewAccount request) {
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can create accounts");
        validator.check(request);
        passwords.check(request.username(), request.password());
        String icb = AccessPolicy.icbOfNewAccount(by, request.role(), request.icbCode());
        String org = null;
        if (AccessPolicy.hasOrganisation(request.role())) {
            if (request.orgCode() == null || request.orgCode().isBlank()) {
                throw new Invalid(
                        "orgCode",
                        (request.role() == AccessRole.GUARDIAN ? "a guardian" : "an organisation lead")
                                + " needs their organisation's ODS code");
            }
            org = request.orgCode().trim().toUpperCase(Locale.ROOT);
            Set<String> known = organisations.organisationsOf(icb);
            if (known.isEmpty()) {
                throw new Invalid(
                        "orgCode",
                        "ICS " + icb + " has no stored dataset yet, so its organisations are not known:"
                                + " upload its dataset before creating organisation leads");
            }
            if (!known.contains(org)) {
                throw new Invalid("orgCode", "organisation " + org + " is not in ICS " + icb + "'s stored datasets");
            }
        }
        if (request.role() == AccessRole.GUARDIAN) oneGuardianPerOrganisation(icb, org);
        if (accounts.exists(request.username())) throw new Conflict("username", "that username is taken");
        Account account = new Account(request.username(), request.role(), icb, org);
        accounts.create(account, encoder.encode(request.password()));
        audit.record(
                icb,
                by.username(),
                "account.create",
                account.username() + " as " + account.role() + (icb == null ? "" : " in " + icb)
                        + (org == null ? "" : " for " + org));
        return account;
    }

    /** Each organisation has one Freedom to Speak Up guardian (docs/speak-up.md); the database holds to it too. */
    private void oneGuardianPerOrganisation(String icb, String org) {
        accounts.all().stream()
                .filter(a -> a.role() == AccessRole.GUARDIAN && icb.equals(a.icbCode()) && org.equals(a.orgCode()))
                .findFirst()
                .ifPresent(a -> {
                    throw new Conflict("orgCode", org + " in " + icb + " already has a guardian: " + a.username());
                });
    }
}
