package org.skillmix.app.web.speakup;

import java.time.Duration;
import org.skillmix.app.web.api.ApiException;
import org.springframework.http.HttpStatus;

/** A network over its speak-up rate limit (AnonymousRateLimit): nothing was stored. */
public final class TooManyRequests extends ApiException {
    private final Duration retryAfter;

    TooManyRequests(String what, Duration retryAfter) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                null,
                "too many " + what + " from this network in the last hour: nothing was stored; try again in "
                        + minutes(retryAfter)
                        + ", or speak to your organisation's Freedom to Speak Up guardian directly");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, (d.toSeconds() + 59) / 60);
        return m == 1 ? "a minute" : m + " minutes";
    }
}
