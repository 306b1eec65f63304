package org.skillmix.app.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every API error as a problem (see {@link Problems}), whichever controller or none (an upload too large is
 * refused before any controller is chosen). A page's errors are pages: the application's refusals show the
 * problem page here, and anything else a page meets is passed on (rethrown) to Spring's resolvers and so to
 * {@link ErrorPages}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The application's refusals: a problem to an API call, the problem page (same message) to a page. */
    @ExceptionHandler(ApiException.class)
    Object refused(ApiException e, HttpServletRequest request) {
        if (Problems.isApi(request)) return body(Problems.of(e, request));
        if (e.redirect() != null) return new ModelAndView("redirect:" + e.redirect());
        ModelAndView page = new ModelAndView("problem", e.status());
        page.addObject("status", e.status().value());
        page.addObject("message", e.getMessage());
        return page;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request)
            throws AccessDeniedException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), null, request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(
                HttpStatus.BAD_REQUEST,
                "required parameter '" + e.getParameterName() + "' is missing",
                e.getParameterName(),
                request));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request)
            throws MissingServletRequestPartException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(
                HttpStatus.BAD_REQUEST,
                "required part '" + e.getRequestPartName() + "' is missing",
                e.getRequestPartName(),
                request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(
                HttpStatus.BAD_REQUEST,
                "'" + Messages.cut(String.valueOf(e.getValue())) + "' is not a valid " + e.getName(),
                e.getName(),
                request));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
            throws MethodArgumentNotValidException {
        if (!Problems.isApi(request)) throw e;
        var first = e.getBindingResult().getFieldError();
        return body(Problems.of(
                HttpStatus.BAD_REQUEST,
                first != null ? first.getField() + ": " + first.getDefaultMessage() : "invalid request",
                first != null ? first.getField() : null,
                request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object violated(ConstraintViolationException e, HttpServletRequest request) {
        Invalid first = RequestValidator.first(e.getConstraintViolations());
        if (first == null) first = new Invalid(null, "invalid request");
        return refused(first, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(
                HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this endpoint", null, request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        if (!Problems.isApi(request)) throw e;
        return body(Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than the server accepts (" + Messages.megabytes(e.getMaxUploadSize()) + ")",
                "file",
                request));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request)
            throws MultipartException {
        if (!Problems.isApi(request)) throw e;
        return body(
                Problems.of(HttpStatus.BAD_REQUEST, "the request is not a readable multipart upload", "file", request));
    }

    /**
     * Anything else: Spring's own refusals (405, 406, 415, an unknown path ...) with their status and detail;
     * an exception of the application's own making as a 500 that says no more than that (the log has the rest),
     * so no internal text reaches a caller.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        if (!Problems.isApi(request)) throw e;
        if (e instanceof ErrorResponse error) {
            return body(Problems.of(error.getStatusCode(), error.getBody().getDetail(), null, request));
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return body(Problems.of(annotated.code(), annotated.reason(), null, request));
        }
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return body(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "the server could not answer this request; the error is in its log",
                null,
                request));
    }

    private static ResponseEntity<ProblemDetail> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
