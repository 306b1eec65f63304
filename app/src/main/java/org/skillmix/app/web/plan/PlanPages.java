package org.skillmix.app.web.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.ApiException;
import org.skillmix.app.web.api.PageRefusal;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Plans pages: the list and new-plan form, and a plan with its sign-off. Rules are {@link PlanService}'s. */
@Controller
public class PlanPages {
    private final PlanService plans;
    private final RunService runs;
    private final CurrentAccount current;
    private final BoardPackService boardPacks;
    private final PlanEquality equality;

    public PlanPages(
            PlanService plans,
            RunService runs,
            CurrentAccount current,
            BoardPackService boardPacks,
            PlanEquality equality) {
        this.boardPacks = boardPacks;
        this.equality = equality;
        this.plans = plans;
        this.runs = runs;
        this.current = current;
    }

    @GetMapping("/plans")
    String list(Model model) {
        Account account = current.get();
        model.addAttribute("plans", plans.list(account));
        model.addAttribute(
                "runs",
                runs.list(account, RunKind.PROJECTION).stream()
                        .filter(r -> r.status() == RunStatus.SUCCEEDED)
                        .toList());
        return "plans";
    }

    @PostMapping("/plans")
    String create(
            @RequestParam(required = false) Long runId,
            @RequestParam(required = false) String title,
            HttpServletResponse response,
            Model m) {
        try {
            if (runId == null) throw new org.skillmix.app.web.api.Invalid("runId", "choose a finished run");
            return "redirect:/plans/"
                    + plans.create(current.get(), runId, title).id();
        } catch (ApiException e) {
            if (refusal(e)) throw e;
            PageRefusal.answer(e, response, m);
            m.addAttribute("formError", e.getMessage());
            m.addAttribute("formField", "title".equals(e.field()) ? "plan-title" : "plan-run");
            return list(m);
        }
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        Account account = current.get();
        Plan plan = plans.get(account, id);
        List<String> partners =
                plan.partners().stream().map(Plan.Partner::orgCode).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("equality", equality.of(plan));
        // The parts' columns name their months (the run's first and last), as every other figure in the pages does.
        Plan.Part dated = plan.parts().stream()
                .filter(p -> p.firstMonth() != null)
                .findFirst()
                .orElse(null);
        model.addAttribute("partsFrom", dated == null ? "first month" : dated.firstMonth());
        model.addAttribute("partsTo", dated == null ? "last month" : dated.lastMonth());
        model.addAttribute("manages", account.may("MANAGE_PLANS"));
        model.addAttribute("publishes", account.may("PUBLISH_PLANS"));
        model.addAttribute("decides", AccessPolicy.decidesFor(account, partners));
        model.addAttribute("comments", AccessPolicy.commentsOn(account, partners));
        model.addAttribute(
                "own",
                plan.partners().stream()
                        .filter(p -> p.orgCode().equalsIgnoreCase(String.valueOf(account.orgCode())))
                        .findFirst()
                        .orElse(null));
        BoardPackPages.planBlock(model, boardPacks, account, plan);
        return "plan";
    }

    @PostMapping("/plans/{id}/share")
    String share(
            @PathVariable long id,
            @RequestParam(required = false) List<String> organisations,
            HttpServletResponse response,
            Model model) {
        return act(id, new Refused(response, model, "share-orgs"), () -> plans.share(current.get(), id, organisations));
    }

    @PostMapping("/plans/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam Plan.Decision decision,
            @RequestParam(required = false) String comment,
            HttpServletResponse response,
            Model model) {
        return act(
                id,
                new Refused(response, model, "decision-approve"),
                () -> plans.decide(current.get(), id, decision, comment));
    }

    @PostMapping("/plans/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            HttpServletResponse response,
            Model model) {
        return act(id, new Refused(response, model, "comment-body"), () -> plans.comment(current.get(), id, body));
    }

    /** Refused, the button is gone (it shows once every partner approved): the summary leads to the plan's status. */
    @PostMapping("/plans/{id}/publish")
    String publish(@PathVariable long id, HttpServletResponse response, Model model) {
        return act(id, new Refused(response, model, "plan-status"), () -> plans.publish(current.get(), id));
    }

    @PostMapping("/plans/{id}/versions")
    String newVersion(@PathVariable long id, HttpServletResponse response, Model model) {
        try {
            return "redirect:/plans/"
                    + plans.newVersion(current.get(), id, null, null).id();
        } catch (ApiException e) {
            return new Refused(response, model, "new-version").show(this, id, e);
        }
    }

    /** Where a refused action of the plan's page answers: its response, its model, and the box of its form. */
    private record Refused(HttpServletResponse response, Model model, String formField) {
        String show(PlanPages pages, long id, ApiException e) {
            if (refusal(e)) throw e;
            PageRefusal.answer(e, response, model);
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formField", formField);
            return pages.show(id, model);
        }
    }

    private String act(long id, Refused refused, Runnable action) {
        try {
            action.run();
            return "redirect:/plans/" + id;
        } catch (ApiException e) {
            return refused.show(this, id, e);
        }
    }

    private static boolean refusal(ApiException e) {
        return e.status().value() == 403 || e.status().value() == 404;
    }
}
