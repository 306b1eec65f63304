package org.skillmix.app.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers when a request ends in an error outside any controller's own handling (Spring's
 * refusals of a page, a refused CSRF token, an unknown path): a problem to an API call or to a client that asks
 * for JSON, the problem page to a browser. It replaces Spring Boot's error page, whose JSON had another shape.
 */
@Controller
public class ErrorPages implements ErrorController {
    private final ErrorAttributes errors;

    public ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(statusOf(request));
        String detail = detailOf(status, request);
        if (Problems.isApi(request) || wantsJson(request)) {
            ProblemDetail problem = Problems.of(status, detail, null, request);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("message", detail);
        return page;
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 ? i : 500;
    }

    /** Spring's own words for its refusals; a plain sentence for the rest, never an exception's internals. */
    private String detailOf(HttpStatusCode status, HttpServletRequest request) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        // A form's field that is not a number (years "2.5"): name it, in the API's words, not just "not valid".
        if (error instanceof MethodArgumentTypeMismatchException mismatch) {
            return "'" + Messages.cut(String.valueOf(mismatch.getValue())) + "' is not a valid " + mismatch.getName();
        }
        return switch (status.value()) {
            case 400 -> "the request is not valid";
            case 401 -> "sign in first";
            case 403 -> "not allowed";
            case 404 -> "no such page";
            case 405 -> "this address does not take that method";
            case 413 -> "the upload is larger than the server accepts";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield status.is5xxServerError()
                        ? "the server could not answer this request; the error is in its log"
                        : known != null ? known.getReasonPhrase() : "the request failed";
            }
        };
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
