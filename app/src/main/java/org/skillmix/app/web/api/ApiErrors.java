package org.skillmix.app.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every API error as JSON {status, error, message, field}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(1)
public class ApiErrors {

    /** A rejected upload: the usual fields plus every problem, so a script can show them all. */
    public record UploadError(
            int status,
            String error,
            String message,
            String field,
            java.util.List<org.skillmix.app.web.system.UploadProblems.ProblemView> problems) {}

    @ExceptionHandler(org.skillmix.app.web.system.UploadProblems.class)
    ResponseEntity<UploadError> rejectedUpload(org.skillmix.app.web.system.UploadProblems e) {
        return ResponseEntity.status(e.status())
                .body(new UploadError(
                        e.status().value(), e.status().getReasonPhrase(), e.getMessage(), e.field(), e.problems()));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return body(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "required parameter '" + e.getParameterName() + "' is missing",
                e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "required part '" + e.getRequestPartName() + "' is missing",
                e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName(), e.getName());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        var first = e.getBindingResult().getFieldError();
        return body(
                HttpStatus.BAD_REQUEST,
                first != null ? first.getDefaultMessage() : "invalid request",
                first != null ? first.getField() : null);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this endpoint", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is larger than the server accepts", "file");
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, field));
    }

    /** Used by the pages: is this request an API call (JSON errors) or a page (HTML errors)? */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
