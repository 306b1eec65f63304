package org.skillmix.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine (app/src/test/resources/axe, vendored by app/vendor/update.sh), run on the page
 * the browser shows now. The public sector accessibility regulations ask for WCAG 2.2 AA: axe runs its WCAG 2.0,
 * 2.1 and 2.2 A and AA rules and the best practices, and a violation it rates serious or critical fails the test.
 * The script is given to the page by the WebDriver (not as a script element), so the pages' strict
 * Content-Security-Policy stays as it is.
 */
final class Axe {
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                resultTypes: ['violations']
            }).then(function (r) {
                done(r.violations
                    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                            + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join('; ');
                    }));
            }).catch(function (e) { done(['axe could not run: ' + e]); });
            """;

    private final String source;

    Axe() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The serious and critical violations on the page now, each as "rule (impact): help at selectors". */
    @SuppressWarnings("unchecked")
    List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(source);
        }
        return (List<String>) js.executeAsyncScript(RUN);
    }
}
