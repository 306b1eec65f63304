package org.skillmix.app.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium over the application, for the browser tests (integration tests: failsafe, `./mvnw verify`):
 * Chromium and chromedriver are found on the PATH, else where Debian installs them. Each test class starts the
 * browser once and shares the application's Spring context with every other web test. The classes run in the
 * order of their {@link org.junit.jupiter.api.Order} (failsafe's class orderer, app/pom.xml), the order the paths
 * ran in as one class: the acceptance path, speaking up, plan sign-off, then every page for accessibility.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase extends WebTestBase {
    /**
     * axe-core's findings on every page the browser tests of the run showed it, kept across their classes (one JVM:
     * failsafe's): {@link AccessibilityIT}, ordered last, asserts them.
     */
    static final Accessibility ACCESSIBILITY = new Accessibility();

    WebDriver browser;
    WebDriverWait wait;

    @TempDir
    static Path downloads;

    @TempDir
    static Path profile;

    @BeforeAll
    void startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.browser().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        // The browser's console, to see whether the Content-Security-Policy refused anything a page needs.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.driver().toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // htmx swaps the progress block every second: an element found just before a swap goes stale; look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) browser.quit();
    }

    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void visit(String path) {
        browser.get(base() + path); // returns when the page has loaded
        accessible();
    }

    /** axe-core on the page the browser shows now; its violations are asserted at the end. */
    void accessible() {
        ACCESSIBILITY.check(browser);
    }

    void setValue(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    List<String> jdbcActions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_log", String.class);
    }
}
