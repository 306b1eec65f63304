package org.skillmix.app.web.speakup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A guardian's cases, and the ICS's themes: signed in, by role (SpeakUpAccess). */
@RestController
@Tag(
        name = "Speak up: guardians and the ICS",
        description = "A Freedom to Speak Up guardian's cases (their organisation's only); the ICS's themes (analysts)")
public class GuardianController {
    private final GuardianService guardians;
    private final ThemeService themes;
    private final CurrentAccount current;

    public GuardianController(GuardianService guardians, ThemeService themes, CurrentAccount current) {
        this.guardians = guardians;
        this.themes = themes;
        this.current = current;
    }

    public record Answer(String text) {
        /** Without the words: Spring's request logging writes request bodies with toString(). */
        @Override
        public String toString() {
            return "Answer[" + Words.count(text) + "]";
        }
    }

    public record StatusChange(String status, String outcome) {
        @Override
        public String toString() {
            return "StatusChange[" + status + ", outcome " + Words.count(outcome) + "]";
        }
    }

    @GetMapping("/api/speak-up/cases")
    @Operation(summary = "The guardian's organisation's cases, newest first (guardians only; audited)")
    public List<SpeakUpStore.CaseLine> cases() {
        return guardians.cases(current.get());
    }

    @GetMapping("/api/speak-up/cases/{reference}")
    @Operation(
            summary = "One case with every message (its organisation's guardian only; audited)",
            description = "404 for a case of another organisation, as for one that does not exist.")
    public CaseView read(@PathVariable String reference) {
        return guardians.read(current.get(), reference);
    }

    @PostMapping("/api/speak-up/cases/{reference}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer a case (its organisation's guardian only; audited): {text}")
    public CaseView answer(@PathVariable String reference, @RequestBody Answer answer) {
        return guardians.answer(current.get(), reference, answer.text());
    }

    @PutMapping("/api/speak-up/cases/{reference}/status")
    @Operation(
            summary = "Set a case's status (its organisation's guardian only; audited): {status, outcome}",
            description = "status RECEIVED, IN_PROGRESS or CLOSED; a closed case needs its outcome.")
    public CaseView status(@PathVariable String reference, @RequestBody StatusChange change) {
        return guardians.setStatus(current.get(), reference, change.status(), change.outcome());
    }

    @GetMapping("/api/speak-up/themes")
    @Operation(
            summary = "Concerns by organisation within sector and by month, by category (ICS analysts; audited)",
            description = "One whole financial year that has ended; counts of 1-4 and the counts that would reveal"
                    + " them are null (suppressed). icb: an analyst of every ICS names one; year: 2025 for 2025/26.")
    public Themes themes(@RequestParam(required = false) String icb, @RequestParam(required = false) Integer year) {
        return themes.themes(current.get(), icb, year);
    }
}
