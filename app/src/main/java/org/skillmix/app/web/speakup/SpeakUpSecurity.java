package org.skillmix.app.web.speakup;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The speak-up channel's public paths, public by decision (docs/speak-up.md): their own security filter chain,
 * ahead of the application's, in which nobody is signed in (the session is neither read nor made, so a guardian
 * raising a concern from a signed-in browser is as anonymous as anyone), CSRF tokens stay on for the form (kept
 * in a cookie, not a session; the JSON API, which no browser session can ride, needs none), and pages send no
 * Referer onward. The guardian's and the ICS's speak-up paths are not matched here: the application's chain asks for a signed-in account, and the services decide by role.
 */
@Configuration
public class SpeakUpSecurity {
    /** The form's CSRF token: a random value in a cookie the browser sends back with the form (double submit). */
    static final String CSRF_COOKIE = "SPEAK-UP-CSRF";

    /**
     * The anonymous pages load no script at all and only this server's style sheet; they post forms only here and
     * are never framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain speakUpPublic(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        http.securityMatcher(SpeakUpPaths.PUBLIC)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(SpeakUpPaths.PUBLIC_API))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Ahead of every other filter, Spring Security's included, so none of them sees who is asking. */
    @Bean
    FilterRegistrationBean<AnonymousRequests> anonymousRequests(AnonymousRateLimit limit) {
        FilterRegistrationBean<AnonymousRequests> registration =
                new FilterRegistrationBean<>(new AnonymousRequests(limit, CSRF_COOKIE));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        // Every path, since an error page is dispatched to /error: the filter itself picks the speak-up requests.
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
