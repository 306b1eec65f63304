package org.skillmix.app.web.discharge;

import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The discharge page of a dataset: which place's social care binds, and what extra homecare staff do to beds. */
@Controller
public class DischargePages {
    private final DischargeService discharge;
    private final CurrentAccount current;

    public DischargePages(DischargeService discharge, CurrentAccount current) {
        this.discharge = discharge;
        this.current = current;
    }

    @GetMapping("/systems/{id}/discharge")
    String page(@PathVariable long id, @RequestParam(required = false) String place, @RequestParam(required = false) Double fte,
                Model model) {
        model.addAttribute("d", discharge.page(current.get(), id, place, fte));
        model.addAttribute("place", place);
        model.addAttribute("fte", fte == null ? 10 : fte);
        return "discharge";
    }
}
