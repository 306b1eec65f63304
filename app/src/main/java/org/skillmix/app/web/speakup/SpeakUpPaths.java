package org.skillmix.app.web.speakup;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The speak-up channel's public paths: open to anyone without an account, by decision (docs/speak-up.md). Every
 * other speak-up path (a guardian's cases, the ICS's themes) needs a signed-in account like the rest of the app.
 */
final class SpeakUpPaths {
    static final String FORM = "/speak-up";
    static final String FOLLOW = "/speak-up/follow";
    static final String FOLLOW_REPLY = "/speak-up/follow/reply";
    static final String API_CHOICES = "/api/speak-up/choices";
    static final String API_CONCERNS = "/api/speak-up/concerns";
    static final String API_FOLLOW = "/api/speak-up/follow";
    static final String API_FOLLOW_REPLIES = "/api/speak-up/follow/replies";

    private static final Set<String> PAGES = Set.of(FORM, FOLLOW, FOLLOW_REPLY);
    private static final Set<String> API = Set.of(API_CHOICES, API_CONCERNS, API_FOLLOW, API_FOLLOW_REPLIES);

    /** The anonymous pages and API: no account, no session, nothing identifying kept (AnonymousRequests). */
    static final RequestMatcher PUBLIC = request -> PAGES.contains(path(request)) || API.contains(path(request));

    /** The anonymous API: JSON without cookies or credentials, so no session a forged request could ride. */
    static final RequestMatcher PUBLIC_API = request -> API.contains(path(request));

    private SpeakUpPaths() {}

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
