package org.skillmix.app.web.speakup;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first thing a public speak-up request meets (registered ahead of every other filter, SpeakUpSecurity):
 * it takes the rate limiter's key from the network address, marks the request so the access log leaves it out
 * ({@code server.tomcat.accesslog.condition-unless}), and hands on a request from which the address, the browser,
 * any forwarding headers and any session are gone, so nothing after it (Spring Security, Spring MVC's request
 * logging, error pages, exception logs) can see or log them. An error page for such a request (a dispatch to
 * /error, which the container makes with the original request) is handed the same anonymous request.
 */
public class AnonymousRequests implements Filter {
    /** The request attribute the access log's condition-unless names (application.properties). */
    public static final String NOT_LOGGED = "skillmix.anonymous";

    static final String RATE_KEY = AnonymousRequests.class.getName() + ".rateKey";
    /** Reported instead of the real address to anything that asks. */
    static final String NO_ADDRESS = "0.0.0.0";

    /** Headers that name a person, a device or a network; everything else (content type, CSRF token) is kept. */
    static final Set<String> IDENTIFYING = Set.of(
            "user-agent",
            "referer",
            "from",
            "forwarded",
            "x-forwarded-for",
            "x-forwarded-host",
            "x-real-ip",
            "x-client-ip",
            "true-client-ip",
            "cf-connecting-ip",
            "via",
            "authorization",
            "sec-ch-ua",
            "sec-ch-ua-platform",
            "sec-ch-ua-mobile",
            "cookie");

    private final AnonymousRateLimit limit;
    private final String csrfCookie;

    public AnonymousRequests(AnonymousRateLimit limit, String csrfCookie) {
        this.limit = limit;
        this.csrfCookie = csrfCookie;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean anonymous = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(NOT_LOGGED) != null
                : SpeakUpPaths.PUBLIC.matches(request);
        if (!anonymous || request instanceof Anonymous) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getAttribute(RATE_KEY) == null) {
            request.setAttribute(NOT_LOGGED, Boolean.TRUE);
            request.setAttribute(RATE_KEY, limit.keyOf(request.getRemoteAddr()));
        }
        chain.doFilter(new Anonymous(request, csrfCookie), response);
    }

    /** The limiter's key this filter put on the request ("unknown" if it did not run: all such share one bucket). */
    static String rateKey(HttpServletRequest request) {
        Object key = request.getAttribute(RATE_KEY);
        return key instanceof String s ? s : "unknown";
    }

    /** The request as the rest of the application sees it: no address, no identifying header, no session. */
    static final class Anonymous extends HttpServletRequestWrapper {
        private final String csrfCookie;

        Anonymous(HttpServletRequest request, String csrfCookie) {
            super(request);
            this.csrfCookie = csrfCookie;
        }

        @Override
        public String getRemoteAddr() {
            return NO_ADDRESS;
        }

        @Override
        public String getRemoteHost() {
            return NO_ADDRESS;
        }

        @Override
        public int getRemotePort() {
            return 0;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !hidden(n))
                    .toList();
            return Collections.enumeration(names);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public int getIntHeader(String name) {
            return hidden(name) ? -1 : super.getIntHeader(name);
        }

        /** Only the speak-up form's CSRF cookie: a signed-in session cookie in the same browser is not seen. */
        @Override
        public Cookie[] getCookies() {
            Cookie[] all = super.getCookies();
            if (all == null) return null;
            Cookie[] kept = Arrays.stream(all)
                    .filter(c -> c.getName().equals(csrfCookie))
                    .toArray(Cookie[]::new);
            return kept.length == 0 ? null : kept;
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        /** No session on the anonymous pages: none is looked up (it could be a signed-in one) and none is made. */
        @Override
        public HttpSession getSession(boolean create) {
            if (create) throw new IllegalStateException("the anonymous speak-up pages keep no session");
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        private static boolean hidden(String name) {
            return name != null && IDENTIFYING.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
