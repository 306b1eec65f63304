package org.skillmix.app.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.api.RequestValidator;
import org.skillmix.app.web.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating, listing and managing accounts: by analysts (in their ICS) and administrators, by the rules of
 * {@link AccessPolicy}; passwords stored hashed; every change in the audit log.
 */
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

            @NotNull(message = "give ADMIN, ANALYST, ICS_LEAD, ORG_LEAD, VIEWER or GUARDIAN")
            AccessRole role,

            @Pattern(regexp = "\\s*[A-Za-z0-9]{2,10}\\s*", message = "an ICB is an ODS code such as QOP")
            String icbCode,

            @Pattern(regexp = "\\s*[A-Za-z0-9-]{2,20}\\s*", message = "an organisation is an ODS code such as R0A")
            String orgCode) {}

    /** A change of an account's role, ICS or organisation (the ICS as for a new account). */
    public record AccountChange(
            @NotNull(message = "give ADMIN, ANALYST, ICS_LEAD, ORG_LEAD, VIEWER or GUARDIAN")
            AccessRole role,

            @Pattern(regexp = "\\s*[A-Za-z0-9]{2,10}\\s*", message = "an ICB is an ODS code such as QOP")
            String icbCode,

            @Pattern(regexp = "\\s*[A-Za-z0-9-]{2,20}\\s*", message = "an organisation is an ODS code such as R0A")
            String orgCode) {}

    /** A change of one's own password: the current one proves it is the account's owner. */
    public record PasswordChange(
            @NotNull(message = "give your current password") String currentPassword,
            @NotNull(message = "give a new password") String newPassword) {}

    /** A one-time password, shown once to whoever made or reset the account; stored only as a hash. */
    public record OneTimePassword(String username, String oneTimePassword) {}

    public List<Account> list(Account by) {
        return views(by).stream().map(AccountView::account).toList();
    }

    /** The accounts the caller manages or lists, with their state: an analyst their ICS's, an administrator all. */
    public List<AccountView> views(Account by) {
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can list accounts");
        return accounts.views().stream()
                .filter(a -> AccessPolicy.seesAccount(by, a.account()))
                .toList();
    }

    public AccountView view(Account by, String username) {
        // Who may see accounts is asked first, and another ICS's account is "not found" as a missing one is:
        // trying names tells nobody which accounts exist.
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can see accounts");
        return accounts.view(username)
                .filter(view -> AccessPolicy.seesAccount(by, view.account()))
                .orElseThrow(() -> new NotFound("username", "no account " + username));
    }

    public Account create(Account by, NewAccount request) {
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can create accounts");
        validator.check(request);
        passwords.check(request.username(), request.password());
        return make(by, request, request.password(), false);
    }

    /**
     * A new account with a one-time password (the Accounts page): the person signs in with it once and chooses
     * their own. The request's password is ignored.
     */
    public OneTimePassword createWithOneTimePassword(Account by, NewAccount request) {
        AccessPolicy.require(by, Permission.MANAGE_ACCOUNTS, "only an analyst can create accounts");
        String oneTime = OneTimePasswords.generate();
        NewAccount withPassword =
                new NewAccount(request.username(), oneTime, request.role(), request.icbCode(), request.orgCode());
        validator.check(withPassword);
        Account made = make(by, withPassword, oneTime, true);
        return new OneTimePassword(made.username(), oneTime);
    }

    private Account make(Account by, NewAccount request, String password, boolean oneTime) {
        String icb = AccessPolicy.icbOfNewAccount(by, request.role(), request.icbCode());
        String org = organisation(request.role(), icb, request.orgCode());
        if (request.role() == AccessRole.GUARDIAN) oneGuardianPerOrganisation(icb, org, request.username());
        if (accounts.exists(request.username())) throw new Conflict("username", "that username is taken");
        Account account = new Account(request.username(), request.role(), icb, org);
        String hash = encoder.encode(password);
        accounts.create(account, hash);
        if (oneTime) accounts.setPassword(account.username(), hash, true);
        audit.record(
                icb,
                by.username(),
                "account.create",
                account.username() + " as " + account.role() + (icb == null ? "" : " in " + icb)
                        + (org == null ? "" : " for " + org) + (oneTime ? ", with a one-time password" : ""));
        return account;
    }

    /** A new role, ICS or organisation for another account (AccessPolicy.requireManages). */
    public AccountView change(Account by, String username, AccountChange request) {
        Account other = view(by, username).account();
        AccessPolicy.requireManages(by, other);
        validator.check(request);
        String icb = AccessPolicy.icbOfNewAccount(
                by,
                request.role(),
                request.icbCode() == null && request.role() != AccessRole.ADMIN ? other.icbCode() : request.icbCode());
        String org = organisation(request.role(), icb, request.orgCode());
        if (request.role() == AccessRole.GUARDIAN) oneGuardianPerOrganisation(icb, org, username);
        Account changed = new Account(username, request.role(), icb, org);
        accounts.change(changed);
        audit.record(
                icb == null ? other.icbCode() : icb,
                by.username(),
                "account.change",
                username + ": " + describe(other) + " -> " + describe(changed));
        return accounts.view(username).orElseThrow();
    }

    /** Disables (or enables again) another account: it can no longer sign in, and its sessions stop working. */
    public AccountView setDisabled(Account by, String username, boolean disabled) {
        Account other = view(by, username).account();
        AccessPolicy.requireManages(by, other);
        accounts.setDisabled(username, disabled);
        audit.record(other.icbCode(), by.username(), disabled ? "account.disable" : "account.enable", username);
        return accounts.view(username).orElseThrow();
    }

    /** A new one-time password for another account, shown once; the account must choose its own at next sign-in. */
    public OneTimePassword resetPassword(Account by, String username) {
        Account other = view(by, username).account();
        AccessPolicy.requireManages(by, other);
        String oneTime = OneTimePasswords.generate();
        accounts.setPassword(username, encoder.encode(oneTime), true);
        audit.record(other.icbCode(), by.username(), "account.password-reset", username);
        return new OneTimePassword(username, oneTime);
    }

    /** One's own new password, held to the password policy; replaces a one-time password too. */
    public void changeOwnPassword(Account me, PasswordChange request) {
        validator.check(request);
        String hash = accounts.passwordHash(me.username()).orElseThrow();
        if (!encoder.matches(request.currentPassword(), hash)) {
            throw new Invalid("currentPassword", "that is not your current password");
        }
        if (request.newPassword().equals(request.currentPassword()) && mustChange(me.username())) {
            throw new Invalid("newPassword", "choose a password of your own, not the one-time password");
        }
        passwords.problem(me.username(), request.newPassword()).ifPresent(reason -> {
            throw new Invalid("newPassword", reason);
        });
        accounts.setPassword(me.username(), encoder.encode(request.newPassword()), false);
        audit.record(me.username(), "account.password-change", me.username());
    }

    private boolean mustChange(String username) {
        return accounts.signedIn(username)
                .map(AccountRepository.SignedIn::passwordMustChange)
                .orElse(false);
    }

    /**
     * An organisation lead's or a guardian's organisation: one of the ICS's (its newest dataset's), or for a guardian
     * the ICB itself (its code); none for other roles.
     */
    private String organisation(AccessRole role, String icb, String orgCode) {
        if (!AccessPolicy.hasOrganisation(role)) return null;
        if (orgCode == null || orgCode.isBlank()) {
            throw new Invalid(
                    "orgCode",
                    (role == AccessRole.GUARDIAN ? "a guardian" : "an organisation lead")
                            + " needs their organisation's ODS code");
        }
        String org = orgCode.trim().toUpperCase(Locale.ROOT);
        // The ICB's own guardian, one per ICS (docs/speak-up.md, "Guardians"): the ICB is an employer with staff of
        // its own, and its guardian answers the concerns about the ICS's organisations that have no guardian.
        if (role == AccessRole.GUARDIAN && org.equals(icb)) return org;
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
        return org;
    }

    private static String describe(Account a) {
        return a.role()
                + (a.icbCode() == null ? "" : " in " + a.icbCode())
                + (a.orgCode() == null ? "" : " for " + a.orgCode());
    }

    /**
     * Each organisation has one Freedom to Speak Up guardian, and each ICS one guardian of its ICB (docs/speak-up.md);
     * the database holds to it too.
     */
    private void oneGuardianPerOrganisation(String icb, String org, String username) {
        accounts.all().stream()
                .filter(a -> a.role() == AccessRole.GUARDIAN && icb.equals(a.icbCode()) && org.equals(a.orgCode()))
                .filter(a -> !a.username().equals(username))
                .findFirst()
                .ifPresent(a -> {
                    throw new Conflict(
                            "orgCode",
                            (org.equals(icb)
                                            ? "ICS " + icb + " already has its ICB's guardian: "
                                            : org + " in " + icb + " already has a guardian: ")
                                    + a.username());
                });
    }
}
