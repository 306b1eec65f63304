package org.skillmix.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken rule is named by a field the reader can find in the request, map keys and list indexes included. */
class RequestValidatorTest {
    record Change(Map<String, @Min(value = 0, message = "at least 0") Double> levels, List<@Min(1) Integer> draws) {}

    record Nested(
            @jakarta.validation.Valid Change change,
            @Min(value = 1, message = "at least 1") int years) {}

    private final RequestValidator validator =
            new RequestValidator(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aMapValueIsNamedByItsKey() {
        assertThatThrownBy(() -> validator.check(new Change(Map.of("flex", -1.0), List.of())))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.getMessage()).isEqualTo("levels[flex]: at least 0"));
    }

    @Test
    void aListElementIsNamedByItsIndexAndANestedFieldByItsOwnName() {
        assertThatThrownBy(() -> validator.check(new Change(Map.of(), List.of(3, 0))))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.getMessage()).startsWith("draws[1]: "));
        assertThatThrownBy(() -> validator.check(new Nested(new Change(Map.of(), List.of()), 0)))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.getMessage()).isEqualTo("years: at least 1"));
    }
}
