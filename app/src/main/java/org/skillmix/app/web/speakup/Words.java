package org.skillmix.app.web.speakup;

/**
 * How the speak-up records describe their words and secrets in toString(): by length only. Spring's request
 * logging (DEBUG and TRACE) writes request and response bodies with toString(), and an exception's message may
 * quote a record, so a concern's words, an answer or a secret must never be in one.
 */
final class Words {
    private Words() {}

    static String count(String text) {
        return text == null ? "no text" : text.length() + " characters";
    }
}
