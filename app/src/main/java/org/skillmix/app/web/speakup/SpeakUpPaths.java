package org.skillmix.app.web.speakup;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The speak-up channel's paths. Everything under /speak-up and /api/speak-up is public, by decision
 * (docs/speak-up.md), and treated as anonymous (AnonymousRequests, SpeakUpSecurity), a mistyped address included,
 * except the signed-in routes: a guardian's cases and the ICS's themes, which need an account like the rest of the
 * application and whose services decide by role (SpeakUpAccess).
 */
final class SpeakUpPaths {
    static final String FORM = "/speak-up";
    static final String FOLLOW = "/speak-up/follow";
    static final String FOLLOW_REPLY = "/speak-up/follow/reply";
    static final String API_CHOICES = "/api/speak-up/choices";
    static final String API_CONCERNS = "/api/speak-up/concerns";
    static final String API_FOLLOW = "/api/speak-up/follow";
    static final String API_FOLLOW_REPLIES = "/api/speak-up/follow/replies";

    /** The anonymous pages and API: no account, no session, nothing identifying kept. */
    static final RequestMatcher PUBLIC = request -> {
        String path = path(request);
        boolean speakUp =
                path.equals("/speak-up") || path.startsWith("/speak-up/") || path.startsWith("/api/speak-up/");
        return speakUp && !signedIn(path);
    };

    /** The anonymous API: JSON without cookies or credentials, so no session a forged request could ride. */
    static final RequestMatcher PUBLIC_API =
            request -> PUBLIC.matches(request) && path(request).startsWith("/api/");

    private SpeakUpPaths() {}

    private static boolean signedIn(String path) {
        for (String prefix : new String[] {"/speak-up/", "/api/speak-up/"}) {
            if (!path.startsWith(prefix)) continue;
            String rest = path.substring(prefix.length());
            return rest.equals("cases") || rest.startsWith("cases/") || rest.equals("themes");
        }
        return false;
    }

    /**
     * The path as the dispatcher matches it: decoded and normalised (the servlet path, and any path info), not the
     * raw request URI. On the raw URI /api/speak%2Dup/concerns was not a speak-up path, so it passed the anonymising
     * filter and the public chain by, yet Spring MVC decoded it and raised the concern, with the caller's address,
     * browser and session in view.
     */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty()
                ? request.getRequestURI().substring(request.getContextPath().length())
                : path;
    }
}
