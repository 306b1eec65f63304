package org.skillmix.app.web.api;

import org.springframework.http.HttpStatus;

/** A request the application refuses, with the status and field the API answers with. */
public abstract class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    protected ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
