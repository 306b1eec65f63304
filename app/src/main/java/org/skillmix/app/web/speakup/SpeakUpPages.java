package org.skillmix.app.web.speakup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.PageRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The anonymous pages (public by decision): the form, the page that shows the reference and secret once, and the
 * page that opens a case to read its answers and reply. A refusal is shown on the form itself, beside its field.
 */
@Controller
public class SpeakUpPages {
    private final SpeakUpService speakUp;

    public SpeakUpPages(SpeakUpService speakUp) {
        this.speakUp = speakUp;
    }

    /** The form's values as typed, to show them again beside their problems. */
    public record Form(String organisation, String place, String category, String text) {
        static Form empty() {
            return new Form("", "", "", "");
        }
    }

    @GetMapping(SpeakUpPaths.FORM)
    String form(Model model) {
        return form(model, Form.empty(), null, null);
    }

    @PostMapping(SpeakUpPaths.FORM)
    String raise(
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Form typed = new Form(organisation, place, category, text);
        // The list's value is "ICB:ORG", so an organisation in two systems is told apart.
        int colon = organisation.indexOf(':');
        String icb = colon < 0 ? null : organisation.substring(0, colon);
        String org = colon < 0 ? organisation : organisation.substring(colon + 1);
        try {
            SpeakUpService.Raised raised = speakUp.raise(
                    AnonymousRequests.rateKey(request), new SpeakUpService.NewConcern(icb, org, place, category, text));
            model.addAttribute("raised", raised);
            return "speak-up-raised";
        } catch (SpeakUpProblems e) {
            PageRefusal.answer(e, response, model);
            return form(model, typed, e, null);
        } catch (TooManyRequests e) {
            PageRefusal.answer(e, response, model);
            return form(model, typed, null, e.getMessage());
        }
    }

    @GetMapping(SpeakUpPaths.FOLLOW)
    String follow(Model model) {
        model.addAttribute("reference", "");
        return "speak-up-follow";
    }

    @PostMapping(SpeakUpPaths.FOLLOW)
    String open(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("reference", reference);
        try {
            model.addAttribute("c", speakUp.open(AnonymousRequests.rateKey(request), reference, secret));
            model.addAttribute("secret", secret);
        } catch (ApiException e) {
            notOpened(e, response, model);
        }
        return "speak-up-follow";
    }

    @PostMapping(SpeakUpPaths.FOLLOW_REPLY)
    String reply(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(defaultValue = "") String text,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("reference", reference);
        String key = AnonymousRequests.rateKey(request);
        try {
            model.addAttribute("c", speakUp.reply(key, reference, secret, text));
            model.addAttribute("secret", secret);
            model.addAttribute("replied", true);
        } catch (SpeakUpProblems e) {
            // The case opened but the reply was refused: show the case again, the problem beside the reply box.
            PageRefusal.answer(e, response, model);
            model.addAttribute("c", speakUp.open(key, reference, secret));
            model.addAttribute("secret", secret);
            model.addAttribute("replyError", e.messageFor("text"));
            model.addAttribute("replyText", text);
        } catch (ApiException e) {
            notOpened(e, response, model);
        }
        return "speak-up-follow";
    }

    /** The case did not open (or the limit was reached): the form again, the message linked to its field. */
    private static void notOpened(ApiException e, HttpServletResponse response, Model model) {
        PageRefusal.answer(e, response, model);
        model.addAttribute("openError", e.getMessage());
        model.addAttribute("openField", e.field() == null ? "reference" : e.field());
    }

    private String form(Model model, Form typed, SpeakUpProblems problems, String limited) {
        model.addAttribute("choices", speakUp.choices());
        model.addAttribute("form", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("limited", limited);
        return "speak-up";
    }
}
