package org.skillmix.app.web.scenario;

import jakarta.servlet.http.HttpServletResponse;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.system.Labels;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.SystemNames;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.data.dataset.InterventionRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Scenarios page of a dataset: its scenarios and interventions, and (for analysts) the editor. */
@Controller
public class ScenarioPages {
    private final ScenarioService scenarios;
    private final CurrentAccount current;
    private final SystemNames names;

    public ScenarioPages(ScenarioService scenarios, CurrentAccount current, SystemNames names) {
        this.scenarios = scenarios;
        this.current = current;
        this.names = names;
    }

    /** @param edit "scenario/intervention" to load into the editor, or blank for a new row */
    @GetMapping("/datasets/{id}/scenarios")
    String page(@PathVariable long id, @RequestParam(required = false) String edit, Model model) {
        ScenarioService.Scenarios list = scenarios.list(current.get(), id);
        InterventionRow form = null;
        if (edit != null && edit.contains("/")) {
            String scenario = edit.substring(0, edit.indexOf('/'));
            String code = edit.substring(edit.indexOf('/') + 1);
            form = list.scenarios().stream()
                    .filter(s -> s.code().equals(scenario))
                    .flatMap(s -> s.interventions().stream())
                    .filter(r -> r.is(scenario, code))
                    .findFirst()
                    .map(r -> r.withScenario(scenario, nameOf(list, scenario)))
                    .orElse(null);
            if (form != null) {
                model.addAttribute("originalScenario", scenario);
                model.addAttribute("originalCode", code);
            }
        }
        return show(model, list, form == null ? blankRow() : form);
    }

    @PostMapping("/datasets/{id}/scenarios")
    String save(
            @PathVariable long id,
            @ModelAttribute InterventionRow row,
            @RequestParam(required = false) String originalScenario,
            @RequestParam(required = false) String originalCode,
            HttpServletResponse response,
            Model model) {
        var account = current.get();
        try {
            StoredDataset stored = originalCode == null || originalCode.isBlank()
                    ? scenarios.add(account, id, row.scenarioCode(), row)
                    : scenarios.replace(account, id, originalScenario, originalCode, row);
            return "redirect:/datasets/" + stored.id() + "/scenarios?from=" + id;
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemSummary", e.getMessage());
            model.addAttribute(
                    "errorField",
                    editorBox(e.problems().stream()
                            .filter(UploadProblems.ProblemView::error)
                            .map(UploadProblems.ProblemView::column)
                            .findFirst()
                            .orElse(null)));
        } catch (ApiException e) {
            if (e.status().value() == 403 || e.status().value() == 404) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("problemSummary", e.getMessage());
            model.addAttribute("errorField", editorBox(e.field()));
        }
        model.addAttribute("originalScenario", originalScenario);
        model.addAttribute("originalCode", originalCode);
        return show(model, scenarios.list(account, id), row);
    }

    @PostMapping("/datasets/{id}/scenarios/delete")
    String delete(
            @PathVariable long id,
            @RequestParam String scenario,
            @RequestParam String intervention,
            HttpServletResponse response,
            Model model) {
        var account = current.get();
        try {
            return "redirect:/datasets/"
                    + scenarios.delete(account, id, scenario, intervention).id() + "/scenarios?from=" + id;
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemSummary", e.getMessage());
            // the row's delete button is still there: the summary leads back to it
            model.addAttribute("errorField", "delete-" + scenario + "-" + intervention);
            return show(model, scenarios.list(account, id), blankRow());
        }
    }

    private String show(Model model, ScenarioService.Scenarios list, InterventionRow form) {
        model.addAttribute("dataset", list.dataset());
        model.addAttribute("scenarios", list.scenarios());
        model.addAttribute("form", form);
        // the editor's scope and target lists: codes as the file holds them, names beside them
        Labels labels = names.of(list.dataset().id());
        model.addAttribute("labels", labels);
        model.addAttribute("sectorChoices", Labels.sectorChoices());
        model.addAttribute("roleChoices", labels.roleChoices());
        model.addAttribute("organisationChoices", labels.organisationChoices());
        model.addAttribute("placeChoices", labels.placeChoices());
        model.addAttribute("capabilityChoices", labels.capabilityChoices());
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(org.skillmix.core.scenario.InterventionKind.values())
                        .map(org.skillmix.core.scenario.InterventionKind::code)
                        .toList());
        return "scenarios";
    }

    /**
     * The editor's box for a column of the interventions file ("effect_mode") or a row's field ("effectMode"): its
     * id is "f-" and the field's name; what names no field of a row leads to the first box.
     */
    static String editorBox(String column) {
        String field = column == null ? "" : toCamel(column);
        boolean known = java.util.Arrays.stream(InterventionRow.class.getRecordComponents())
                .anyMatch(c -> c.getName().equals(field));
        return "f-" + (known ? field : "scenarioCode");
    }

    private static String toCamel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.trim().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String nameOf(ScenarioService.Scenarios list, String scenario) {
        return list.scenarios().stream()
                .filter(s -> s.code().equals(scenario))
                .map(ScenarioService.ScenarioView::name)
                .findFirst()
                .orElse("");
    }

    private static InterventionRow blankRow() {
        return new InterventionRow(
                "", "", "", "", "", "ALL", "ALL", "ALL", "ALL", "", "", "", "", "0", "", "", "", "", "", "0", "0", "");
    }
}
