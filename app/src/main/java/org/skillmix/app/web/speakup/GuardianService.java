package org.skillmix.app.web.speakup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.speakup.SpeakUpProblems.FieldProblem;
import org.skillmix.app.web.time.PageTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A Freedom to Speak Up guardian's work: their organisation's cases (for the ICB's guardian, also those of the ICS's
 * organisations without a guardian: CaseRouting), read, answered and moved on. Every list, read, answer and change
 * of status is in the audit log with the guardian's name and the case's reference, and a case the ICB's guardian
 * answers for another organisation says so; the audit log never holds a word of a concern, nor anything of the
 * person who raised it.
 */
@Service
public class GuardianService {
    /** The longest outcome a closed case records. */
    static final int MAX_OUTCOME = 2_000;

    private final SpeakUpStore store;
    private final CaseRouting routing;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public GuardianService(SpeakUpStore store, CaseRouting routing, AuditLog audit) {
        this(store, routing, audit, Clock.system(PageTimes.ENGLAND));
    }

    GuardianService(SpeakUpStore store, CaseRouting routing, AuditLog audit, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cases the guardian answers, newest first: their organisation's, and the ICB's guardian's others. */
    public List<SpeakUpStore.CaseLine> cases(Account account) {
        SpeakUpAccess.Guardian g = SpeakUpAccess.guardian(account);
        List<SpeakUpStore.CaseLine> lines = SpeakUpAccess.ownCases(account, store, routing);
        long others = lines.stream()
                .filter(c -> !c.orgCode().equalsIgnoreCase(g.orgCode()))
                .count();
        audit.record(
                g.icbCode(),
                g.username(),
                "speakup.cases.list",
                g.icbCode() + " " + g.orgCode() + ": " + lines.size() + " cases"
                        + (others == 0 ? "" : ", " + others + " of organisations without a guardian of their own"));
        return lines;
    }

    public CaseView read(Account account, String reference) {
        SpeakUpStore.StoredCase c = SpeakUpAccess.ownCase(account, store, routing, reference);
        audit.record(c.icbCode(), account.username(), "speakup.case.read", c.reference() + forAnother(account, c));
        return CaseView.of(c, store.messages(c.reference()));
    }

    public CaseView answer(Account account, String reference, String text) {
        SpeakUpStore.StoredCase c = SpeakUpAccess.ownCase(account, store, routing, reference);
        List<FieldProblem> problems = new ArrayList<>();
        String body = SpeakUpService.checkText("text", text, "write your answer", problems);
        if (!problems.isEmpty()) throw new SpeakUpProblems(problems);
        store.addMessage(c.reference(), SpeakUpStore.Author.GUARDIAN, account.username(), LocalDate.now(clock), body);
        audit.record(c.icbCode(), account.username(), "speakup.case.answer", c.reference() + forAnother(account, c));
        return CaseView.of(c, store.messages(c.reference()));
    }

    /** Moves the case to a status; closing needs an outcome, and any other status clears it. */
    public CaseView setStatus(Account account, String reference, String status, String outcome) {
        SpeakUpStore.StoredCase c = SpeakUpAccess.ownCase(account, store, routing, reference);
        List<FieldProblem> problems = new ArrayList<>();
        CaseStatus to = CaseStatus.fromCode(status).orElse(null);
        if (to == null) {
            problems.add(new FieldProblem("status", "choose received, in progress or closed"));
        }
        String kept = null;
        if (to == CaseStatus.CLOSED) {
            String o = outcome == null ? "" : outcome.strip();
            if (o.isEmpty()) {
                problems.add(new FieldProblem("outcome", "a closed case needs its outcome: what came of the concern"));
            } else if (o.length() > MAX_OUTCOME) {
                problems.add(
                        new FieldProblem("outcome", "at most " + MAX_OUTCOME + " characters; this has " + o.length()));
            } else if (o.indexOf('\0') >= 0) {
                problems.add(new FieldProblem("outcome", "the outcome holds a NUL character; remove it"));
            } else {
                kept = o;
            }
        }
        if (!problems.isEmpty()) throw new SpeakUpProblems(problems);
        store.setStatus(c.reference(), to, kept, LocalDate.now(clock));
        audit.record(
                c.icbCode(),
                account.username(),
                "speakup.case.status",
                c.reference() + " " + c.status() + " -> " + to + forAnother(account, c));
        return CaseView.of(store.find(c.reference()).orElseThrow(), store.messages(c.reference()));
    }

    /**
     * For the audit log, when the ICB's guardian acts on another organisation's case: why they could (the routing is
     * decided when a case is read, CaseRouting), so the log shows it as it stood then. Nothing for their own.
     */
    private static String forAnother(Account account, SpeakUpStore.StoredCase c) {
        return c.orgCode().equalsIgnoreCase(account.orgCode())
                ? ""
                : " (" + c.orgCode() + ": no guardian of its own, so the ICB's guardian)";
    }
}
