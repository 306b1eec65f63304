package org.skillmix.app.web.api;

import java.util.Map;
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

    /** Further members of the problem body (e.g. every problem of a rejected upload); none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
