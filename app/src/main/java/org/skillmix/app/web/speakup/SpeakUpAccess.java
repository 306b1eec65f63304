package org.skillmix.app.web.speakup;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.NotFound;

/**
 * The speak-up channel's access, decided by {@link AccessPolicy} (docs/speak-up.md, "Access"):
 *
 * <ul>
 *   <li>anyone, without an account (public by decision, SpeakUpSecurity): the choices, raising a concern, opening
 *       a case with its reference and secret, replying;
 *   <li>a GUARDIAN: the cases of their own organisation in their own ICS, nothing else (another organisation's case
 *       is "not found", so a reference reveals nothing); the guardian of the ICS's ICB also the cases of every
 *       organisation of their ICS that has no guardian of its own, while it has none ({@link CaseRouting});
 *   <li>an ANALYST: the themes of their own ICS (an administrator names one), never a case;
 *   <li>ORG_LEAD and VIEWER: nothing.
 * </ul>
 */
final class SpeakUpAccess {
    private SpeakUpAccess() {}

    /** A guardian's scope: one organisation of one ICS (for the ICB's guardian, also those without a guardian). */
    record Guardian(String username, String icbCode, String orgCode) {
        /** Whether this is the guardian of the ICS's ICB, who answers for the organisations without one. */
        boolean ofIcb() {
            return orgCode.equalsIgnoreCase(icbCode);
        }
    }

    /** The guardian this account is; refused for every other role. */
    static Guardian guardian(Account account) {
        AccessPolicy.require(
                account,
                Permission.ANSWER_SPEAK_UP_CASES,
                "only a Freedom to Speak Up guardian reads and answers speak-up cases");
        return new Guardian(account.username(), account.icbCode(), account.orgCode());
    }

    /** The case, if this guardian answers it; otherwise not found, whether it exists or not. */
    static SpeakUpStore.StoredCase ownCase(Account account, SpeakUpStore store, CaseRouting routing, String reference) {
        Guardian g = guardian(account);
        String ref = CaseKeys.reference(reference).orElse("");
        return store.find(ref)
                .filter(c -> answers(account, c.icbCode(), c.orgCode(), routing.organisationsWithGuardian(g.icbCode())))
                .orElseThrow(() -> new NotFound(
                        "reference", "no case " + reference + " about " + g.orgCode() + " in " + g.icbCode()));
    }

    /** The cases this guardian answers, newest first: of their ICS, each by the rule that opens one. */
    static List<SpeakUpStore.CaseLine> ownCases(Account account, SpeakUpStore store, CaseRouting routing) {
        Guardian g = guardian(account);
        Set<String> guarded = routing.organisationsWithGuardian(g.icbCode());
        return store.ofIcs(g.icbCode()).stream()
                .filter(c -> answers(account, g.icbCode(), c.orgCode(), guarded))
                .toList();
    }

    private static boolean answers(Account account, String icb, String org, Set<String> guarded) {
        return AccessPolicy.answersSpeakUpCase(account, icb, org, guarded.contains(org.toUpperCase(Locale.ROOT)));
    }
}
