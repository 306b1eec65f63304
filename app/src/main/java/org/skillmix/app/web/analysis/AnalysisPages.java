package org.skillmix.app.web.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunPages;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.winter.WinterRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The Analyses pages: the list with a form for each kind, and an analysis's progress, tables and files. */
@Controller
public class AnalysisPages {
    /** Rows of each table the page shows; the download has them all. */
    static final int PREVIEW_ROWS = 50;

    private final AnalysisService analyses;
    private final AnalysisResults results;
    private final DatasetService datasets;
    private final CurrentAccount current;

    public AnalysisPages(
            AnalysisService analyses, AnalysisResults results, DatasetService datasets, CurrentAccount current) {
        this.analyses = analyses;
        this.results = results;
        this.datasets = datasets;
        this.current = current;
    }

    @GetMapping("/analyses")
    String list(Model model) {
        var account = current.get();
        model.addAttribute("analyses", analyses.list(account));
        var visible = datasets.list(account);
        model.addAttribute("datasets", visible);
        model.addAttribute(
                "scenarioOptions",
                visible.stream()
                        .flatMap(d -> datasets.model(d.id()).scenarios().stream()
                                .map(s -> new RunPages.ScenarioOption(d.id(), s.code(), s.name())))
                        .toList());
        model.addAttribute("defaultWeeks", WinterRequest.DEFAULT_WEEKS);
        model.addAttribute("defaultMaxLevel", OptimiseRequest.DEFAULT_MAX_LEVEL);
        model.addAttribute("defaultPortfolioDraws", OptimiseRequest.DEFAULT_DRAWS);
        model.addAttribute("defaultTimeLimit", OptimiseRequest.DEFAULT_TIME_LIMIT_SECONDS);
        model.addAttribute("defaultYears", RunDefaults.YEARS);
        model.addAttribute("defaultSeed", RunDefaults.SEED);
        model.addAttribute("baselines", Baseline.values());
        model.addAttribute("nextYear", LocalDate.now().getYear() + 4);
        return "analyses";
    }

    /**
     * The forms' boxes by the field a refusal names, each form's ids beginning with its name ("winter-from"); a
     * field the form has no box for links to the form's dataset.
     */
    private static final Map<String, String> FORM_ELEMENTS = Map.ofEntries(
            Map.entry("from", "from"),
            Map.entry("weeks", "weeks"),
            Map.entry("surge", "surge"),
            Map.entry("bank", "pool"),
            Map.entry("shifts", "shifts"),
            Map.entry("caps", "caps"),
            Map.entry("budgetGbp", "budget"),
            Map.entry("scenario", "scenario"),
            Map.entry("maxLevel", "level"),
            Map.entry("targetCapabilities", "targets"),
            Map.entry("targetFte", "target-fte"),
            Map.entry("years", "years"),
            Map.entry("draws", "draws"),
            Map.entry("seed", "seed"),
            Map.entry("timeLimitSeconds", "time"),
            Map.entry("year", "year"),
            Map.entry("baseline", "baseline"));

    /**
     * Starts an analysis; a bad setting or file shows the form again with what is wrong, under the refusal's
     * status, the error summary linking to the named form's box.
     */
    private String started(String form, HttpServletResponse response, Model model, Start start) {
        String field = null;
        try {
            return "redirect:/analyses/" + start.run().id();
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("formError", e.getMessage());
            field = e.problems().stream()
                    .map(p -> p.file().replaceFirst("\\.csv$", ""))
                    .findFirst()
                    .orElse(null);
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("formError", e.getMessage());
            field = e.field();
        } catch (IOException e) {
            PageRefusal.answer(HttpStatus.BAD_REQUEST, response, model);
            model.addAttribute("formError", "the upload could not be read: " + e.getMessage());
        }
        model.addAttribute("formField", form + "-" + PageRefusal.elementOf(field, FORM_ELEMENTS, "dataset"));
        return list(model);
    }

    private interface Start {
        Run run() throws IOException;
    }

    @PostMapping("/analyses/winter")
    String winter(
            @RequestParam long datasetId,
            @RequestParam String from,
            @RequestParam(required = false) Integer weeks,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) MultipartFile surge,
            HttpServletResponse response,
            Model model) {
        return started("winter", response, model, () -> {
            LocalDate first;
            try {
                first = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                throw new Invalid("from", "give the first day of week 1 as YYYY-MM-DD, not '" + from + "'");
            }
            return analyses.startWinter(
                    current.get(), datasetId, first, weeks, baseline, Upload.of(surge, "surge.csv"));
        });
    }

    @PostMapping("/analyses/bank")
    String bank(
            @RequestParam long datasetId,
            @RequestParam(required = false) MultipartFile bank,
            @RequestParam(required = false) MultipartFile shifts,
            @RequestParam(required = false) String caps,
            HttpServletResponse response,
            Model model) {
        return started(
                "bank",
                response,
                model,
                () -> analyses.startBank(
                        current.get(), datasetId, caps, Upload.of(bank, "bank.csv"), Upload.of(shifts, "shifts.csv")));
    }

    @PostMapping("/analyses/portfolio")
    String portfolio(
            @RequestParam long datasetId,
            @RequestParam(required = false) Double budgetGbp,
            @RequestParam(required = false) String scenario,
            @RequestParam(required = false) Integer maxLevel,
            @RequestParam(required = false) String targetCapabilities,
            @RequestParam(required = false) Double targetFte,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) Integer draws,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) Integer timeLimitSeconds,
            @RequestParam(required = false) String baseline,
            HttpServletResponse response,
            Model model) {
        List<String> targets = targetCapabilities == null || targetCapabilities.isBlank()
                ? List.of()
                : List.of(targetCapabilities.split("\\s*,\\s*"));
        return started(
                "portfolio",
                response,
                model,
                () -> analyses.startOptimise(
                        current.get(),
                        datasetId,
                        new AnalysisService.NewPortfolio(
                                budgetGbp,
                                scenario == null || scenario.isBlank() ? null : scenario,
                                maxLevel,
                                targets,
                                targetFte,
                                years,
                                draws,
                                seed,
                                timeLimitSeconds,
                                baseline)));
    }

    @PostMapping("/analyses/design")
    String design(
            @RequestParam long datasetId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String scenario,
            @RequestParam(required = false) String baseline,
            HttpServletResponse response,
            Model model) {
        return started(
                "design",
                response,
                model,
                () -> analyses.startDesign(
                        current.get(), datasetId, new AnalysisService.NewDesign(year, scenario, baseline)));
    }

    @GetMapping("/analyses/{id}")
    String analysis(@PathVariable long id, Model model) {
        var account = current.get();
        AnalysisResults.AnalysisView view = results.view(account, id);
        model.addAttribute("run", view.run());
        model.addAttribute("settings", SettingRow.of(view.settings()));
        model.addAttribute("outputs", view.outputs());
        List<AnalysisResults.TablePreview> tables = new ArrayList<>();
        if (!view.outputs().isEmpty()) {
            Map<String, Map<String, String>> names =
                    AnalysisResults.names(datasets.model(view.run().datasetId()));
            for (AnalysisResults.OutputView o : view.outputs()) {
                if (o.readable() && o.name().endsWith(".csv")) {
                    results.preview(account, id, o.name(), names, PREVIEW_ROWS).ifPresent(tables::add);
                }
            }
        }
        model.addAttribute("tables", tables);
        return "analysis";
    }

    /** The progress block alone, polled by htmx every second while the analysis is queued or running. */
    @GetMapping("/analyses/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", analyses.get(current.get(), id));
        return "analysis :: progress";
    }
}
