package org.skillmix.app.web.api;

import org.springframework.http.HttpStatus;

/** Answered as HTTP CONFLICT: see {@link ApiErrors}. */
public final class Conflict extends ApiException {
    public Conflict(String field, String message) {
        super(HttpStatus.CONFLICT, field, message);
    }
}
