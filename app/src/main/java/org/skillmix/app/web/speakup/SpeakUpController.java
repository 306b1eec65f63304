package org.skillmix.app.web.speakup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The speak-up channel's anonymous API: public by decision (SpeakUpAccess, SpeakUpSecurity). Each operation says
 * so in the OpenAPI document with an empty security requirement.
 */
@RestController
@Tag(
        name = "Speak up: anyone",
        description = "Raise a concern without an account and follow it with its reference and secret (public)")
public class SpeakUpController {
    private final SpeakUpService speakUp;

    public SpeakUpController(SpeakUpService speakUp) {
        this.speakUp = speakUp;
    }

    /** A reference and secret, and a reply's text. */
    public record Follow(String reference, String secret) {
        /** Without the secret: Spring's request logging writes request bodies with toString(). */
        @Override
        public String toString() {
            return "Follow[reference=" + reference + ", secret not shown]";
        }
    }

    public record Reply(String reference, String secret, String text) {
        @Override
        public String toString() {
            return "Reply[reference=" + reference + ", secret not shown, " + Words.count(text) + "]";
        }
    }

    @GetMapping(SpeakUpPaths.API_CHOICES)
    @SecurityRequirements
    @Operation(summary = "What a concern can be about: categories, and each ICS's organisations and places (public)")
    public SpeakUpService.Choices choices() {
        return speakUp.choices();
    }

    @PostMapping(SpeakUpPaths.API_CONCERNS)
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(
            summary = "Raise a concern anonymously (public): {icbCode, orgCode, placeCode, category, text}",
            description = "201 with the case's reference and secret: the secret is shown this once and only its hash"
                    + " is kept; readBy says who reads it now: ORGANISATION_GUARDIAN, ICB_GUARDIAN (the organisation"
                    + " has none: the guardian of icbName) or NO_GUARDIAN_YET (kept until the ICS registers one)."
                    + " 400 with problems: [{field, message}] and nothing stored; 429 over the rate limit.")
    public SpeakUpService.Raised raise(@RequestBody SpeakUpService.NewConcern concern, HttpServletRequest request) {
        return speakUp.raise(AnonymousRequests.rateKey(request), concern);
    }

    @PostMapping(SpeakUpPaths.API_FOLLOW)
    @SecurityRequirements
    @Operation(
            summary = "Open a case with its reference and secret (public): its status, answers and replies",
            description = "404 for a wrong reference or a wrong secret alike; 429 over the rate limit.")
    public CaseView open(@RequestBody Follow follow, HttpServletRequest request) {
        return speakUp.open(AnonymousRequests.rateKey(request), follow.reference(), follow.secret());
    }

    @PostMapping(SpeakUpPaths.API_FOLLOW_REPLIES)
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Reply on a case with its reference and secret (public): the case as it now stands")
    public CaseView reply(@RequestBody Reply reply, HttpServletRequest request) {
        return speakUp.reply(AnonymousRequests.rateKey(request), reply.reference(), reply.secret(), reply.text());
    }
}
