package org.skillmix.app.web.comparison;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.page.PageJson;
import org.skillmix.app.web.run.ComparisonRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.DatasetVersion;
import org.skillmix.app.web.system.Labels;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.SystemNames;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.RunDefaults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Comparisons pages: the list, the new-comparison form, and a comparison's figures. */
@Controller
public class ComparisonPages {
    /**
     * The form's boxes by the field a refusal names, else the dataset's; "scenarios" the page turns into the first
     * scenario's box, whose id is its code.
     */
    private static final Map<String, String> FORM_ELEMENTS = Map.of(
            "scenarios", "scenarios",
            "years", "cmp-years",
            "draws", "cmp-draws",
            "seed", "cmp-seed",
            "targetCapabilities", "cmp-targets",
            "targetFte", "cmp-target-fte",
            "baseline", "cmp-baseline");

    private final ComparisonService comparisons;
    private final DatasetService datasets;
    private final CurrentAccount current;
    private final SystemNames names;

    public ComparisonPages(
            ComparisonService comparisons, DatasetService datasets, CurrentAccount current, SystemNames names) {
        this.names = names;
        this.comparisons = comparisons;
        this.datasets = datasets;
        this.current = current;
    }

    /** @param datasetId the dataset whose scenarios the form offers (default: the newest with scenarios) */
    @GetMapping("/comparisons")
    String list(@RequestParam(required = false) Long datasetId, Model model) {
        var account = current.get();
        List<StoredDataset> visible = datasets.list(account);
        StoredDataset chosen = visible.stream()
                .filter(d -> datasetId != null && d.id() == datasetId)
                .findFirst()
                .or(() -> visible.stream()
                        .filter(d -> !datasets.model(d.id()).scenarios().isEmpty())
                        .findFirst())
                .orElse(visible.isEmpty() ? null : visible.get(0));
        model.addAttribute("comparisons", comparisons.list(account));
        model.addAttribute("datasets", DatasetVersion.of(visible));
        model.addAttribute("chosen", chosen);
        model.addAttribute(
                "scenarios",
                chosen == null ? List.of() : datasets.model(chosen.id()).scenarios());
        model.addAttribute(
                "capabilities",
                chosen == null ? List.of() : datasets.model(chosen.id()).capabilities());
        RunDefaults.FORM.forEach(model::addAttribute);
        model.addAttribute("baselines", Baseline.values());
        model.addAttribute("labels", chosen == null ? Labels.NONE : names.of(chosen.id()));
        return "comparisons";
    }

    @PostMapping("/comparisons")
    String start(
            @RequestParam Long datasetId,
            @RequestParam(required = false) List<String> scenarios,
            @RequestParam(required = false) Integer years,
            @RequestParam(required = false) Integer draws,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) List<String> targetCapabilities,
            @RequestParam(defaultValue = "0") Double targetFte,
            @RequestParam(required = false) String baseline,
            HttpServletResponse response,
            Model model) {
        try {
            Run run = comparisons.start(
                    current.get(),
                    new RunService.NewComparison(
                            datasetId, scenarios, years, draws, seed, targetCapabilities, targetFte, baseline));
            return "redirect:/comparisons/" + run.id();
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formField", PageRefusal.elementOf(e.field(), FORM_ELEMENTS, "cmp-dataset-choice"));
            return list(datasetId, model);
        }
    }

    /** While queued or running, the run page with its live progress; once succeeded, the figures. */
    @GetMapping("/comparisons/{id}")
    String comparison(@PathVariable long id, Model model) {
        var account = current.get();
        Run run = comparisons.get(account, id);
        model.addAttribute("run", run);
        if (run.status() != RunStatus.SUCCEEDED) return "run";
        var slices = comparisons.slices(account, id);
        Labels labels = names.of(run.datasetId());
        model.addAttribute("slices", slices);
        model.addAttribute("labels", labels);
        Map<String, String> scenarioNames = new LinkedHashMap<>();
        scenarioNames.put("baseline", "Baseline (no interventions)");
        datasets.model(run.datasetId())
                .scenarios()
                .forEach(s -> scenarioNames.put(s.code(), s.name() + " (" + s.code() + ")"));
        model.addAttribute("scenarioNames", scenarioNames);
        model.addAttribute(
                "targetNames",
                String.join(
                        ", ",
                        run.settings(ComparisonRunSettings.class).targetCapabilities().stream()
                                .map(labels::capability)
                                .toList()));
        model.addAttribute(
                "sliceNames",
                PageJson.of(Map.of(
                        "capabilities", Labels.named(slices.capabilities(), labels::capability),
                        "sectors", Labels.named(slices.sectors(), Labels::sectorWords),
                        "places", Labels.named(slices.places(), labels::place),
                        "scenarios", scenarioNames)));
        model.addAttribute("summary", comparisons.summary(account, id));
        return "comparison";
    }
}
