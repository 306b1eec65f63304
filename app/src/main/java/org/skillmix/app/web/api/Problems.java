package org.skillmix.app.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every API error: an RFC 9457 problem ({@link ProblemDetail}: type, title, status, detail,
 * instance) with the field it concerns ({@code field}, or null). {@code error} (the title) and {@code message}
 * (the detail) repeat the members of the body the API gave before version 0.1, for scripts written against it.
 */
public final class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail, String field, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known != null ? known.getReasonPhrase() : "Error";
        problem.setTitle(title);
        if (request != null) {
            try {
                problem.setInstance(URI.create(pathOf(request)));
            } catch (IllegalArgumentException notAUri) {
                // a path the client sent raw: the problem is still answered, without the instance
            }
        }
        problem.setProperty("field", field);
        problem.setProperty("error", title);
        problem.setProperty("message", detail);
        return problem;
    }

    public static ProblemDetail of(ApiException e, HttpServletRequest request) {
        ProblemDetail problem = of(e.status(), e.getMessage(), e.field(), request);
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem straight to the response: for filters and security handlers, which run before MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(asMap(problem)));
    }

    /** The problem as the JSON members it is written with. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null)
            body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) body.putAll(problem.getProperties());
        return body;
    }

    /** Whether the request is an API call or the API's description (problem JSON), not a page (an HTML page). */
    public static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith("/api/") || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
    }

    private static String pathOf(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
