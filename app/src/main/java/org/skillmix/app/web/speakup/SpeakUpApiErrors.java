package org.skillmix.app.web.speakup;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The speak-up API's own refusals: every problem of a concern at once, and the rate limit's Retry-After. */
@RestControllerAdvice(assignableTypes = {SpeakUpController.class, GuardianController.class})
@Order(0)
class SpeakUpApiErrors {

    /** The usual error fields, and each field's problem. */
    record ProblemsError(
            int status, String error, String message, String field, List<SpeakUpProblems.FieldProblem> problems) {}

    @ExceptionHandler(SpeakUpProblems.class)
    ResponseEntity<ProblemsError> problems(SpeakUpProblems e) {
        HttpStatus s = e.status();
        return ResponseEntity.status(s)
                .body(new ProblemsError(s.value(), s.getReasonPhrase(), e.getMessage(), e.field(), e.problems()));
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemsError> tooMany(TooManyRequests e) {
        HttpStatus s = e.status();
        return ResponseEntity.status(s)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(new ProblemsError(s.value(), s.getReasonPhrase(), e.getMessage(), null, List.of()));
    }
}
