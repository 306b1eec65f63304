package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Plans partners sign off, and a published plan's board pack, in a real headless Chromium. */
@Order(3)
class PlanSignOffIT extends BrowserTestBase {

    /**
     * Plans that partners sign off: the ICS lead makes a plan of a finished run and shares it with two partners;
     * each partner's lead sees their own part and comments only, one declines then approves, the other approves;
     * the ICS lead publishes it, after which it takes no change, and makes a new version. Every step is in the
     * audit log.
     */
    @Test
    void thePlanSignOffPath() throws Exception {
        try {
            planSignOff();
        } finally {
            // The other paths start signed out.
            browser.manage().deleteAllCookies();
        }
    }

    private void planSignOff() throws Exception {
        account("plan-ics-lead", "plan-ics-pass-9", "ICS_LEAD", "QOP", null);
        account("plan-lead-r0a", "plan-r0a-pass-9", "ORG_LEAD", "QOP", "R0A");
        account("plan-lead-rwj", "plan-rwj-pass-9", "ORG_LEAD", "QOP", "RWJ");
        String datasetId = null;
        for (var d : get("admin", ADMIN_PASSWORD, "/api/datasets").json())
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                datasetId = d.get("id").asText();
        Response run = postJson(
                "plan-ics-lead",
                "plan-ics-pass-9",
                "/api/runs",
                Map.of("datasetId", Long.parseLong(datasetId), "years", 1, "draws", 0));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        String runId = run.json().get("id").asText();
        long deadline = System.currentTimeMillis() + 600_000;
        while (!get("admin", ADMIN_PASSWORD, "/api/runs/" + runId)
                        .json()
                        .get("status")
                        .asText()
                        .equals("SUCCEEDED")
                && System.currentTimeMillis() < deadline) Thread.sleep(500);

        // The ICS lead makes a draft of the run and shares it with two partners.
        signIn("plan-ics-lead", "plan-ics-pass-9");
        browser.get(base() + "/plans");
        accessible();
        new Select(browser.findElement(By.id("plan-run"))).selectByValue(runId);
        setValue("plan-title", "Greater Manchester workforce plan 2025/26");
        browser.findElement(By.id("create-plan")).click();
        wait.until(d -> d.findElement(By.id("plan-status")).getText().contains("draft"));
        String planUrl = browser.getCurrentUrl();
        String planId = planUrl.replaceAll(".*/plans/(\\d+).*", "$1");
        setValue("share-orgs", "R0A, RWJ");
        browser.findElement(By.id("share-plan")).click();
        wait.until(d -> d.findElement(By.id("plan-status")).getText().contains("shared"));
        accessible();
        assertThat(browser.findElement(By.id("partners")).getText())
                .contains("(R0A)")
                .contains("(RWJ)")
                .contains("pending");
        // Workforce equality beside the plan: the partners' latest staff-survey WRES measures against England's
        // (R0A 2024, Q16b: 9.74 % against England's 9.05 %, examples/greater-manchester/workforce_equality.csv).
        assertThat(browser.findElements(By.cssSelector("#equality tbody tr")))
                .extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row)
                        .contains("(R0A)", "Discrimination from a manager or colleagues (Q16b; WRES 8)", "all staff")
                        .contains("2024 9.7 "))
                .noneSatisfy(row -> assertThat(row).contains("(RMC)"));

        // Manchester University's lead: their own part and their own comment only; approves.
        signIn("plan-lead-r0a", "plan-r0a-pass-9");
        browser.get(planUrl);
        assertThat(browser.findElements(By.cssSelector("#parts tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row.getDomAttribute("data-org")).isEqualTo("R0A"));
        assertThat(browser.findElements(By.id("share-plan"))).isEmpty();
        setValue("decision-comment", "R0A: agreed, subject to the homecare arm's funding");
        browser.findElement(By.id("submit-decision")).click();
        wait.until(d -> d.findElement(By.cssSelector("#partners td[data-org='R0A']"))
                .getText()
                .equals("approved"));

        // Stockport's lead declines, then approves: the plan is approved once both partners have.
        signIn("plan-lead-rwj", "plan-rwj-pass-9");
        browser.get(planUrl);
        assertThat(browser.findElement(By.id("parts")).getText())
                .contains("(RWJ)")
                .doesNotContain("(R0A)");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("homecare arm's funding");
        browser.findElement(By.id("decision-decline")).click();
        setValue("decision-comment", "RWJ: the vacancy figures need checking");
        browser.findElement(By.id("submit-decision")).click();
        wait.until(d -> d.findElement(By.cssSelector("#partners td[data-org='RWJ']"))
                .getText()
                .equals("declined"));
        assertThat(browser.findElement(By.id("plan-status")).getText()).contains("shared");
        browser.findElement(By.id("decision-approve")).click();
        browser.findElement(By.id("submit-decision")).click();
        wait.until(d -> d.findElement(By.id("plan-status")).getText().contains("approved"));

        // The ICS lead sees both comments, publishes, and can change the plan only by a new version.
        signIn("plan-ics-lead", "plan-ics-pass-9");
        browser.get(planUrl);
        assertThat(browser.findElement(By.id("comments")).getText())
                .contains("homecare arm's funding")
                .contains("vacancy figures need checking");
        browser.findElement(By.id("publish-plan")).click();
        wait.until(d -> d.findElement(By.id("plan-status")).getText().contains("published"));
        assertThat(browser.findElements(By.id("comment-form"))).isEmpty();
        publishedPlansBoardPack(planUrl, datasetId);
        Response late = postJson(
                "plan-lead-rwj",
                "plan-rwj-pass-9",
                "/api/plans/" + planId + "/decision",
                Map.of("decision", "DECLINED"));
        assertThat(late.status()).isEqualTo(409);
        browser.findElement(By.id("new-version")).click();
        wait.until(d -> d.findElement(By.id("plan-status")).getText().contains("draft"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("(version 2)");

        // Every step in the audit log, naming the plan.
        List<String> steps = jdbc.queryForList(
                "SELECT action FROM audit_log WHERE detail LIKE ? ORDER BY id", String.class, "plan " + planId + ":%");
        assertThat(steps)
                .containsSubsequence(
                        "plan-create", "plan-share", "plan-approve", "plan-decline", "plan-approve", "plan-publish");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE action = 'plan-version'", String.class))
                .anyMatch(d -> d.contains("new version of plan " + planId));
        // The database itself refuses to change a published plan.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.update("UPDATE plans SET title = 'changed' WHERE id = ?", Long.parseLong(planId)))
                .hasMessageContaining("published");
    }

    /**
     * The published plan's board pack from the web: asked for on the plan's page, its progress watched on its
     * analysis page, the PDF downloaded and its first page read back; then a partner's lead finds it on the plan.
     */
    private void publishedPlansBoardPack(String planUrl, String datasetId) throws Exception {
        browser.findElement(By.id("make-board-pack")).click();
        wait.until(d -> d.getCurrentUrl().matches(".*/analyses/\\d+$"));
        String status = wait.until(d -> d.findElement(By.id("analysis-status")).getText());
        assertThat(status).isIn("queued", "running", "succeeded");
        accessible();
        wait.until(d -> d.findElement(By.id("analysis-status")).getText().equals("succeeded"));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Board pack");
        accessible();
        browser.findElement(By.linkText("board-pack.pdf")).click();
        Path pdf = wait.until(d -> {
            Path p = downloads.resolve("board-pack.pdf");
            return Files.exists(p) && p.toFile().length() > 0 ? p : null;
        });
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            // the plan's run had no draws: its figures say so rather than show a P10 to P90 of one value
            assertThat(text.getText(doc).replaceAll("\\s+", " "))
                    .contains("What we should do")
                    .contains("no range: one run at the most likely values")
                    .doesNotContainPattern("P10 ([0-9][0-9,.]*) to P90 \\1\\b")
                    .contains("a year");
        }
        // On the plan's page, the pack to download; a partner's lead gets the partners' copy from the same link.
        browser.get(planUrl);
        assertThat(browser.findElement(By.id("download-board-pack")).getDomAttribute("href"))
                .endsWith("/board-pack");
        assertThat(browser.findElements(By.id("make-board-pack")))
                .as("a published plan has one pack")
                .isEmpty();
        signIn("plan-lead-r0a", "plan-r0a-pass-9");
        browser.get(planUrl);
        assertThat(browser.findElement(By.id("board-pack")).getText()).contains("[c]");
        assertThat(browser.findElements(By.id("download-board-pack"))).isNotEmpty();
        // The ICS's CQC evidence, by quality statement, now from this published plan's pack.
        browser.get(base() + "/systems/" + datasetId + "/cqc-evidence");
        String evidence = browser.findElement(By.tagName("main")).getText();
        assertThat(evidence)
                .contains("Safe and effective staffing")
                .contains("Workforce wellbeing and enablement")
                .contains("Equity in access")
                .contains("What is missing")
                .contains("Plan sign-off: plan");
        accessible();
        signIn("plan-ics-lead", "plan-ics-pass-9");
        browser.get(planUrl);
    }
}
