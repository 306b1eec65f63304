package org.skillmix.app.web.discharge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.core.discharge.DischargeBenefitRange;
import org.skillmix.core.discharge.PlaceEffect;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The discharge questions page of a system. */
@Controller
public class DischargePages {
    private final DischargeService discharge;
    private final CurrentAccount current;

    public DischargePages(DischargeService discharge, CurrentAccount current) {
        this.discharge = discharge;
        this.current = current;
    }

    @GetMapping("/systems/{id}/discharge")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Double extraFte,
            @RequestParam(required = false) String kind,
            Model model) {
        DischargeService.Answer a =
                discharge.answer(current.get(), id, place, extraFte == null ? 50.0 : extraFte, kind);
        model.addAttribute("a", a);
        model.addAttribute("questions", DischargeQuestion.values());
        model.addAttribute("chartData", a.available() ? chartJson(a.bindingRanges()) : "{}");
        return "discharge";
    }

    /**
     * Places and bed days a year saved by one more homecare FTE there (P10, P50, P90 of the range), the binding place
     * first, for the range chart.
     */
    static String chartJson(List<Map.Entry<PlaceEffect, DischargeBenefitRange>> ranked) {
        StringBuilder names = new StringBuilder();
        StringBuilder p10 = new StringBuilder(), p50 = new StringBuilder(), p90 = new StringBuilder();
        for (var e : ranked) {
            String sep = names.isEmpty() ? "" : ",";
            // '<' escaped too: the JSON sits in a script element, where "</script>" in a name would end it.
            names.append(sep)
                    .append('"')
                    .append(e.getKey()
                            .name()
                            .replace("\\", "\\\\")
                            .replace("\"", "\\\"")
                            .replace("<", "\\u003c"))
                    .append('"');
            var b = e.getValue().bedDaysSavedPerYear();
            p10.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p10()));
            p50.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p50()));
            p90.append(sep).append(String.format(Locale.ROOT, "%.4f", b.p90()));
        }
        return "{\"places\":[" + names + "],\"p10\":[" + p10 + "],\"p50\":[" + p50 + "],\"p90\":[" + p90 + "]}";
    }
}
