package org.skillmix.app.web.speakup;

import jakarta.servlet.http.HttpServletResponse;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.PageRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A guardian's cases and one case's page (answer, status); the ICS's themes. Signed in, by role. */
@Controller
public class GuardianPages {
    private final GuardianService guardians;
    private final ThemeService themes;
    private final CurrentAccount current;
    private final SpeakUpOrganisations organisations;

    public GuardianPages(
            GuardianService guardians,
            ThemeService themes,
            CurrentAccount current,
            SpeakUpOrganisations organisations) {
        this.guardians = guardians;
        this.themes = themes;
        this.current = current;
        this.organisations = organisations;
    }

    @GetMapping("/speak-up/cases")
    String cases(Model model) {
        Account me = current.get();
        model.addAttribute("cases", guardians.cases(me));
        // The ICB's guardian answers for other organisations too: the page says so, and names each case's.
        model.addAttribute("ofIcb", SpeakUpAccess.guardian(me).ofIcb());
        return "speak-up-cases";
    }

    @GetMapping("/speak-up/cases/{reference}")
    String read(@PathVariable String reference, Model model) {
        model.addAttribute("c", guardians.read(current.get(), reference));
        model.addAttribute("statuses", CaseStatus.values());
        return "speak-up-case";
    }

    @PostMapping("/speak-up/cases/{reference}/answer")
    String answer(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String text,
            HttpServletResponse response,
            Model model) {
        try {
            CaseView c = guardians.answer(current.get(), reference, text);
            return "redirect:/speak-up/cases/" + c.reference() + "?answered";
        } catch (SpeakUpProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("answerError", e.messageFor("text"));
            model.addAttribute("answerText", text);
            return read(reference, model);
        }
    }

    @PostMapping("/speak-up/cases/{reference}/status")
    String status(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String outcome,
            HttpServletResponse response,
            Model model) {
        try {
            CaseView c = guardians.setStatus(current.get(), reference, status, outcome);
            return "redirect:/speak-up/cases/" + c.reference() + "?status";
        } catch (SpeakUpProblems e) {
            PageRefusal.answer(e, response, model);
            model.addAttribute("statusProblems", e);
            model.addAttribute("outcomeText", outcome);
            return read(reference, model);
        }
    }

    @GetMapping("/speak-up/themes")
    String themes(
            @RequestParam(required = false) String icb, @RequestParam(required = false) Integer year, Model model) {
        Account me = current.get();
        // An administrator belongs to no ICS: the header's link asks which one, rather than answering an error.
        if ((icb == null || icb.isBlank())
                && me.may(Permission.READ_SPEAK_UP_THEMES)
                && me.may(Permission.EVERY_SYSTEM)) {
            model.addAttribute("systems", organisations.all());
            return "speak-up-themes-choose";
        }
        model.addAttribute("t", themes.themes(me, icb, year));
        return "speak-up-themes";
    }
}
