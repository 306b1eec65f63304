package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillmix.usecase.bank.BankUseCase;
import org.skillmix.usecase.design.DesignUseCase;
import org.skillmix.usecase.optimise.OptimiseUseCase;
import org.skillmix.usecase.winter.WinterUseCase;

/**
 * The analyses (a winter plan, a bank fill, a portfolio, a workforce design) through both front ends: the same
 * bytes ({@link FrontEndsAgreeTestBase}).
 */
class FrontEndsAgreeOnAnalysesTest extends FrontEndsAgreeTestBase {

    static final Path WINTER_EXAMPLES = REPO.resolve("docs/examples/gm-winter");

    @Test
    void aWinterPlanWithASurgeGivesTheSameFiles() throws Exception {
        byte[] surge = Files.readAllBytes(WINTER_EXAMPLES.resolve("surge.csv"));
        long run = finished(multipartPost(
                "/api/datasets/" + datasetId + "/winter-plans",
                Map.of("surge", new String[] {"surge.csv"}),
                // Current trends on both front ends: a front end that dropped it would plan the funded plan's staff.
                Map.of(
                        "surge",
                        surge,
                        "from",
                        bytes("2026-12-07"),
                        "weeks",
                        bytes("16"),
                        "baseline",
                        bytes("current-trends"))));
        Path out = tmp.resolve("winter");
        cli(
                "winter",
                folder.toString(),
                "--surge",
                WINTER_EXAMPLES.resolve("surge.csv").toString(),
                "--from",
                "2026-12-07",
                "--weeks",
                "16",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(WinterUseCase.WINTER_PLAN_CSV, WinterUseCase.WINTER_PLAN_HTML));
        List<String> rows = Files.readAllLines(out.resolve(WinterUseCase.WINTER_PLAN_CSV));
        assertThat(rows.get(0)).startsWith("baseline,week,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(row -> row.startsWith("current-trends,"));
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
    }

    @Test
    void aBankFillWithCapsGivesTheSameFiles() throws Exception {
        long run = finished(multipartPost(
                "/api/datasets/" + datasetId + "/bank-fills",
                Map.of("bank", new String[] {"bank.csv"}, "shifts", new String[] {"shifts.csv"}),
                Map.of(
                        "bank", Files.readAllBytes(WINTER_EXAMPLES.resolve("bank.csv")),
                        "shifts", Files.readAllBytes(WINTER_EXAMPLES.resolve("shifts.csv")),
                        "caps", bytes("RN_ADULT=30,HCSW=16"))));
        Path out = tmp.resolve("bank");
        cli(
                "bank",
                folder.toString(),
                "--bank",
                WINTER_EXAMPLES.resolve("bank.csv").toString(),
                "--shifts",
                WINTER_EXAMPLES.resolve("shifts.csv").toString(),
                "--cap",
                "RN_ADULT=30,HCSW=16",
                "--out",
                out.toString());
        sameFiles(
                run,
                out,
                List.of(
                        BankUseCase.FILLS_CSV,
                        BankUseCase.COVER_CSV,
                        BankUseCase.FILL_RATE_CSV,
                        BankUseCase.BANK_HTML));
    }

    @Test
    void aPortfolioGivesTheSameChoice() throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("budgetGbp", 2_000_000);
        request.put("years", 2);
        request.put("draws", 0);
        request.put("maxLevel", 2);
        request.put("seed", 7);
        request.put("timeLimitSeconds", 5);
        // Current trends on both front ends: a front end that dropped it would measure on the funded plan, and its
        // files would name that baseline and its gap, not these.
        request.put("baseline", "current-trends");
        long run = finished(postJson(ADMIN, ADMIN_PASSWORD, "/api/datasets/" + datasetId + "/portfolios", request));
        Path out = tmp.resolve("optimise");
        // through cli(): a failed command (exit code not 0) fails here, not as missing files below
        cli(
                "optimise",
                folder.toString(),
                "--budget",
                "2000000",
                "--years",
                "2",
                "--draws",
                "0",
                "--max-level",
                "2",
                "--seed",
                "7",
                "--time-limit",
                "5",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(OptimiseUseCase.PORTFOLIO_CSV));
        List<String> rows = Files.readAllLines(out.resolve(OptimiseUseCase.PORTFOLIO_CSV));
        assertThat(rows.get(0)).startsWith("baseline,intervention_code,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(row -> row.startsWith("current-trends,"));
        assertThat(Files.readString(out.resolve(OptimiseUseCase.PORTFOLIO_TXT)))
                .startsWith("Portfolio for ")
                .contains(" (current-trends baseline): budget GBP 2,000,000 a year");
        // The stored settings keep the baseline, so the analysis's page and API say it.
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
        Response page = get(ADMIN, ADMIN_PASSWORD, "/analyses/" + run);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("<dt class=\"nhsuk-summary-list__key\">Baseline</dt>\\s*"
                        + "<dd class=\"nhsuk-summary-list__value\">Current trends</dd>");
        // The form offers the choice the projection and comparison forms offer, under the field the API reads.
        String analyses = get(ADMIN, ADMIN_PASSWORD, "/analyses").body();
        String form = analyses.substring(analyses.indexOf("id=\"portfolio-form\""));
        assertThat(form.substring(0, form.indexOf("</form>")))
                .contains("id=\"portfolio-baseline\" name=\"baseline\"")
                .contains("<option value=\"funded-plan\">")
                .contains("<option value=\"current-trends\">");
        // The explanation says how long the solver and the marginal runs took: all else is the same.
        assertThat(withoutTimes(download("/api/analyses/" + run + "/download/" + OptimiseUseCase.PORTFOLIO_TXT)))
                .isEqualTo(withoutTimes(Files.readAllBytes(out.resolve(OptimiseUseCase.PORTFOLIO_TXT))));
    }

    static String withoutTimes(byte[] text) {
        return new String(text, StandardCharsets.UTF_8)
                .replaceAll("in \\d+ ms \\(marginal runs [0-9.]+ s", "in X ms (marginal runs X s");
    }

    @Test
    void aWorkforceDesignGivesTheSameFiles() throws Exception {
        long run = finished(postJson(
                ADMIN,
                ADMIN_PASSWORD,
                "/api/datasets/" + datasetId + "/designs",
                // Current trends on both front ends: every row of both files names the baseline the limits took.
                Map.of("year", 2030, "scenario", "retain", "baseline", "current-trends")));
        Path out = tmp.resolve("design");
        cli(
                "design",
                folder.toString(),
                "--year",
                "2030",
                "--scenario",
                "retain",
                "--baseline",
                "current-trends",
                "--out",
                out.toString());
        sameFiles(run, out, List.of(DesignUseCase.DESIGN_CSV, DesignUseCase.SUPERVISION_CSV));
        for (String name : List.of(DesignUseCase.DESIGN_CSV, DesignUseCase.SUPERVISION_CSV)) {
            List<String> rows = Files.readAllLines(out.resolve(name));
            assertThat(rows.get(0)).as(name).startsWith("baseline,role_code,");
            assertThat(rows.subList(1, rows.size()))
                    .as(name)
                    .isNotEmpty()
                    .allMatch(row -> row.startsWith("current-trends,"));
        }
        assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/analyses/" + run)
                        .json()
                        .get("settings")
                        .get("baseline")
                        .asText())
                .isEqualTo("CURRENT_TRENDS");
    }
}
