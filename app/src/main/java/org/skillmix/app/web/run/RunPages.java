package org.skillmix.app.web.run;

import jakarta.servlet.http.HttpServletResponse;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.DatasetVersion;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Runs pages: the list, the new-run form, a run's live progress, cancel. */
@Controller
public class RunPages {
    private final RunService runs;
    private final DatasetService datasets;
    private final CurrentAccount current;

    public RunPages(RunService runs, DatasetService datasets, CurrentAccount current) {
        this.runs = runs;
        this.datasets = datasets;
        this.current = current;
    }

    /** A scenario the run form offers, besides the baseline every dataset has. */
    public record ScenarioOption(long datasetId, String code, String name) {}

    @GetMapping("/runs")
    String list(Model model, @RequestParam(required = false) Long datasetId) {
        var account = current.get();
        model.addAttribute("runs", runs.list(account));
        var visible = datasets.list(account);
        model.addAttribute("datasets", DatasetVersion.of(visible));
        model.addAttribute("selectedDataset", datasetId);
        model.addAttribute("baselines", Baseline.values());
        model.addAttribute(
                "scenarioOptions",
                visible.stream()
                        .flatMap(d -> datasets.model(d.id()).scenarios().stream()
                                .map(s -> new ScenarioOption(d.id(), s.code(), s.name())))
                        .toList());
        RunDefaults.FORM.forEach(model::addAttribute);
        return "runs";
    }

    @PostMapping("/runs")
    String start(
            @RequestParam Long datasetId,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) Integer draws,
            @RequestParam(required = false) Long seed,
            @RequestParam(defaultValue = RunService.BASELINE) String scenario,
            @RequestParam(required = false) String baseline,
            HttpServletResponse response,
            Model model) {
        try {
            Run run =
                    runs.start(current.get(), new RunService.NewRun(datasetId, years, draws, seed, scenario, baseline));
            return "redirect:/runs/" + run.id();
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formField", formField(e.field()));
            return list(model, datasetId);
        }
    }

    /** The form's field an error names (the error summary links to it), the dataset when it names none. */
    static String formField(String field) {
        return field == null
                        || !java.util.Set.of("datasetId", "years", "draws", "seed", "scenario", "baseline")
                                .contains(field)
                ? "datasetId"
                : field;
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        Run run = runs.get(current.get(), id);
        // A plan's page has its own progress (seconds of search, best cover against the bound); an analysis's too.
        if (run.kind() == RunKind.MUTUAL_AID || run.kind().analysis()) return "redirect:" + run.resultsPath();
        model.addAttribute("run", run);
        return "run";
    }

    /** The progress block alone, polled by htmx every second while the run is queued or running. */
    @GetMapping("/runs/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(current.get(), id));
        return "run :: progress";
    }

    @PostMapping("/runs/{id}/cancel")
    String cancel(@PathVariable long id) {
        runs.cancel(current.get(), id);
        return "redirect:/runs/" + id;
    }
}
