package org.skillmix.app.web.api;

import org.springframework.http.HttpStatus;

/** Answered as HTTP BAD REQUEST: see {@link ApiErrors}. */
public final class Invalid extends ApiException {
    public Invalid(String field, String message) {
        super(HttpStatus.BAD_REQUEST, field, message);
    }
}
