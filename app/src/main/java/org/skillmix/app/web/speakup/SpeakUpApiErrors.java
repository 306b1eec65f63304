package org.skillmix.app.web.speakup;

import jakarta.servlet.http.HttpServletRequest;
import org.skillmix.app.web.api.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The speak-up API's rate limit: the problem every refusal gets, with the Retry-After header beside it. */
@RestControllerAdvice(assignableTypes = SpeakUpController.class)
@Order(0)
class SpeakUpApiErrors {

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests e, HttpServletRequest request) {
        return ResponseEntity.status(e.status())
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(e, request));
    }
}
