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

    /**
     * Where a page should send the browser instead of showing the problem (such as the page that lifts the
     * refusal), or null to show it; an API call always gets the problem.
     */
    public String redirect() {
        return null;
    }

    /** Further members of the problem body (e.g. every problem of a rejected upload); none by default. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
