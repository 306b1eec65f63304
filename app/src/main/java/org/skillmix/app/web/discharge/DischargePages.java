package org.skillmix.app.web.discharge;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.system.PublishedData;
import org.skillmix.usecase.discharge.DischargeQuestion;
import org.skillmix.usecase.discharge.DischargeQuestionRequest;
import org.skillmix.usecase.discharge.DischargeQuestionUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The discharge questions page of a system. */
@Controller
public class DischargePages {
    /** The study form's boxes by the field a refusal names, else its first. */
    private static final Map<String, String> STUDY_ELEMENTS = Map.of(
            "extraCareWorkers", "extraCareWorkers",
            "place", "study-place",
            "heldBackMonths", "heldBackMonths",
            "trainingMonths", "trainingMonths",
            "utilisation", "utilisation");

    private final DischargeService discharge;
    private final DischargeStudies studies;
    private final PublishedData published;
    private final CurrentAccount current;

    public DischargePages(
            DischargeService discharge, DischargeStudies studies, PublishedData published, CurrentAccount current) {
        this.discharge = discharge;
        this.studies = studies;
        this.published = published;
        this.current = current;
    }

    @GetMapping("/systems/{id}/discharge")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Double extraFte,
            @RequestParam(required = false) String kind,
            Model model) {
        DischargeService.Answer answer = discharge.answer(current.get(), id, place, extraFte, kind);
        DischargeQuestionUseCase.Result a = answer.result();
        model.addAttribute("dataset", answer.dataset());
        model.addAttribute("a", a);
        model.addAttribute("questions", DischargeQuestion.values());
        model.addAttribute("mostExtraFte", (long) DischargeQuestionRequest.MOST_EXTRA_FTE);
        model.addAttribute(
                "chartData", a.available() ? RangeChart.of(a.bindingRanges()).json() : "{}");
        model.addAttribute("publishedData", published.configured());
        model.addAttribute("places", discharge.places(id));
        model.addAttribute(
                "studies",
                studies.list(current.get()).stream()
                        .filter(s ->
                                s.icbCode().equalsIgnoreCase(answer.dataset().icbCode()))
                        .toList());
        return "discharge";
    }

    /**
     * A discharge study of the dataset's ICB from the server's published series, split into the dataset's places:
     * stored, then the page lists it with its files; a setting the study refuses is shown on the page.
     */
    @PostMapping("/systems/{id}/discharge-studies")
    String study(
            @PathVariable long id,
            @RequestParam(required = false) Double extraCareWorkers,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Integer heldBackMonths,
            @RequestParam(required = false) Integer trainingMonths,
            @RequestParam(required = false) Double utilisation,
            HttpServletResponse response,
            Model model) {
        try {
            DischargeStudy study = studies.run(
                    current.get(),
                    new DischargeStudies.StudyRequest(
                            id, null, extraCareWorkers, place, heldBackMonths, trainingMonths, utilisation));
            return "redirect:/systems/" + id + "/discharge?study=" + study.id() + "#studies";
        } catch (Invalid | DischargeStudies.Unusable e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("studyError", e.getMessage());
            model.addAttribute("studyField", PageRefusal.elementOf(e.field(), STUDY_ELEMENTS, "extraCareWorkers"));
            return page(id, null, null, null, model);
        }
    }
}
