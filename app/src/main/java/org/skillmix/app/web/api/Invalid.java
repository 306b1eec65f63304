package org.skillmix.app.web.api;

import java.util.function.Supplier;
import org.skillmix.usecase.InvalidSetting;
import org.springframework.http.HttpStatus;

/** Answered as HTTP BAD REQUEST: see {@link ApiErrors}. */
public final class Invalid extends ApiException {
    public Invalid(String field, String message) {
        super(HttpStatus.BAD_REQUEST, field, message);
    }

    /**
     * A use case's settings (or a step that checks them), checked: a setting its record refuses is a 400 naming the
     * field, in the record's words. Every web feature asks here, so the command line's exit 2 and the web's 400 say
     * the same.
     */
    public static <T> T unlessRefused(Supplier<T> settings) {
        try {
            return settings.get();
        } catch (InvalidSetting e) {
            throw new Invalid(e.field(), e.getMessage());
        }
    }
}
