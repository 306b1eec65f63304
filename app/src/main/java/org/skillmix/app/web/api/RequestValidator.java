package org.skillmix.app.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
                    String field = field(v.getPropertyPath());
                    return new Invalid(field, field + ": " + v.getMessage());
                })
                .orElse(null);
    }

    /**
     * The field a reader can find in the request: the last property, with the key of the map entry or the index
     * of the list element it is in (levels[flex]), not Bean Validation's container node ("&lt;map value&gt;").
     */
    static String field(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                field = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && field != null) {
                if (node.getKey() != null) field += "[" + node.getKey() + "]";
                else if (node.getIndex() != null) field += "[" + node.getIndex() + "]";
            }
        }
        return field != null ? field : path.toString();
    }
}
