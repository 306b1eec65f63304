package org.skillmix.app.web.account;

import jakarta.servlet.http.HttpServletRequest;
import org.skillmix.app.web.api.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form sign-in for the pages, HTTP basic for scripts calling the API, the sign-in throttle, and the headers
 * every answer carries. Who may see what is decided in {@link AccessPolicy}, not here: this only requires a
 * signed-in user for everything but the sign-in page and the static files.
 */
@Configuration
public class SecurityConfig {

    /**
     * What the pages may load: their own scripts, styles and images only (htmx, ECharts and the NHS.UK frontend
     * are served from the jar), nothing inline but styles (ECharts writes style attributes into its tooltips), no plug-ins,
     * no framing, forms only to this server.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** API calls: answered with 401, never redirected to the sign-in page. */
    static final RequestMatcher API = Problems::isApi;

    /**
     * A script authenticating every request with basic auth has no session a forged form could ride on,
     * so CSRF tokens are not asked of it, nor of an API call with no session at all (it is then refused as
     * anonymous, 401, rather than for its token); a browser session calling the API still needs one.
     */
    static final RequestMatcher API_WITHOUT_SESSION =
            request -> API.matches(request) && (hasBasicAuth(request) || request.getRequestedSessionId() == null);

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        // The API description is behind sign-in: it is for the analysts who script against this server, and an
        // anonymous visitor has no use for a map of the endpoints (docs/web.md, "The REST API").
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/vendor/**", "/nhsuk/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.realmName("Skillmix").authenticationEntryPoint((request, response, e) -> {
                    if (!API.matches(request)) {
                        response.sendRedirect(request.getContextPath() + "/login");
                        return;
                    }
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Skillmix\"");
                    Problems.write(
                            response,
                            Problems.of(
                                    HttpStatus.UNAUTHORIZED,
                                    "sign in first: HTTP basic credentials of an account, or a session",
                                    null,
                                    request));
                }))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> Problems.write(
                                        response, Problems.of(HttpStatus.UNAUTHORIZED, "sign in first", null, request)),
                                API)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> Problems.write(
                                        response,
                                        Problems.of(
                                                HttpStatus.FORBIDDEN,
                                                "refused: a missing or stale CSRF token, or not allowed",
                                                null,
                                                request)),
                                API)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * BCrypt at the cost application.properties sets (10, Spring Security's default and OWASP's floor for
     * bcrypt). Every sign-in and every API call with basic auth pays it, about 80 ms here; the web tests make
     * about a thousand such calls and lower it to 4, the algorithm's least. A stored hash carries its own cost,
     * so changing this never locks an account out: it applies to passwords set from then on.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${skillmix.password.bcrypt-cost}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    private static boolean hasBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
