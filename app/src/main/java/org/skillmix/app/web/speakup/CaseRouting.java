package org.skillmix.app.web.speakup;

import java.util.Locale;
import java.util.Set;
import org.skillmix.app.web.account.AccountRepository;
import org.springframework.stereotype.Component;

/**
 * Who reads a concern about an organisation of an ICS (docs/speak-up.md, "Who reads a concern"): the organisation's
 * own Freedom to Speak Up guardian; while it has none, the guardian of the ICS's ICB; while neither is registered,
 * nobody yet, and the case waits for the first of them.
 *
 * <p>Decided each time a case is listed or opened, from the guardians who can sign in then, not stored with the case
 * at submission. Stored routing would leave a case with the ICB's guardian after its organisation appoints one, and
 * a case raised before any guardian was registered with nobody for ever; read each time, a case is always with
 * whoever is its organisation's route now, exactly as a new guardian of an organisation already takes on that
 * organisation's earlier cases. It stays auditable: every list, read and answer is in the audit log under the
 * guardian's name, and an ICB guardian's read of another organisation's case says so (GuardianService).
 */
@Component
public class CaseRouting {
    /** Who reads a concern about an organisation now. */
    public enum Reader {
        /** The organisation's own guardian. */
        ORGANISATION_GUARDIAN,
        /** The guardian of the ICS's ICB: the organisation has none of its own. */
        ICB_GUARDIAN,
        /** Nobody yet: neither the organisation nor the ICB has a guardian; the concern is kept for them. */
        NO_GUARDIAN_YET
    }

    private final AccountRepository accounts;

    public CaseRouting(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The organisations (upper case) of the ICS with a guardian who can sign in, the ICB's code if it has one. */
    Set<String> organisationsWithGuardian(String icbCode) {
        return accounts.organisationsWithGuardian(icbCode);
    }

    /** Who reads a concern about this organisation of this ICS now. */
    public Reader readerOf(String icbCode, String orgCode) {
        Set<String> guarded = organisationsWithGuardian(icbCode);
        if (guarded.contains(orgCode.toUpperCase(Locale.ROOT))) return Reader.ORGANISATION_GUARDIAN;
        if (guarded.contains(icbCode.toUpperCase(Locale.ROOT))) return Reader.ICB_GUARDIAN;
        return Reader.NO_GUARDIAN_YET;
    }
}
