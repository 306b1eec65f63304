package org.skillmix.app.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.skillmix.app.web.api.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the sign-in form, or HTTP basic credentials) that {@link SignInThrottle} has
 * paused, before any password is checked: the form goes back to the sign-in page saying so, an API call gets
 * 429 with Retry-After and a problem body.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
        Optional<String> basic = basicUsername(request);
        if (!form && basic.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String username = form ? request.getParameter("username") : basic.get();
        Optional<SignInThrottle.Refusal> refusal = throttle.refused(username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, refusal.get().retryAfter().toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?paused");
            return;
        }
        Problems.write(
                response,
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, refusal.get().reason(), "username", request));
    }

    /** The username of HTTP basic credentials, if the request carries any. */
    static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return Optional.empty();
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("");
        }
    }
}
