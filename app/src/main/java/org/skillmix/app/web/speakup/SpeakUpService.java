package org.skillmix.app.web.speakup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.speakup.SpeakUpProblems.FieldProblem;
import org.skillmix.app.web.time.PageTimes;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The anonymous side of the speak-up channel (public by decision, SpeakUpAccess): raise a concern, open it with
 * its reference and secret, reply. Nothing here knows or keeps who is asking: the rate limiter's key is an opaque
 * daily hash, and none of these actions is written to the audit log, whose timestamps would date a concern to
 * the second (the guardian's reads and answers are).
 */
@Service
public class SpeakUpService {
    /** The longest concern, reply or answer: about four pages of text. */
    static final int MAX_TEXT = 10_000;

    private final SpeakUpStore store;
    private final SpeakUpOrganisations organisations;
    private final CaseRouting routing;
    private final AnonymousRateLimit limit;
    private final Clock clock;

    @Autowired
    public SpeakUpService(
            SpeakUpStore store, SpeakUpOrganisations organisations, CaseRouting routing, AnonymousRateLimit limit) {
        // Dates are England's: a concern raised at 00:30 in June is that day's, not the day before in UTC.
        this(store, organisations, routing, limit, Clock.system(PageTimes.ENGLAND));
    }

    SpeakUpService(
            SpeakUpStore store,
            SpeakUpOrganisations organisations,
            CaseRouting routing,
            AnonymousRateLimit limit,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.routing = routing;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * A concern as typed in the form or sent to the API.
     *
     * @param placeCode a place of the ICS, or blank for "prefer not to say"
     */
    public record NewConcern(String icbCode, String orgCode, String placeCode, String category, String text) {
        /** Without the words: Spring's request logging writes request bodies with toString(). */
        @Override
        public String toString() {
            return "NewConcern[" + icbCode + " " + orgCode + ", " + category + ", " + Words.count(text) + "]";
        }
    }

    /**
     * What the person who raised the concern is shown once: the secret is not kept and cannot be shown again.
     *
     * @param readBy who reads the concern as things stand when it is raised (CaseRouting): the organisation's
     *     guardian, the guardian of the ICS's ICB, or nobody yet (the concern is kept for the first guardian registered)
     * @param icbName the ICS's ICB by name, whose guardian reads concerns about organisations without one
     */
    public record Raised(
            String reference,
            String secret,
            String orgCode,
            String orgName,
            String raisedOn,
            CaseRouting.Reader readBy,
            String icbName) {
        /** Without the secret: Spring's request logging writes response bodies with toString(). */
        @Override
        public String toString() {
            return "Raised[reference=" + reference + ", secret not shown, " + orgCode + ", " + raisedOn + ", " + readBy
                    + "]";
        }
    }

    /** Every choice the form offers, for the API (GET /api/speak-up/choices). */
    public record Choices(List<CategoryChoice> categories, List<SpeakUpOrganisations.Ics> systems) {}

    public record CategoryChoice(String code, String label) {}

    public Choices choices() {
        return new Choices(
                Arrays.stream(Category.values())
                        .map(c -> new CategoryChoice(c.name(), c.label()))
                        .toList(),
                organisations.all());
    }

    /** Checks the concern whole, then stores it: every problem at once, and nothing stored if there is one. */
    public Raised raise(String rateKey, NewConcern concern) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<SpeakUpOrganisations.Ics> ics = Optional.empty();
        Organisation org = null;
        Place place = null;
        String icbCode = trimmed(concern.icbCode());
        String orgCode = trimmed(concern.orgCode());
        if (orgCode == null) {
            problems.add(new FieldProblem("organisation", "choose the organisation the concern is about"));
        } else if (icbCode == null) {
            problems.add(
                    new FieldProblem("organisation", "choose the organisation from the list (its ICS is missing)"));
        } else {
            ics = organisations.ics(icbCode);
            if (ics.isEmpty()) {
                problems.add(new FieldProblem(
                        "organisation", "there is no integrated care system " + icbCode + " on this server"));
            } else {
                org = ics.get().organisation(orgCode).orElse(null);
                if (org == null) {
                    problems.add(new FieldProblem(
                            "organisation",
                            "there is no organisation " + orgCode + " in "
                                    + ics.get().icbName() + "; choose one from the list"));
                }
            }
        }
        String placeCode = trimmed(concern.placeCode());
        if (placeCode != null && ics.isPresent()) {
            place = ics.get().place(placeCode).orElse(null);
            if (place == null) {
                problems.add(new FieldProblem(
                        "place",
                        "there is no place " + placeCode + " in " + ics.get().icbName()
                                + "; choose one from the list, or \"prefer not to say\""));
            }
        }
        Category category = Category.fromCode(concern.category()).orElse(null);
        if (category == null) {
            problems.add(new FieldProblem(
                    "category",
                    concern.category() == null || concern.category().isBlank()
                            ? "choose what the concern is about"
                            : "\"" + cut(concern.category()) + "\" is not a category; choose one from the list"));
        }
        String text = checkText("text", concern.text(), "write what happened or what worries you", problems);
        if (!problems.isEmpty()) throw new SpeakUpProblems(problems);

        limit.take(AnonymousRateLimit.Action.RAISE, rateKey).ifPresent(wait -> {
            throw new TooManyRequests("concerns", wait);
        });
        LocalDate today = LocalDate.now(clock);
        while (true) {
            String reference = CaseKeys.newReference();
            String secret = CaseKeys.newSecret();
            boolean stored = store.insert(new SpeakUpStore.NewCase(
                    reference,
                    CaseKeys.hash(reference, secret),
                    ics.get().icbCode(),
                    org.code(),
                    org.name(),
                    org.sector().code(),
                    place == null ? null : place.code(),
                    place == null ? null : place.name(),
                    category,
                    today,
                    text));
            // 60 random bits: a reference already taken is a one-in-a-quintillion event; draw another.
            if (stored) {
                return new Raised(
                        reference,
                        secret,
                        org.code(),
                        org.name(),
                        today.toString(),
                        routing.readerOf(ics.get().icbCode(), org.code()),
                        ics.get().icbName());
            }
        }
    }

    /** The case this reference and secret open. A wrong reference and a wrong secret are told apart by nothing. */
    public CaseView open(String rateKey, String reference, String secret) {
        limit.take(AnonymousRateLimit.Action.FOLLOW, rateKey).ifPresent(wait -> {
            throw new TooManyRequests("attempts to open a case", wait);
        });
        SpeakUpStore.StoredCase c = opened(reference, secret);
        return CaseView.of(c, store.messages(c.reference()));
    }

    /** Adds the person's reply to their case, and returns the case as it now stands. */
    public CaseView reply(String rateKey, String reference, String secret, String text) {
        limit.take(AnonymousRateLimit.Action.FOLLOW, rateKey).ifPresent(wait -> {
            throw new TooManyRequests("attempts to open a case", wait);
        });
        SpeakUpStore.StoredCase c = opened(reference, secret);
        List<FieldProblem> problems = new ArrayList<>();
        String body = checkText("text", text, "write your reply", problems);
        if (!problems.isEmpty()) throw new SpeakUpProblems(problems);
        store.addMessage(c.reference(), SpeakUpStore.Author.STAFF, null, LocalDate.now(clock), body);
        return CaseView.of(c, store.messages(c.reference()));
    }

    private SpeakUpStore.StoredCase opened(String reference, String secret) {
        Optional<String> ref = CaseKeys.reference(reference);
        Optional<String> key = CaseKeys.secret(secret);
        if (ref.isEmpty() || key.isEmpty()) {
            throw new Invalid(
                    ref.isEmpty() ? "reference" : "secret",
                    "a reference is 12 letters and digits (e.g. K7Q2-M9XP-4TDA) and a secret 24 (in six groups of"
                            + " four); check what you wrote down");
        }
        Optional<SpeakUpStore.StoredCase> found = store.find(ref.get());
        byte[] storedHash = found.map(SpeakUpStore.StoredCase::secretHash).orElse(null);
        if (!CaseKeys.opens(storedHash, ref.get(), key.get())) {
            throw new NotFound(null, "that reference and secret do not open a case: check both and try again");
        }
        return found.get();
    }

    /** The text trimmed, or a problem: empty, too long, or holding a character PostgreSQL cannot store. */
    static String checkText(String field, String text, String whenEmpty, List<FieldProblem> problems) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            problems.add(new FieldProblem(field, whenEmpty));
        } else if (t.length() > MAX_TEXT) {
            problems.add(new FieldProblem(
                    field,
                    String.format(
                            java.util.Locale.UK,
                            "at most %,d characters; this has %,d: shorten it, or send the rest as a reply",
                            MAX_TEXT,
                            t.length())));
        } else if (t.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field, "the text holds a NUL character, which cannot be stored; remove it"));
        } else {
            return t;
        }
        return null;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A value quoted back to the person, cut so a long one does not fill the page. */
    private static String cut(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
