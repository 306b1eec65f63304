package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The speak-up channel end to end in a real headless Chromium ({@link #theSpeakUpPath}). */
@Order(2)
class SpeakUpPathIT extends BrowserTestBase {

    /**
     * The speak-up channel end to end: a member of staff raises a concern without an account (a refused empty form
     * first, its error links taking the keyboard to each field), the organisation's guardian answers it, the member of
     * staff reads the answer with the reference and secret and replies, and the ICS's themes show suppressed counts.
     */
    @Test
    void theSpeakUpPath() throws Exception {
        // Past concerns for the themes (the table of SpeakUpThemesTest, here for Bolton and Manchester University).
        java.time.YearMonth month = SpeakUpSeeds.endOfLatestEndedYear();
        String mft = "Manchester University NHS Foundation Trust";
        SpeakUpSeeds.seed(jdbc, "QOP", "RMC", "Bolton NHS Foundation Trust", "acute", "PATIENT_SAFETY", month, 8);
        SpeakUpSeeds.seed(jdbc, "QOP", "RMC", "Bolton NHS Foundation Trust", "acute", "STAFFING_LEVELS", month, 3);
        SpeakUpSeeds.seed(jdbc, "QOP", "RMC", "Bolton NHS Foundation Trust", "acute", "BULLYING", month, 6);
        SpeakUpSeeds.seed(jdbc, "QOP", "R0A", mft, "acute", "PATIENT_SAFETY", month, 9);
        SpeakUpSeeds.seed(jdbc, "QOP", "R0A", mft, "acute", "STAFFING_LEVELS", month, 7);
        SpeakUpSeeds.seed(jdbc, "QOP", "R0A", mft, "acute", "BULLYING", month, 2);
        // The guardian of the Northern Care Alliance, created by an analyst through the accounts API.
        Response created = postJson(
                "admin",
                ADMIN_PASSWORD,
                "/api/users",
                Map.of(
                        "username", "guardian-rm3",
                        "password", "a-guardian-password",
                        "role", "GUARDIAN",
                        "icbCode", "QOP",
                        "orgCode", "RM3"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        // Anyone, signed in to nothing: the form from the sign-in page.
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.linkText("Speak up")).click();
        wait.until(d -> d.findElement(By.id("speak-up-form")));
        // Sent empty: every problem listed, each a link that takes the keyboard to its field.
        browser.findElement(By.id("raise")).click();
        WebElement summary = wait.until(d -> d.findElement(By.id("error-summary")));
        assertThat(summary.getText())
                .contains("choose the organisation the concern is about")
                .contains("choose what the concern is about")
                .contains("write what happened or what worries you");
        summary.findElement(By.cssSelector("a[href='#organisation']")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> "organisation".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(browser.findElement(By.id("organisation")).getDomAttribute("aria-describedby"))
                .isEqualTo("organisation-hint organisation-error");
        assertThat(browser.findElement(By.id("organisation-error")).getText()).contains("choose the organisation");
        accessible();
        // Filled in from the keyboard: the organisation by name, the category by its label.
        new Select(browser.findElement(By.id("organisation")))
                .selectByVisibleText("Northern Care Alliance NHS Foundation Trust (RM3)");
        browser.findElement(By.cssSelector("label[for='category-REDEPLOYMENT']"))
                .click();
        new Select(browser.findElement(By.id("place"))).selectByVisibleText("Salford (E08000006)");
        browser.findElement(By.id("text"))
                .sendKeys("Redeployed to ICU for three weeks with no induction and no one to ask.");
        browser.findElement(By.id("text")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("raise");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        String reference = wait.until(d -> d.findElement(By.id("reference"))).getText();
        String secret = browser.findElement(By.id("secret")).getText();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Northern Care Alliance NHS Foundation Trust (RM3)")
                .contains("only time the secret is shown");
        accessible();

        // The guardian signs in and is taken to their cases.
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys("guardian-rm3");
        browser.findElement(By.id("password")).sendKeys("a-guardian-password");
        browser.findElement(By.id("sign-in")).click();
        WebElement cases = wait.until(d -> d.findElement(By.id("cases")));
        assertThat(cases.getText()).contains(reference).contains("Redeployment").contains("Salford");
        browser.findElement(By.linkText(reference)).click();
        wait.until(d -> d.findElement(By.id("messages")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("no induction");
        browser.findElement(By.id("text"))
                .sendKeys("I am sorry. I have raised induction for redeployed staff with ICU.");
        browser.findElement(By.id("send-answer")).click();
        wait.until(d -> d.findElement(By.id("answered")));
        new Select(browser.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("set-status")).click();
        wait.until(d -> d.findElement(By.id("status-changed")));
        assertThat(browser.findElement(By.id("case-status")).getText()).startsWith("In progress");
        accessible();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_log WHERE username = 'guardian-rm3' AND detail LIKE ?",
                        String.class,
                        reference + "%"))
                .contains("speakup.case.read", "speakup.case.answer", "speakup.case.status");

        // The member of staff reads the answer with the reference and secret, and replies.
        browser.manage().deleteAllCookies();
        browser.get(base() + "/speak-up/follow");
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("secret")).sendKeys(secret);
        browser.findElement(By.id("open")).click();
        WebElement messages = wait.until(d -> d.findElement(By.id("messages")));
        assertThat(messages.getText())
                .contains("Freedom to Speak Up guardian")
                .contains("raised induction for redeployed staff");
        assertThat(browser.findElement(By.id("case-status")).getText()).startsWith("In progress");
        browser.findElement(By.id("text")).sendKeys("Thank you. Another nurse was sent the week after.");
        browser.findElement(By.id("send-reply")).click();
        wait.until(d -> d.findElement(By.id("replied")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Another nurse was sent");
        accessible();

        // The ICS's analyst sees the themes, small counts suppressed, and not the case.
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> d.getCurrentUrl().contains("/systems"));
        browser.get(base() + "/speak-up/themes?icb=QOP");
        WebElement themes = wait.until(d -> d.findElement(By.id("themes-by-organisation")));
        String bolton =
                themes.findElement(By.xpath(".//tr[th[contains(., '(RMC)')]]")).getText();
        assertThat(bolton).isEqualTo("Bolton NHS Foundation Trust (RMC) 8 [c] 0 0 [c] 0 17");
        String manchester =
                themes.findElement(By.xpath(".//tr[th[contains(., '(R0A)')]]")).getText();
        assertThat(manchester).isEqualTo(mft + " (R0A) 9 [c] 0 0 [c] 0 18");
        assertThat(browser.findElement(By.id("suppressed-count")).getText()).isEqualTo("4");
        assertThat(themes.getText()).doesNotContain(reference);
        accessible();
        browser.get(base() + "/speak-up/cases/" + reference);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not allowed");
    }
}
