package org.skillmix.app.web.api;

import org.springframework.http.HttpStatus;

/** Answered as HTTP FORBIDDEN: see {@link ApiErrors}. */
public final class Forbidden extends ApiException {
    public Forbidden(String field, String message) {
        super(HttpStatus.FORBIDDEN, field, message);
    }
}
