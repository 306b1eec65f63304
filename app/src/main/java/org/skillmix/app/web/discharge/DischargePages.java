package org.skillmix.app.web.discharge;

import java.util.List;
import java.util.Locale;
import org.skillmix.app.web.account.CurrentAccount;
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
        model.addAttribute("chartData", a.available() ? chartJson(a.binding()) : "{}");
        return "discharge";
    }

    /** Places and bed days a year saved by one more homecare FTE there, for the bar chart. */
    static String chartJson(List<PlaceEffect> binding) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (PlaceEffect e : binding) {
            if (!names.isEmpty()) {
                names.append(',');
                values.append(',');
            }
            // '<' escaped too: the JSON sits in a script element, where "</script>" in a name would end it.
            names.append('"')
                    .append(e.name().replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c"))
                    .append('"');
            values.append(String.format(Locale.ROOT, "%.4f", e.effect().bedDaysPerFtePerYear()));
        }
        return "{\"places\":[" + names + "],\"bedDaysPerFtePerYear\":[" + values + "]}";
    }
}
