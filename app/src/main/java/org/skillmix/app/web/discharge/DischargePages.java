package org.skillmix.app.web.discharge;

import java.util.List;
import java.util.Locale;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.Invalid;
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
        model.addAttribute("chartData", a.available() ? chartJson(a.bindingRanges()) : "{}");
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
            Model model) {
        try {
            DischargeStudy study = studies.run(
                    current.get(),
                    new DischargeStudies.StudyRequest(
                            id, null, extraCareWorkers, place, heldBackMonths, trainingMonths, utilisation));
            return "redirect:/systems/" + id + "/discharge?study=" + study.id() + "#studies";
        } catch (Invalid | DischargeStudies.Unusable e) {
            model.addAttribute("studyError", e.getMessage());
            return page(id, null, null, null, model);
        }
    }

    /**
     * Places and bed days a year saved by one more homecare FTE there (P10, P50, P90 of the range), the binding place
     * first, for the range chart.
     */
    static String chartJson(List<DischargeQuestionUseCase.PlaceRange> ranked) {
        StringBuilder names = new StringBuilder();
        StringBuilder p10 = new StringBuilder(), p50 = new StringBuilder(), p90 = new StringBuilder();
        for (var e : ranked) {
            String sep = names.isEmpty() ? "" : ",";
            // '<' escaped too: the JSON sits in a script element, where "</script>" in a name would end it.
            names.append(sep)
                    .append('"')
                    .append(e.oneMore()
                            .name()
                            .replace("\\", "\\\\")
                            .replace("\"", "\\\"")
                            .replace("<", "\\u003c"))
                    .append('"');
            var b = e.range().bedDaysSavedPerYear();
            p10.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p10()));
            p50.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p50()));
            p90.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p90()));
        }
        return "{\"places\":[" + names + "],\"p10\":[" + p10 + "],\"p50\":[" + p50 + "],\"p90\":[" + p90 + "]}";
    }
}
