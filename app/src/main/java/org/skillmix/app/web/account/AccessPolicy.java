package org.skillmix.app.web.account;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;

/**
 * Every access rule of the web application, in one place: what each role may do ({@link Permission}), which
 * ICS an account works in, which organisations' own figures it sees, and whose staff files it handles. The
 * services ask here before they read or change anything; a role missing from the table may do nothing.
 *
 * <p>The rules (docs/web.md, "Accounts and roles"): every account but an administrator belongs to one ICS (its
 * ICB) and sees nothing of another; an upload is stored into the uploader's ICS, never into the one its file
 * names; an organisation lead sees their own organisation's figures and totals over the others (with small
 * numbers suppressed, see {@code org.skillmix.app.web.disclosure}), uploads only their own staff and plans only
 * from their own organisation's staff files.
 */
public final class AccessPolicy {
    /** The total over organisations, as series keys name it. */
    static final String ALL = "ALL";

    private static final Map<AccessRole, Set<Permission>> GRANTS = new EnumMap<>(AccessRole.class);

    static {
        // A plan's partner decisions are each organisation's lead's: nobody decides for another organisation.
        // Publishing is the ICS lead's: not even the server's administrator releases an ICS's plan.
        GRANTS.put(
                AccessRole.ADMIN,
                EnumSet.complementOf(EnumSet.of(
                        Permission.ANSWER_SPEAK_UP_CASES, Permission.DECIDE_PLANS, Permission.PUBLISH_PLANS)));
        GRANTS.put(
                AccessRole.ANALYST,
                EnumSet.complementOf(EnumSet.of(
                        Permission.EVERY_SYSTEM,
                        Permission.ANSWER_SPEAK_UP_CASES,
                        Permission.DECIDE_PLANS,
                        Permission.PUBLISH_PLANS)));
        EnumSet<Permission> icsLead = EnumSet.copyOf(GRANTS.get(AccessRole.ANALYST));
        icsLead.add(Permission.PUBLISH_PLANS);
        GRANTS.put(AccessRole.ICS_LEAD, icsLead);
        GRANTS.put(
                AccessRole.ORG_LEAD,
                EnumSet.of(
                        Permission.READ_SYSTEMS,
                        Permission.PREVIEW_WHAT_IF,
                        Permission.HANDLE_STAFF_FILES,
                        Permission.READ_STAFF_MOVES,
                        Permission.DECIDE_PLANS));
        GRANTS.put(
                AccessRole.VIEWER,
                EnumSet.of(Permission.READ_SYSTEMS, Permission.READ_EVERY_ORGANISATION, Permission.PREVIEW_WHAT_IF));
        // A guardian's work is their organisation's speak-up cases, and nothing else: no system, run or plan.
        GRANTS.put(AccessRole.GUARDIAN, EnumSet.of(Permission.ANSWER_SPEAK_UP_CASES));
    }

    private AccessPolicy() {}

    /** The permissions of a role (none for a role the table does not know); read-only. */
    public static Set<Permission> grants(AccessRole role) {
        Set<Permission> granted = GRANTS.get(role);
        return granted == null ? Set.of() : Collections.unmodifiableSet(granted);
    }

    public static boolean may(Account account, Permission permission) {
        return account != null && usable(account) && grants(account.role()).contains(permission);
    }

    /** @throws Forbidden with the refusal when the account lacks the permission */
    public static void require(Account account, Permission permission, String refusal) {
        if (!may(account, permission)) throw new Forbidden(null, refusal);
    }

    /**
     * Whether the account can be used at all: every account but an administrator belongs to an ICS, and an
     * organisation lead or a guardian to an organisation. (Accounts made before version 0.1 could lack an ICB.)
     */
    public static boolean usable(Account account) {
        if (account.role() == AccessRole.ADMIN) return true;
        if (blank(account.icbCode())) return false;
        return !hasOrganisation(account.role()) || !blank(account.orgCode());
    }

    /** The roles that belong to one organisation of their ICS. */
    public static boolean hasOrganisation(AccessRole role) {
        return role == AccessRole.ORG_LEAD || role == AccessRole.GUARDIAN;
    }

    /** @throws Forbidden when the account cannot be used (no ICS, or a lead without an organisation) */
    public static void requireUsable(Account account) {
        if (!usable(account)) {
            throw new Forbidden(
                    null,
                    "account " + account.username() + " belongs to no ICS"
                            + (hasOrganisation(account.role()) ? " or organisation" : "")
                            + ": an administrator must give it one before it can be used");
        }
    }

    // ---- the ICS ----

    /**
     * Whether the account sees the systems of this ICB: its own only, every one for an administrator; none for a
     * role that reads no system (a guardian).
     */
    public static boolean seesSystem(Account account, String icb) {
        if (!may(account, Permission.READ_SYSTEMS)) return false;
        if (grants(account.role()).contains(Permission.EVERY_SYSTEM)) return true;
        return icb != null && account.icbCode().equalsIgnoreCase(icb.trim());
    }

    /**
     * @param what the thing as its not-found answer names it ("run 12": "no run 12")
     * @throws NotFound when the thing belongs to a system the account does not see (another ICS's; any, for a
     *     guardian): the same answer as for a thing that does not exist, so that trying ids tells nobody what
     *     another ICS has (AuthorizationMatrixTest compares the two for every operation)
     */
    public static void requireSystem(Account account, String icb, String field, String what) {
        if (!seesSystem(account, icb)) throw new NotFound(field, "no " + what);
    }

    /**
     * The ICS an upload is stored into: the uploader's, never the one the file names. A file naming another
     * ICB is refused (it would otherwise land in a system its uploader does not work on). An administrator
     * belongs to no ICS, so their upload goes into the ICS its manifest names.
     */
    public static String icbOfUpload(Account account, String icbInFile) {
        String named = icbInFile == null ? "" : icbInFile.trim().toUpperCase(Locale.ROOT);
        if (account.icbCode() == null && grants(account.role()).contains(Permission.EVERY_SYSTEM)) return named;
        requireUsable(account);
        String own = account.icbCode().trim().toUpperCase(Locale.ROOT);
        if (!own.equals(named)) {
            throw new Forbidden(
                    "file",
                    "the dataset's manifest names ICB " + (named.isEmpty() ? "(none)" : named)
                            + ", but your account works on ICB " + own
                            + "'s systems: it was not stored (fix manifest.csv, or ask an account of that ICS)");
        }
        return own;
    }

    // ---- organisations ----

    /**
     * Whether the account may see this organisation's own figures ("ALL", a total over organisations, is
     * visible to everyone who sees the system; its small numbers are protected elsewhere).
     */
    public static boolean seesOrganisation(Account account, String organisation) {
        if (ALL.equals(organisation)) return true;
        if (may(account, Permission.READ_EVERY_ORGANISATION)) return true;
        return account.role() == AccessRole.ORG_LEAD
                && organisation != null
                && organisation.equalsIgnoreCase(account.orgCode());
    }

    /** Whether the account sees every organisation's figures (no suppression of small numbers needed). */
    public static boolean seesEveryOrganisation(Account account) {
        return may(account, Permission.READ_EVERY_ORGANISATION);
    }

    /**
     * The organisations whose staff an account may put in a staff file: an organisation lead their own only.
     *
     * @throws Forbidden naming the others when the file holds staff of organisations that are not the lead's
     */
    public static void requireOwnStaff(Account account, Collection<String> staffOrganisations) {
        require(
                account,
                Permission.HANDLE_STAFF_FILES,
                "staff files are personal data: only an analyst or an organisation lead may upload them or plan from them");
        if (may(account, Permission.READ_EVERY_ORGANISATION)) return;
        Set<String> others = new TreeSet<>();
        for (String org : staffOrganisations) if (!org.equalsIgnoreCase(account.orgCode())) others.add(org);
        if (!others.isEmpty()) {
            throw new Forbidden(
                    "staff",
                    "an organisation lead handles only their own organisation's staff (" + account.orgCode()
                            + "); this staff file has staff of " + String.join(", ", others));
        }
    }

    /** Whether the account may plan from a staff file whose people belong to these organisations (null: unknown). */
    public static boolean mayPlanFrom(Account account, Collection<String> staffOrganisations) {
        if (!may(account, Permission.HANDLE_STAFF_FILES)) return false;
        if (may(account, Permission.READ_EVERY_ORGANISATION)) return true;
        return staffOrganisations != null
                && !staffOrganisations.isEmpty()
                && staffOrganisations.stream().allMatch(o -> o.equalsIgnoreCase(account.orgCode()));
    }

    /** Cancel: anyone allowed to cancel runs, or the owner of a mutual-aid plan. */
    public static boolean mayCancel(Account account, String owner, boolean mutualAidPlan) {
        if (may(account, Permission.CANCEL_RUNS)) return true;
        return mutualAidPlan
                && may(account, Permission.HANDLE_STAFF_FILES)
                && account.username().equals(owner);
    }

    /** Delete staff files: whoever may delete any, or the person who uploaded them. */
    public static boolean mayDeleteStaffFiles(Account account, String uploadedBy) {
        if (may(account, Permission.DELETE_STAFF_FILES)) return true;
        return may(account, Permission.HANDLE_STAFF_FILES) && account.username().equals(uploadedBy);
    }

    // ---- plans (docs/web.md, "Plans") ----

    /**
     * Whether the account sees a plan of this ICS: the ICS team (who manage plans) every one; once shared, a viewer
     * every one and an organisation lead those their organisation is a partner of. A draft is the ICS team's only.
     */
    public static boolean seesPlan(Account account, String icb, boolean draft, Collection<String> partners) {
        if (!seesSystem(account, icb)) return false;
        if (may(account, Permission.MANAGE_PLANS)) return true;
        if (draft) return false;
        if (account.role() == AccessRole.ORG_LEAD) return containsIgnoreCase(partners, account.orgCode());
        return true;
    }

    /** @throws Forbidden unless the account manages plans (of an ICS it sees: checked with {@link #seesPlan}) */
    public static void requireManagesPlans(Account account) {
        require(
                account,
                Permission.MANAGE_PLANS,
                "only the ICS team (an analyst or the ICS lead) makes and shares plans; partners approve their part");
    }

    /** @throws Forbidden unless the account publishes plans (the ICS lead; of an ICS it sees: {@link #seesPlan}) */
    public static void requirePublishesPlans(Account account) {
        require(
                account,
                Permission.PUBLISH_PLANS,
                "only the ICS lead publishes a plan; the ICS team makes and shares it, partners approve their part");
    }

    /** Whether the account approves or declines a part of a plan: a partner organisation's lead, for their own. */
    public static boolean decidesFor(Account account, Collection<String> partners) {
        return may(account, Permission.DECIDE_PLANS) && containsIgnoreCase(partners, account.orgCode());
    }

    /** Whether the account comments on a plan: the ICS team, and the lead of a partner organisation. */
    public static boolean commentsOn(Account account, Collection<String> partners) {
        return may(account, Permission.MANAGE_PLANS) || decidesFor(account, partners);
    }

    private static boolean containsIgnoreCase(Collection<String> codes, String code) {
        return code != null && codes.stream().anyMatch(code::equalsIgnoreCase);
    }

    // ---- speak up (docs/speak-up.md) ----
    // Raising a concern, following it with its reference and secret, and the form's choices are public by
    // decision: no account at all (org.skillmix.app.web.speakup.SpeakUpSecurity).

    /**
     * Whether the account reads, answers and moves on a speak-up case about this organisation of this ICS: that
     * organisation's guardian; while it has none ({@code orgHasGuardian} false), the guardian of the ICS's ICB (whose
     * organisation is the ICB's code). Nobody else reads a concern, not an analyst, not an administrator.
     */
    public static boolean answersSpeakUpCase(Account account, String icb, String org, boolean orgHasGuardian) {
        return may(account, Permission.ANSWER_SPEAK_UP_CASES)
                && account.icbCode().equalsIgnoreCase(icb)
                && (account.orgCode().equalsIgnoreCase(org)
                        || !orgHasGuardian && account.orgCode().equalsIgnoreCase(icb));
    }

    /**
     * The ICS whose speak-up themes the account reads: an analyst their own (naming another is refused), an
     * administrator the one they name. Counts only, small ones suppressed; never a case.
     */
    public static String speakUpThemesIcb(Account account, String requestedIcb) {
        require(account, Permission.READ_SPEAK_UP_THEMES, "only an ICS analyst reads the speak-up themes");
        return icbOfRequest(account, requestedIcb);
    }

    /**
     * The ICS a piece of work is for (speak-up themes; an import or discharge study from the published files): the
     * account's own, whatever the request says (naming another is refused); an administrator, who belongs to none,
     * names it.
     */
    public static String icbOfRequest(Account account, String requestedIcb) {
        String asked = blank(requestedIcb) ? null : requestedIcb.trim().toUpperCase(Locale.ROOT);
        if (may(account, Permission.EVERY_SYSTEM)) {
            if (asked == null) throw new Invalid("icb", "name the ICS (its ICB code, such as QOP)");
            return asked;
        }
        requireUsable(account);
        String own = account.icbCode().trim().toUpperCase(Locale.ROOT);
        if (asked != null && !asked.equals(own)) throw new Forbidden("icb", asked + " is another ICS's");
        return own;
    }

    // ---- accounts and the audit log ----

    /**
     * An analyst does not create, appoint, change, disable or reset a Freedom to Speak Up guardian: whoever sets a
     * guardian's password can sign in as the guardian and read every concern of the organisation, and concerns are
     * often about the ICS's own people. The server's administrator does it, and it is audited.
     */
    static final String GUARDIANS_BY_ADMIN =
            "only the administrator creates or manages a Freedom to Speak Up guardian's"
                    + " account: whoever sets its password could read the organisation's concerns";

    /** The same for the ICS lead: whoever sets their password could publish the ICS's plans in their name. */
    static final String ICS_LEADS_BY_ADMIN = "only the administrator appoints or manages the ICS lead's account:"
            + " whoever sets its password could publish the ICS's plans in their name";

    /** Whether the account gives the role to an account: an administrator any, an analyst the ICS's everyday ones. */
    public static boolean mayGive(Account by, AccessRole role) {
        if (!may(by, Permission.MANAGE_ACCOUNTS)) return false;
        if (may(by, Permission.EVERY_SYSTEM)) return true;
        return role != AccessRole.ADMIN && role != AccessRole.GUARDIAN && role != AccessRole.ICS_LEAD;
    }

    /** @throws Forbidden when a role only the administrator gives (guardian, ICS lead) is asked by someone else */
    static void requireGives(Account by, AccessRole role) {
        if (may(by, Permission.EVERY_SYSTEM)) return;
        if (role == AccessRole.GUARDIAN) throw new Forbidden("role", GUARDIANS_BY_ADMIN);
        if (role == AccessRole.ICS_LEAD) throw new Forbidden("role", ICS_LEADS_BY_ADMIN);
    }

    /**
     * The ICS a new account belongs to: the one an administrator names (required), an analyst's own (naming
     * another is refused); an administrator belongs to none, and only an administrator creates one.
     */
    public static String icbOfNewAccount(Account by, AccessRole role, String requestedIcb) {
        String requested = blank(requestedIcb) ? null : requestedIcb.trim().toUpperCase(Locale.ROOT);
        boolean everySystem = may(by, Permission.EVERY_SYSTEM);
        if (role == AccessRole.ADMIN) {
            if (!everySystem) throw new Forbidden("role", "only an administrator can create administrators");
            if (requested != null)
                throw new Invalid("icbCode", "an administrator belongs to no ICS: leave icbCode out");
            return null;
        }
        if (everySystem) {
            if (requested == null) {
                throw new Invalid("icbCode", "give the ICB (ODS code, such as QOP) of the ICS the account works in");
            }
            return requested;
        }
        String own = by.icbCode().trim().toUpperCase(Locale.ROOT);
        if (requested != null && !requested.equals(own)) {
            throw new Forbidden("icbCode", "an analyst creates accounts in their own ICS (" + own + ") only");
        }
        requireGives(by, role);
        return own;
    }

    /** Whether the account lists another account: an administrator every one, an analyst their ICS's. */
    public static boolean seesAccount(Account by, Account other) {
        if (!may(by, Permission.MANAGE_ACCOUNTS)) return false;
        if (may(by, Permission.EVERY_SYSTEM)) return true;
        return other.icbCode() != null && by.icbCode().equalsIgnoreCase(other.icbCode());
    }

    /**
     * Whether the account may manage another (change its role, ICS or organisation, disable or enable it, reset
     * its password): an administrator every account, an analyst their own ICS's accounts but administrators; and
     * nobody their own account (so no one locks themselves out, or raises their own role; their own password they
     * change on the Change password page).
     *
     * @throws Forbidden naming why not
     */
    public static void requireManages(Account by, Account other) {
        require(by, Permission.MANAGE_ACCOUNTS, "only an analyst or an administrator manages accounts");
        if (other.role() == AccessRole.ADMIN && !may(by, Permission.EVERY_SYSTEM)) {
            throw new Forbidden("username", "only an administrator manages administrators");
        }
        if (!seesAccount(by, other))
            throw new Forbidden("username", "account " + other.username() + " is another ICS's");
        if (other.role() == AccessRole.GUARDIAN && !may(by, Permission.EVERY_SYSTEM))
            throw new Forbidden("username", GUARDIANS_BY_ADMIN);
        if (other.role() == AccessRole.ICS_LEAD && !may(by, Permission.EVERY_SYSTEM))
            throw new Forbidden("username", ICS_LEADS_BY_ADMIN);
        if (by.username().equals(other.username())) {
            throw new Forbidden(
                    "username",
                    "you cannot change, disable or reset your own account: change your password on the Change"
                            + " password page, and ask another analyst or an administrator for the rest");
        }
    }

    /** Whether the account reads an audit entry about this ICS (null: the server's own, such as an unknown sign-in). */
    public static boolean seesAuditOf(Account by, String icb) {
        if (!may(by, Permission.READ_AUDIT)) return false;
        if (may(by, Permission.EVERY_SYSTEM)) return true;
        return icb != null && by.icbCode().equalsIgnoreCase(icb);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
