package org.skillmix.app.web.mutualaid;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.page.PageJson;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.Labels;
import org.skillmix.app.web.system.SystemNames;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.mutualaid.MutualAidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A system's Mutual aid page (upload, plans, delete) and a plan's page (live progress, then the plan). */
@Controller
public class MutualAidPages {
    /** The upload form's boxes by the field a refusal names, else the staff file's. */
    private static final java.util.Map<String, String> FORM_ELEMENTS = java.util.Map.of(
            "staff", "staff",
            "surge", "surge",
            "firstDay", "firstDay",
            "seconds", "seconds",
            "baseline", "mutual-aid-baseline");

    private final MutualAidService mutualAid;
    private final MutualAidPlans plans;
    private final DatasetService datasets;
    private final CurrentAccount current;
    private final SystemNames names;

    public MutualAidPages(
            MutualAidService mutualAid,
            MutualAidPlans plans,
            DatasetService datasets,
            CurrentAccount current,
            SystemNames names) {
        this.mutualAid = mutualAid;
        this.plans = plans;
        this.datasets = datasets;
        this.current = current;
        this.names = names;
    }

    @GetMapping("/datasets/{id}/mutual-aid")
    String page(@PathVariable long id, Model model) {
        var account = current.get();
        model.addAttribute("dataset", datasets.get(account, id));
        model.addAttribute("inputs", mutualAid.inputs(account, id));
        model.addAttribute("baselines", Baseline.values());
        if (!model.containsAttribute("firstDay"))
            model.addAttribute("firstDay", LocalDate.now().toString());
        return "mutual-aid";
    }

    @PostMapping("/datasets/{id}/mutual-aid")
    String upload(
            @PathVariable long id,
            @RequestParam(value = "staff", required = false) MultipartFile staff,
            @RequestParam(value = "surge", required = false) MultipartFile surge,
            @RequestParam(value = "firstDay", required = false) String firstDay,
            @RequestParam(value = "seconds", defaultValue = "" + MutualAidRequest.DEFAULT_SECONDS) Integer seconds,
            @RequestParam(value = "baseline", required = false) String baseline,
            HttpServletResponse response,
            Model model)
            throws IOException {
        var account = current.get();
        model.addAttribute("firstDay", firstDay);
        try {
            Run run = mutualAid.uploadAndPlan(
                    account,
                    id,
                    parseDay(firstDay),
                    seconds,
                    baseline,
                    file(staff, "staff.csv"),
                    file(surge, "surge.csv"));
            return "redirect:/mutual-aid/plans/" + run.id();
        } catch (UploadProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemSummary", e.getMessage());
            // the summary links to the file of the first problem
            boolean surgeFirst =
                    !e.problems().isEmpty() && e.problems().get(0).file().startsWith("surge");
            model.addAttribute("errorField", surgeFirst ? "surge" : "staff");
        } catch (Invalid e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("problemSummary", e.getMessage());
            model.addAttribute("errorField", PageRefusal.elementOf(e.field(), FORM_ELEMENTS, "staff"));
        }
        return page(id, model);
    }

    @PostMapping("/mutual-aid/{inputId}/plans")
    String plan(
            @PathVariable long inputId,
            @RequestParam(value = "seconds", required = false) Integer seconds,
            @RequestParam(value = "baseline", required = false) String baseline) {
        Run run = mutualAid.start(current.get(), inputId, seconds, null, null, baseline);
        return "redirect:/mutual-aid/plans/" + run.id();
    }

    @PostMapping("/mutual-aid/{inputId}/delete")
    String delete(@PathVariable long inputId) {
        var account = current.get();
        long datasetId = mutualAid.input(account, inputId).datasetId();
        mutualAid.delete(account, inputId);
        return "redirect:/datasets/" + datasetId + "/mutual-aid";
    }

    @GetMapping("/mutual-aid/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        var account = current.get();
        MutualAidService.PlanStatus status = mutualAid.status(account, id);
        model.addAttribute("plan", status);
        model.addAttribute("run", status.run());
        Labels labels = names.of(status.run().datasetId());
        model.addAttribute("labels", labels);
        // the charts name organisations and services as the tables do
        model.addAttribute(
                "planNames",
                PageJson.of(java.util.Map.of("organisations", labels.organisations(), "services", labels.services())));
        if (status.run().status() == RunStatus.SUCCEEDED) {
            model.addAttribute("cover", plans.cover(account, id));
            if (!status.scope().equals("cover only")) {
                model.addAttribute("moves", plans.moves(account, id, null, null));
                model.addAttribute("donorLosses", plans.donorLosses(account, id));
            }
        }
        return "mutual-aid-plan";
    }

    /** The progress block alone, polled by htmx every second while the plan is queued or running. */
    @GetMapping("/mutual-aid/plans/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        MutualAidService.PlanStatus status = mutualAid.status(current.get(), id);
        model.addAttribute("plan", status);
        model.addAttribute("run", status.run());
        return "mutual-aid-plan :: progress";
    }

    @PostMapping("/mutual-aid/plans/{id}/cancel")
    String cancel(@PathVariable long id) {
        mutualAid.cancel(current.get(), id);
        return "redirect:/mutual-aid/plans/" + id;
    }

    static MutualAidInputs.File file(MultipartFile part, String defaultName) throws IOException {
        if (part == null || part.isEmpty()) return null;
        String name =
                part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                        ? defaultName
                        : java.nio.file.Path.of(part.getOriginalFilename())
                                .getFileName()
                                .toString();
        return new MutualAidInputs.File(name, part.getBytes());
    }

    private static LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Invalid("firstDay", "the first day must be YYYY-MM-DD, not '" + text + "'");
        }
    }
}
