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

/**
 * The acceptance path in a real headless Chromium: sign in, upload the example, see a broken upload's validation
 * report, run a projection with progress, open the fan chart and heatmaps, download the report; then the system
 * dashboard, a scenario run and comparison with the what-if panel, a mutual-aid plan and each kind of analysis.
 */
@Order(1)
class AcceptancePathIT extends BrowserTestBase {

    @Test
    void theAcceptancePath() throws Exception {
        // Sign in.
        browser.get(base() + "/systems");
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> d.getCurrentUrl().contains("/systems"));
        assertThat(browser.findElement(By.id("datasets")).getText()).contains("QOP");

        // A broken upload: the validation report lists the problem in the page.
        Path broken = downloads.resolve("broken.zip");
        Files.write(broken, brokenExampleZip());
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.id("upload")).click();
        WebElement report = wait.until(d -> d.findElement(By.id("validation-report")));
        assertThat(report.getText())
                .contains("workforce.csv")
                .contains("fte_in_post")
                .contains("nothing was stored");
        accessible();

        // Upload the example.
        Path example = downloads.resolve("greater-manchester.zip");
        Files.write(example, zipOf(EXAMPLE, Map.of()));
        browser.findElement(By.id("file")).sendKeys(example.toString());
        browser.findElement(By.id("upload")).click();
        WebElement stored = wait.until(d -> d.findElement(By.id("upload-ok")));
        assertThat(stored.getText()).contains("is valid and was stored");

        // Run a projection and watch its progress.
        stored.findElement(By.linkText("Run a projection of it")).click();
        wait.until(d -> d.findElement(By.id("run-form")));
        String uploadedId = browser.getCurrentUrl().replaceAll(".*datasetId=(\\d+).*", "$1");
        setValue("years", "3");
        setValue("draws", "300");
        new Select(browser.findElement(By.id("scenario"))).selectByValue("baseline");
        new Select(browser.findElement(By.id("baseline"))).selectByValue("funded-plan");
        browser.findElement(By.id("start-run")).click();
        wait.until(d -> d.findElement(By.id("run-progress")));
        // htmx swaps the progress block every second, so read it inside a wait that retries a stale element.
        String status = wait.until(d -> d.findElement(By.id("run-status")).getText());
        assertThat(status).isIn("queued", "running", "succeeded");
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        String progress = wait.until(d -> d.findElement(By.id("run-progress")).getDomProperty("value"));
        assertThat(progress).isEqualTo("100");

        // Results: fan chart and heatmaps drawn, drill-down and explain.
        browser.findElement(By.id("open-results")).click();
        wait.until(d -> "yes".equals(d.findElement(By.id("fan-chart")).getDomAttribute("data-drawn")));
        wait.until(d ->
                "yes".equals(d.findElement(By.id("heatmap-capability-place")).getDomAttribute("data-drawn")));
        wait.until(d ->
                "yes".equals(d.findElement(By.id("heatmap-role-organisation")).getDomAttribute("data-drawn")));
        wait.until(d -> "yes"
                .equals(d.findElement(By.id("heatmap-role-organisation-above")).getDomAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#fan-chart canvas"))).isNotEmpty();
        // The heatmaps' long names break onto a second line a line apart, not on top of the first.
        assertThat(String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return ['heatmap-capability-place', 'heatmap-role-organisation'].flatMap("
                                + "function (id) { var m = echarts.getInstanceByDom(document.getElementById(id))"
                                + ".getModel(); return ['xAxis', 'yAxis'].map(function (a) {"
                                + " var l = m.getComponent(a).getModel('axisLabel');"
                                + " return (l.get('lineHeight') || 0) >= l.get('fontSize'); }); })")))
                .isEqualTo("[true, true, true, true]");
        // the baseline, the gap today and what drives the spread (a tornado chart that redraws for another total)
        assertThat(browser.findElement(By.id("run-baseline")).getText()).contains("Funded plan");
        assertThat(browser.findElement(By.id("base-gap")).getText()).contains("Vacancies");
        wait.until(d -> "yes".equals(d.findElement(By.id("tornado-chart")).getDomAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#tornado-chart canvas")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("tornado-summary")).getText()).startsWith("Whole system, year 3");
        new Select(browser.findElement(By.id("driver-target"))).selectByIndex(1);
        wait.until(d -> !d.findElement(By.id("tornado-summary")).getText().startsWith("Whole system"));
        new Select(browser.findElement(By.id("place"))).selectByIndex(1);
        new Select(browser.findElement(By.id("capability"))).selectByIndex(1);
        browser.findElement(By.cssSelector("#drill button")).click();
        wait.until(d -> "yes".equals(d.findElement(By.id("fan-chart")).getDomAttribute("data-drawn")));
        browser.findElement(By.id("explain")).click();
        wait.until(d -> d.findElement(By.id("explanation")).getText().contains("Demand"));
        accessible();

        // Download the report.
        browser.findElement(By.id("download-html")).click();
        Path file = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith("-report.html"))
                        .findFirst()
                        .orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
        assertThat(Files.readString(file)).contains("NHS Greater Manchester");
        List<String> actions = jdbcActions();
        assertThat(actions).contains("sign-in", "dataset.upload", "dataset.upload.rejected", "run.start", "download");

        systemMetrics(uploadedId);
        String withScenario = scenarioRunAndComparison(uploadedId);
        mutualAidPlan(uploadedId);
        analyses(uploadedId, withScenario);
        assertThat(browser.manage()
                        .logs()
                        .get(org.openqa.selenium.logging.LogType.BROWSER)
                        .getAll())
                .as("nothing the pages use is refused by the Content-Security-Policy")
                .noneSatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));
    }

    /** Upload the hand-made staff and surge pair of MutualAidApiTest, plan it and see the plan worked out by hand. */
    private void mutualAidPlan(String datasetId) throws Exception {
        browser.get(base() + "/systems");
        browser.findElement(By.id("mutual-aid-" + datasetId)).click();
        wait.until(d -> d.findElement(By.id("mutual-aid-form")));
        Path staff = downloads.resolve("staff.csv");
        Path surge = downloads.resolve("surge.csv");
        Files.writeString(staff, MutualAidTestBase.STAFF);
        Files.writeString(surge, MutualAidTestBase.SURGE);
        browser.findElement(By.id("staff")).sendKeys(staff.toString());
        browser.findElement(By.id("surge")).sendKeys(surge.toString());
        // A date input's typed format depends on the browser's locale; set the ISO value it submits directly.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('firstDay').value = arguments[0]", MutualAidTestBase.FIRST_DAY);
        setValue("seconds", "2");
        browser.findElement(By.id("plan-mutual-aid")).click();
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        wait.until(d -> d.findElement(By.id("open-plan"))).click();
        wait.until(d -> "yes".equals(d.findElement(By.id("received-chart")).getDomAttribute("data-drawn")));
        assertThat(browser.findElement(By.id("critical-covered")).getText()).isEqualTo("1.00 of 1.50 FTE-weeks");
        assertThat(browser.findElement(By.id("bound")).getText()).isEqualTo("1.00 FTE-weeks");
        accessible();
        String moves = browser.findElement(By.id("moves")).getText();
        // organisations, services and capabilities by name beside their codes
        assertThat(moves)
                .contains(
                        "A Northern Care Alliance NHS Foundation Trust (RM3), Acute hospital care (inpatient, theatres,"
                                + " outpatients) (ACUTE_IP) Manchester University NHS Foundation Trust (R0A), Urgent and emergency"
                                + " care (A&E, UTC) (UEC) Triage and assessment (TRIAGE) 1.00")
                .contains("B Stockport NHS Foundation Trust (RWJ), Community nursing (district nursing, long-term"
                        + " conditions) (COMM_NURSING) Northern Care Alliance NHS Foundation Trust (RM3), Acute hospital"
                        + " care (inpatient, theatres, outpatients) (ACUTE_IP) Wound care (WOUND) 1.00");
        assertThat(browser.findElement(By.id("download-plan-html")).getDomAttribute("href"))
                .endsWith("/download/html");
        assertThat(jdbcActions()).contains("mutual-aid.upload", "mutual-aid.run", "mutual-aid.finish");
    }

    /**
     * The Analyses page (linked from the menu) and an analysis's page for each kind: started from its form, its
     * tables shown with names beside codes and its files listed.
     *
     * @param datasetId the uploaded example, for design, winter and bank
     * @param withInterventions a version with a scenario: a portfolio chooses among interventions
     */
    private void analyses(String datasetId, String withInterventions) throws Exception {
        Path surge =
                Files.copy(REPO.resolve("docs/examples/gm-winter/surge.csv"), downloads.resolve("winter-surge.csv"));
        Path pool = Files.copy(REPO.resolve("docs/examples/gm-winter/bank.csv"), downloads.resolve("bank.csv"));
        Path shifts = Files.copy(REPO.resolve("docs/examples/gm-winter/shifts.csv"), downloads.resolve("shifts.csv"));
        record Kind(String form, String button, String firstTable, String named) {}
        List<Kind> kinds = List.of(
                new Kind("design", "start-design", "design.csv", "RN_ADULT: "),
                new Kind("winter", "start-winter", "winter-plan.csv", "CARE_HOME: "),
                new Kind("bank", "start-bank", "bank-cover.csv", "R0A: "),
                new Kind("portfolio", "start-portfolio", "portfolio.csv", "intervention_code"));
        for (Kind k : kinds) {
            browser.get(base() + "/systems");
            browser.findElement(By.id("nav-analyses")).click();
            wait.until(d -> d.findElement(By.id(k.form() + "-form")));
            accessible();
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript(
                            "document.getElementById(arguments[0]).value = arguments[1]",
                            k.form() + "-dataset",
                            k.form().equals("portfolio") ? withInterventions : datasetId);
            switch (k.form()) {
                case "design" -> setValue("design-year", "2030");
                case "winter" -> {
                    ((org.openqa.selenium.JavascriptExecutor) browser)
                            .executeScript("document.getElementById('winter-from').value = '2026-12-07'");
                    setValue("winter-weeks", "16");
                    browser.findElement(By.id("winter-surge")).sendKeys(surge.toString());
                }
                case "bank" -> {
                    browser.findElement(By.id("bank-pool")).sendKeys(pool.toString());
                    browser.findElement(By.id("bank-shifts")).sendKeys(shifts.toString());
                    setValue("bank-caps", "RN_ADULT=30");
                }
                default -> {
                    setValue("portfolio-budget", "1000000");
                    setValue("portfolio-years", "1");
                    setValue("portfolio-draws", "0");
                    setValue("portfolio-level", "1");
                    setValue("portfolio-time", "2");
                }
            }
            browser.findElement(By.id(k.button())).click();
            wait.until(d -> d.findElement(By.id("analysis-status")).getText().equals("succeeded"));
            // The progress block says so; the page with the tables is one link away.
            if (browser.findElements(By.id("analysis-files")).isEmpty()) {
                wait.until(d -> d.findElement(By.id("show-results"))).click();
            }
            String files =
                    wait.until(d -> d.findElement(By.id("analysis-files"))).getText();
            assertThat(files).as(k.form()).contains(k.firstTable());
            accessible();
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .as(k.form())
                    .contains(k.named());
        }
        assertThat(jdbcActions()).contains("analysis.start", "analysis.finish");
    }

    /** The system dashboard: linked from the Systems page, a chart drawn and the status said in words. */
    private void systemMetrics(String datasetId) {
        browser.get(base() + "/systems");
        wait.until(d -> d.findElement(By.id("metrics-" + datasetId))).click();
        wait.until(d -> "yes"
                .equals(d.findElement(By.cssSelector("#metric-GA_OCCUPANCY .metric-chart"))
                        .getDomAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#metric-GA_OCCUPANCY canvas")))
                .isNotEmpty();
        // Bolton's and the other trusts' beds summed for August 2025: 5,102 occupied of 5,504 available, above 92%.
        assertThat(browser.findElement(By.id("status-GA_OCCUPANCY")).getText())
                .isEqualTo("ICS, Aug 2025: 92.7%, not met.");
        new Select(browser.findElement(By.id("metric-org"))).selectByValue("RMC");
        wait.until(d -> "yes"
                .equals(d.findElement(By.cssSelector("#metric-GA_OCCUPANCY .metric-chart"))
                        .getDomAttribute("data-drawn")));
        assertThat(browser.findElement(By.id("metric-status")).getText()).contains("RMC Bolton NHS Foundation Trust");
        accessible();
    }

    /**
     * See the example's own scenarios listed by name, add a scenario of its own in the editor, run it from the run
     * form, compare it with the baseline and open the figures.
     *
     * @return the dataset version the scenario edit made (the example's three scenarios and the new one)
     */
    private String scenarioRunAndComparison(String datasetId) {
        browser.get(base() + "/datasets/" + datasetId + "/scenarios");
        // The example carries its documented scenarios (interventions.csv), each shown by its name beside its code.
        assertThat(wait.until(d -> d.findElement(By.id("scenario-heading-retain")))
                        .getText())
                .isEqualTo("Keep the staff we have (retain)");
        assertThat(browser.findElement(By.id("scenario-heading-grow")).getText())
                .isEqualTo("Grow and reshape (grow)");
        assertThat(browser.findElement(By.id("scenario-heading-system")).getText())
                .isEqualTo("Share staff across the system (system)");
        assertThat(browser.findElement(By.id("scenario-retain")).getText())
                .contains("Flexible working offer (flex-work)");
        assertThat(browser.findElements(By.id("no-scenarios"))).isEmpty();
        // A new scenario, whose codes none of the example's use.
        setValue("f-scenarioCode", "flexible");
        setValue("f-scenarioName", "Flexible working only");
        setValue("f-interventionCode", "flex-offer");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("flexible_working");
        setValue("f-startMonth", "2025-10");
        setValue("f-rampMonths", "12");
        setValue("f-scale", "0.5");
        setValue("f-effectLow", "0.05");
        setValue("f-effectMode", "0.1");
        setValue("f-effectHigh", "0.15");
        setValue("f-costFixedGbp", "250000");
        browser.findElement(By.id("save-intervention")).click();
        WebElement table = wait.until(d -> d.findElement(By.id("scenario-flexible")));
        assertThat(table.getText()).contains("flex-offer").contains("flexible_working");
        String editedId = browser.findElement(By.id("main")).getDomAttribute("data-dataset");
        assertThat(editedId).isNotEqualTo(datasetId);

        // A broken change is refused with the reader's file, row and column, and stores nothing.
        browser.findElement(By.id("edit-flexible-flex-offer")).click();
        wait.until(d -> d.findElement(By.id("editor-heading")).getText().contains("Change flexible/flex-offer"));
        setValue("f-effectMode", "lots");
        browser.findElement(By.id("save-intervention")).click();
        WebElement refused = wait.until(d -> d.findElement(By.id("validation-report")));
        assertThat(refused.getText())
                .contains("interventions.csv")
                .contains("effect_mode")
                .contains("nothing was stored");
        accessible();
        assertThat(browser.findElement(By.id("main")).getDomAttribute("data-dataset"))
                .isEqualTo(editedId);

        // Run the scenario: the run form offers it for its dataset.
        browser.get(base() + "/runs?datasetId=" + editedId);
        setValue("years", "2");
        setValue("draws", "50");
        new Select(browser.findElement(By.id("scenario"))).selectByValue("flexible");
        browser.findElement(By.id("start-run")).click();
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        String page = wait.until(d -> d.findElement(By.tagName("main")).getText());
        assertThat(page).contains("scenario Flexible working only (flexible)");
        whatIf();

        // Compare it with the baseline and open the comparison's figures.
        browser.get(base() + "/comparisons?datasetId=" + editedId);
        assertThat(browser.findElement(By.id("cmp-flexible")).isSelected()).isTrue();
        // Every scenario is offered, ticked; compare the new one alone.
        for (String other : List.of("retain", "grow", "system")) {
            assertThat(browser.findElement(By.id("cmp-" + other)).isSelected()).isTrue();
            browser.findElement(By.cssSelector("label[for='cmp-" + other + "']"))
                    .click();
            assertThat(browser.findElement(By.id("cmp-" + other)).isSelected()).isFalse();
        }
        setValue("cmp-years", "2");
        setValue("cmp-draws", "50");
        browser.findElement(By.id("start-comparison")).click();
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        browser.findElement(By.id("open-results")).click();
        wait.until(d -> "yes".equals(d.findElement(By.id("closed-chart")).getDomAttribute("data-drawn")));
        wait.until(d -> "yes".equals(d.findElement(By.id("cost-chart")).getDomAttribute("data-drawn")));
        // scenarios by name beside their codes
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Flexible working only (flexible)")
                .contains("Baseline (no interventions)")
                .doesNotContain("(retain)");
        new Select(browser.findElement(By.id("dimension"))).selectByValue("capability");
        wait.until(d -> "yes".equals(d.findElement(By.id("closed-chart")).getDomAttribute("data-drawn")));
        assertThat(browser.findElement(By.id("download-comparison-csv")).getDomAttribute("href"))
                .endsWith("/download/csv");
        accessible();
        assertThat(jdbcActions()).contains("scenario.edit", "comparison.start", "comparison.finish");
        return editedId;
    }

    /**
     * The what-if panel on the scenario run's results: a higher level of its intervention lowers the previewed gap,
     * and the full run of the change is queued.
     */
    private void whatIf() {
        browser.get(browser.getCurrentUrl().replaceAll("/runs/(\\d+).*", "/runs/$1/results"));
        assertThat(browser.findElement(By.id("what-if-label")).getText())
                .isEqualTo("Preview — deterministic, no uncertainty");
        By changedGap = By.cssSelector("#what-if-table tbody tr:nth-of-type(2) td:nth-of-type(3)");
        String asRun = wait.until(d -> {
            var cells = d.findElements(changedGap);
            return cells.isEmpty() || !cells.get(0).isDisplayed()
                    ? null
                    : cells.get(0).getText();
        });
        assertThat(browser.findElement(By.id("what-if-status")).getText())
                .contains("FTE")
                .contains("to");
        setValue("level-flex-offer", "1");
        browser.findElement(By.id("what-if-preview")).click();
        wait.until(d -> !d.findElement(changedGap).getText().equals(asRun));
        assertThat(parse(browser.findElement(changedGap).getText())).isLessThan(parse(asRun));
        browser.findElement(By.id("what-if-queue")).click();
        WebElement queued = wait.until(d -> d.findElement(By.id("what-if-queued")));
        assertThat(queued.getText()).startsWith("Follow run ");
    }

    private static double parse(String figure) {
        return Double.parseDouble(figure.replace(",", ""));
    }
}
