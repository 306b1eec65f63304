package org.skillmix.app.web.speakup;

import org.skillmix.app.web.account.AccessRole;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;

/**
 * Who may do what in the speak-up channel, in one place (docs/speak-up.md, "Access"):
 *
 * <ul>
 *   <li>anyone, without an account (public by decision): the choices, raising a concern, opening a case with its
 *       reference and secret, replying;
 *   <li>a GUARDIAN: the cases of their own organisation in their own ICS, nothing else (another organisation's case
 *       is "not found", so a reference reveals nothing);
 *   <li>an ANALYST: the themes of their own ICS (an analyst of every ICS names one), never a case;
 *   <li>ORG_LEAD and VIEWER: nothing.
 * </ul>
 */
final class SpeakUpAccess {
    private SpeakUpAccess() {}

    /** A guardian's scope: one organisation of one ICS. */
    record Guardian(String username, String icbCode, String orgCode) {}

    /** The guardian this account is; refused for every other role. */
    static Guardian guardian(Account account) {
        if (account.role() != AccessRole.GUARDIAN || account.icbCode() == null || account.orgCode() == null) {
            throw new Forbidden(null, "only a Freedom to Speak Up guardian reads and answers speak-up cases");
        }
        return new Guardian(account.username(), account.icbCode(), account.orgCode());
    }

    /** The case, if it is about the guardian's own organisation; otherwise not found, whether it exists or not. */
    static SpeakUpStore.StoredCase ownCase(Guardian guardian, SpeakUpStore store, String reference) {
        String ref = CaseKeys.reference(reference).orElse("");
        return store.find(ref)
                .filter(c -> c.icbCode().equalsIgnoreCase(guardian.icbCode())
                        && c.orgCode().equalsIgnoreCase(guardian.orgCode()))
                .orElseThrow(() -> new NotFound(
                        "reference",
                        "no case " + reference + " about " + guardian.orgCode() + " in " + guardian.icbCode()));
    }

    /**
     * The ICS whose themes this account may read: an analyst's own, or for an analyst of every ICS the one asked for.
     */
    static String themesIcb(Account account, String icbCode) {
        if (account.role() != AccessRole.ANALYST) {
            throw new Forbidden(null, "only an ICS analyst reads the speak-up themes");
        }
        String asked =
                icbCode == null || icbCode.isBlank() ? null : icbCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (account.icbCode() == null) {
            if (asked == null) throw new Invalid("icb", "name the ICS (its ICB code, e.g. QOP)");
            return asked;
        }
        if (asked != null && !asked.equalsIgnoreCase(account.icbCode())) {
            throw new Forbidden("icb", asked + " is another ICS's");
        }
        return account.icbCode();
    }
}
