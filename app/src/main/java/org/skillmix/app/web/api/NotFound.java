package org.skillmix.app.web.api;

import org.springframework.http.HttpStatus;

/** Answered as HTTP NOT FOUND: see {@link ApiErrors}. */
public final class NotFound extends ApiException {
    public NotFound(String field, String message) {
        super(HttpStatus.NOT_FOUND, field, message);
    }
}
