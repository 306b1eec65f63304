package org.skillmix.app.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a request record against its Bean Validation constraints (the rules written on the record itself), so
 * the API and the pages, which both hand the record to a service, are held to the same rules in one place.
 */
@Component
public class RequestValidator {
    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** @throws Invalid naming the field of the first broken rule (in field order, so always the same one) */
    public <T> T check(T request) {
        if (request == null) throw new Invalid(null, "the request has no body");
        Invalid first = first(validator.validate(request));
        if (first != null) throw first;
        return request;
    }

    static Invalid first(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .findFirst()
                .map(v -> {
                    String field = leaf(v.getPropertyPath().toString());
                    return new Invalid(field, field + ": " + v.getMessage());
                })
                .orElse(null);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
