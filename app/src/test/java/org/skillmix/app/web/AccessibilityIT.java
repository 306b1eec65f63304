package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page checked by axe-core for accessibility: this class, ordered after the other browser tests, visits the
 * pages their paths did not, then asserts no serious or critical violation on any page any of them showed axe
 * ({@link BrowserTestBase#ACCESSIBILITY}) and that no page was left out. Run with the other browser tests, as
 * `./mvnw verify` runs them; alone, the pages of their paths are unchecked.
 */
@Order(4)
class AccessibilityIT extends BrowserTestBase {

    /**
     * Every page not already checked on the paths above, as the account that uses it: the Accounts pages (with a
     * reset's one-time password shown), changing a password, the help, naming a dataset, discharge, the lists, a
     * guardian's cases, a refusal; then no serious or critical violation on any page, and none left out.
     */
    @Test
    void everyPageHasNoSeriousAccessibilityProblem() throws Exception {
        Long run = jdbc.queryForObject(
                "SELECT max(id) FROM runs WHERE kind = 'PROJECTION' AND status = 'SUCCEEDED'", Long.class);
        Long dataset = jdbc.queryForObject("SELECT dataset_id FROM runs WHERE id = ?", Long.class, run);
        account("axe-viewer", "a-long-password-1", "VIEWER", "QOP", null);
        account("axe-guardian", "a-long-password-1", "GUARDIAN", "QOP", "RBV");
        java.time.YearMonth month = java.time.YearMonth.now().minusMonths(1);
        SpeakUpSeeds.seed(jdbc, "QOP", "RBV", "The Christie NHS Foundation Trust", "acute", "BULLYING", month, 1);
        String reference =
                jdbc.queryForObject("SELECT max(reference) FROM speak_up_cases WHERE org_code = 'RBV'", String.class);

        signIn("axe-guardian", "a-long-password-1");
        visit("/speak-up/cases");
        visit("/speak-up/cases/" + reference);
        signIn("admin", ADMIN_PASSWORD);
        for (String path : List.of(
                "/systems",
                "/datasets/" + dataset + "/name",
                "/systems/" + dataset + "/discharge",
                "/datasets/" + dataset + "/scenarios",
                "/datasets/" + dataset + "/mutual-aid",
                "/runs",
                "/runs/" + run,
                "/runs/" + run + "/results",
                "/systems/" + dataset + "/cqc-evidence",
                "/comparisons",
                "/help",
                "/help/web",
                "/help/method",
                "/password",
                "/accounts",
                "/runs/999999999/results",
                "/accounts/axe-viewer")) {
            visit(path);
        }
        // a reset: the one-time password shown once, in a panel; then the page that makes it be changed
        browser.findElement(By.id("account-reset")).click();
        browser.switchTo().alert().accept();
        String oneTime =
                wait.until(d -> d.findElement(By.id("one-time-password"))).getText();
        accessible();
        // a refused new account: the error summary links to the field
        visit("/accounts");
        browser.findElement(By.id("make-account")).click();
        assertThat(wait.until(d -> d.findElement(By.id("account-problem"))).getDomAttribute("href"))
                .isEqualTo("#new-username");
        accessible();
        signIn("axe-viewer", oneTime);
        wait.until(d -> d.findElement(By.id("one-time-warning")));
        accessible();
        browser.findElement(By.id("currentPassword")).sendKeys("not the one-time password");
        browser.findElement(By.id("change-password")).click();
        assertThat(wait.until(d -> d.findElement(By.id("password-problem"))).getText())
                .isEqualTo("that is not your current password");
        accessible();
        browser.manage().deleteAllCookies();
        visit("/speak-up");
        visit("/speak-up/follow");
        visit("/login");

        assertThat(ACCESSIBILITY.violations())
                .as("serious or critical accessibility violations, by page")
                .isEmpty();
        assertThat(ACCESSIBILITY.unchecked(pageMappings))
                .as("pages that no test showed to axe: add each to this test or a path above")
                .isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping pageMappings;
}
