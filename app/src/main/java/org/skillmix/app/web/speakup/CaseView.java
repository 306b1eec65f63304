package org.skillmix.app.web.speakup;

import java.util.List;

/**
 * A case as the person who raised it and the guardian see it: dates only, never who wrote (the guardian's
 * username is kept with each answer and in the audit log, not shown here).
 *
 * @param place the place's name, or null when the person chose not to say
 * @param outcome what came of it, once closed; null before
 */
public record CaseView(
        String reference,
        String icbCode,
        String orgCode,
        String orgName,
        String sector,
        String place,
        Category category,
        String raisedOn,
        CaseStatus status,
        String statusOn,
        String outcome,
        List<MessageView> messages) {

    /** One message: the concern itself (number 1), an answer or a reply. */
    public record MessageView(int number, SpeakUpStore.Author from, String writtenOn, String text) {
        @Override
        public String toString() {
            return "MessageView[" + number + ", " + from + ", " + writtenOn + ", " + Words.count(text) + "]";
        }
    }

    /** Without the words: Spring's request logging writes response bodies with toString(). */
    @Override
    public String toString() {
        return "CaseView[" + reference + ", " + orgCode + ", " + status + ", " + messages.size() + " messages]";
    }

    static CaseView of(SpeakUpStore.StoredCase c, List<SpeakUpStore.Message> messages) {
        return new CaseView(
                c.reference(),
                c.icbCode(),
                c.orgCode(),
                c.orgName(),
                c.sector(),
                c.placeName(),
                c.category(),
                c.raisedOn().toString(),
                c.status(),
                c.statusOn().toString(),
                c.outcome(),
                messages.stream()
                        .map(m -> new MessageView(
                                m.seq(), m.author(), m.writtenOn().toString(), m.body()))
                        .toList());
    }

    public String categoryLabel() {
        return category.label();
    }

    public String statusLabel() {
        return status.label();
    }
}
