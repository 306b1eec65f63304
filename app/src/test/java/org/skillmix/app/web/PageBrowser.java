package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser signed in through the sign-in form: its session cookie and the CSRF token its forms carry, so a test
 * sends a page's form as a browser does (the API's basic authentication skips both).
 */
record PageBrowser(HttpClient http, String base, String cookie, String csrf) {

    /** Signs in through the sign-in form, as a browser does. */
    static PageBrowser signIn(WebTestBase test, String username, String password) throws Exception {
        HttpClient http = test.http;
        String base = test.base();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = PageAuthorizationMatrixTest.sessionCookie(login, null);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Cookie", before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(PageAuthorizationMatrixTest.encode(Map.of(
                                "username",
                                username,
                                "password",
                                password,
                                "_csrf",
                                PageAuthorizationMatrixTest.csrf(login.body())))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookie = PageAuthorizationMatrixTest.sessionCookie(signedIn, before);
        // The token is made anew on signing in: take it from a page's sign-out form.
        HttpResponse<String> help = http.send(
                HttpRequest.newBuilder(URI.create(base + "/help"))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new PageBrowser(http, base, cookie, PageAuthorizationMatrixTest.csrf(help.body()));
    }

    /** A form sent as application/x-www-form-urlencoded, with the session's CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookie)
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(PageAuthorizationMatrixTest.encode(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page's title, as a screen reader first says it. */
    static String title(String html) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(html);
        assertThat(m.find()).as("a title").isTrue();
        return m.group(1);
    }

    /** Where the error summary's link goes: the field it names. */
    static String summaryLink(String html) {
        Matcher m = Pattern.compile("nhsuk-error-summary__list\"[^>]*>\\s*<li><a href=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("an error summary with a link to the field").isTrue();
        return m.group(1);
    }
}
