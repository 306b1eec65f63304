package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The acceptance path in a real headless Chromium: sign in, upload the example, see a broken upload's validation
 * report, run a projection with progress, open the fan chart and heatmaps, download the report; every page checked by
 * axe-core for accessibility (the last test visits the pages the paths did not, then asserts no serious or critical
 * violation anywhere and that no page was left out). An integration test (failsafe, `./mvnw verify`): Chromium and
 * chromedriver are found on the PATH, else where Debian installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT extends WebTestBase {
    final Accessibility accessibility = new Accessibility();

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

    @Test
    @Order(1)
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
        assertThat(browser.findElements(By.cssSelector("#fan-chart canvas"))).isNotEmpty();
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
        Files.writeString(staff, MutualAidApiTest.STAFF);
        Files.writeString(surge, MutualAidApiTest.SURGE);
        browser.findElement(By.id("staff")).sendKeys(staff.toString());
        browser.findElement(By.id("surge")).sendKeys(surge.toString());
        // A date input's typed format depends on the browser's locale; set the ISO value it submits directly.
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('firstDay').value = arguments[0]", MutualAidApiTest.FIRST_DAY);
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
     */
    /**
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
                .isEqualTo("ICS, 2025-08: 92.7%, not met.");
        new Select(browser.findElement(By.id("metric-org"))).selectByValue("RMC");
        wait.until(d -> "yes"
                .equals(d.findElement(By.cssSelector("#metric-GA_OCCUPANCY .metric-chart"))
                        .getDomAttribute("data-drawn")));
        assertThat(browser.findElement(By.id("metric-status")).getText()).contains("RMC Bolton NHS Foundation Trust");
        accessible();
    }

    /** Add a scenario in the editor, run it from the run form, compare it with the baseline and open the figures. */
    /** @return the dataset version the scenario edit made (it has interventions, the example has none) */
    private String scenarioRunAndComparison(String datasetId) {
        browser.get(base() + "/datasets/" + datasetId + "/scenarios");
        wait.until(d -> d.findElement(By.id("no-scenarios")));
        setValue("f-scenarioCode", "retain");
        setValue("f-scenarioName", "Keep the staff we have");
        setValue("f-interventionCode", "flex-work");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("flexible_working");
        setValue("f-startMonth", "2025-10");
        setValue("f-rampMonths", "12");
        setValue("f-scale", "0.5");
        setValue("f-effectLow", "0.05");
        setValue("f-effectMode", "0.1");
        setValue("f-effectHigh", "0.15");
        setValue("f-costFixedGbp", "250000");
        browser.findElement(By.id("save-intervention")).click();
        WebElement table = wait.until(d -> d.findElement(By.id("scenario-retain")));
        assertThat(table.getText()).contains("flex-work").contains("flexible_working");
        String editedId = browser.findElement(By.id("main")).getDomAttribute("data-dataset");
        assertThat(editedId).isNotEqualTo(datasetId);

        // A broken change is refused with the reader's file, row and column, and stores nothing.
        browser.findElement(By.id("edit-retain-flex-work")).click();
        wait.until(d -> d.findElement(By.id("editor-heading")).getText().contains("Change retain/flex-work"));
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
        new Select(browser.findElement(By.id("scenario"))).selectByValue("retain");
        browser.findElement(By.id("start-run")).click();
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        String page = wait.until(d -> d.findElement(By.tagName("main")).getText());
        assertThat(page).contains("scenario retain");
        whatIf();

        // Compare it with the baseline and open the comparison's figures.
        browser.get(base() + "/comparisons?datasetId=" + editedId);
        assertThat(browser.findElement(By.id("cmp-retain")).isSelected()).isTrue();
        setValue("cmp-years", "2");
        setValue("cmp-draws", "50");
        browser.findElement(By.id("start-comparison")).click();
        wait.until(d -> d.findElement(By.id("run-status")).getText().equals("succeeded"));
        browser.findElement(By.id("open-results")).click();
        wait.until(d -> "yes".equals(d.findElement(By.id("closed-chart")).getDomAttribute("data-drawn")));
        wait.until(d -> "yes".equals(d.findElement(By.id("cost-chart")).getDomAttribute("data-drawn")));
        // scenarios by name beside their codes
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Keep the staff we have (retain)")
                .contains("Baseline (no interventions)");
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
        setValue("level-flex-work", "1");
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

    /**
     * The speak-up channel end to end: a member of staff raises a concern without an account (a refused empty form
     * first, its error links taking the keyboard to each field), the organisation's guardian answers it, the member of
     * staff reads the answer with the reference and secret and replies, and the ICS's themes show suppressed counts.
     */
    @Test
    @Order(2)
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

    /**
     * Plans that partners sign off: the ICS lead makes a plan of a finished run and shares it with two partners;
     * each partner's lead sees their own part and comments only, one declines then approves, the other approves;
     * the ICS lead publishes it, after which it takes no change, and makes a new version. Every step is in the
     * audit log.
     */
    @Test
    @Order(3)
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

    /**
     * Every page not already checked on the paths above, as the account that uses it: the Accounts pages (with a
     * reset's one-time password shown), changing a password, the help, naming a dataset, discharge, the lists, a
     * guardian's cases, a refusal; then no serious or critical violation on any page, and none left out.
     */
    @Test
    @Order(4)
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

        assertThat(accessibility.violations())
                .as("serious or critical accessibility violations, by page")
                .isEmpty();
        assertThat(accessibility.unchecked(pageMappings))
                .as("pages that no test showed to axe: add each to this test or a path above")
                .isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping pageMappings;

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void visit(String path) {
        browser.get(base() + path); // returns when the page has loaded
        accessible();
    }

    /** axe-core on the page the browser shows now; its violations are asserted at the end. */
    private void accessible() {
        accessibility.check(browser);
    }

    private void setValue(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<String> jdbcActions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_log", String.class);
    }
}
