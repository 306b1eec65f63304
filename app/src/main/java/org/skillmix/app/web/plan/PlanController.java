package org.skillmix.app.web.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.RequestValidator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans that partners sign off: the API of {@link PlanService}. */
@RestController
@RequestMapping("/api/plans")
@Tag(
        name = "Plans",
        description = "A run's plan shared with partner organisations, approved by each, published by the ICS lead")
public class PlanController {
    private final PlanService plans;
    private final CurrentAccount current;
    private final RequestValidator validator;

    public PlanController(PlanService plans, CurrentAccount current, RequestValidator validator) {
        this.plans = plans;
        this.current = current;
        this.validator = validator;
    }

    public record NewPlan(
            @NotNull(message = "choose the finished projection run the plan is of")
            Long runId,

            @NotBlank(message = "give the plan a title")
            @Size(max = 200, message = "a title has at most 200 characters")
            String title) {}

    public record NewVersion(
            Long runId,

            @Size(max = 200, message = "a title has at most 200 characters")
            String title) {}

    public record Share(
            @Size(max = 500, message = "share with at most 500 organisations")
            List<String> organisations) {}

    public record DecisionRequest(
            @NotNull(message = "give APPROVED or DECLINED") Plan.Decision decision,

            @Size(max = 2000, message = "a comment is at most 2,000 characters")
            String comment) {}

    public record CommentRequest(
            @NotBlank(message = "write the comment")
            @Size(max = 2000, message = "a comment is at most 2,000 characters")
            String body) {}

    @GetMapping
    @Operation(summary = "The plans the user may see: the ICS team every one, partners those shared with them")
    public List<Plan> list() {
        return plans.list(current.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a draft plan of a finished projection run: {runId, title}", description = "ICS team")
    public Plan create(@RequestBody NewPlan request) {
        validator.check(request);
        return plans.create(current.get(), request.runId(), request.title());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A plan: its partners' decisions, the comments and the parts the user may see")
    public Plan get(@PathVariable long id) {
        return plans.get(current.get(), id);
    }

    @PostMapping("/{id}/share")
    @Operation(
            summary = "Share a draft with partner organisations: {organisations: [ODS codes]} (default: all)",
            description = "ICS team; sharing a shared plan again adds partners")
    public Plan share(@PathVariable long id, @RequestBody(required = false) Share request) {
        if (request != null) validator.check(request);
        return plans.share(current.get(), id, request == null ? null : request.organisations());
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary = "Approve or decline the user's organisation's part: {decision: APPROVED|DECLINED, comment}",
            description = "The lead of a partner organisation; when every partner approved the plan is approved")
    public Plan decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        validator.check(request);
        return plans.decide(current.get(), id, request.decision(), request.comment());
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a plan: {body}", description = "The ICS team and partner leads")
    public Plan comment(@PathVariable long id, @RequestBody CommentRequest request) {
        validator.check(request);
        return plans.comment(current.get(), id, request.body());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an approved plan; it is then immutable", description = "ICS team")
    public Plan publish(@PathVariable long id) {
        return plans.publish(current.get(), id);
    }

    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a new draft version of a plan: {runId (default: the same), title (default: the same)}",
            description = "ICS team; the way to change a published plan")
    public Plan newVersion(@PathVariable long id, @RequestBody(required = false) NewVersion request) {
        if (request != null) validator.check(request);
        return plans.newVersion(
                current.get(), id, request == null ? null : request.runId(), request == null ? null : request.title());
    }
}
