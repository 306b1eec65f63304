package org.skillmix.app.web.plan;

import java.util.List;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.api.ApiException;
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
    String create(@RequestParam(required = false) Long runId, @RequestParam(required = false) String title, Model m) {
        try {
            if (runId == null) throw new org.skillmix.app.web.api.Invalid("runId", "choose a finished run");
            return "redirect:/plans/"
                    + plans.create(current.get(), runId, title).id();
        } catch (ApiException e) {
            if (refusal(e)) throw e;
            m.addAttribute("formError", e.getMessage());
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
    String share(@PathVariable long id, @RequestParam(required = false) List<String> organisations, Model model) {
        return act(id, model, () -> plans.share(current.get(), id, organisations));
    }

    @PostMapping("/plans/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam Plan.Decision decision,
            @RequestParam(required = false) String comment,
            Model model) {
        return act(id, model, () -> plans.decide(current.get(), id, decision, comment));
    }

    @PostMapping("/plans/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model) {
        return act(id, model, () -> plans.comment(current.get(), id, body));
    }

    @PostMapping("/plans/{id}/publish")
    String publish(@PathVariable long id, Model model) {
        return act(id, model, () -> plans.publish(current.get(), id));
    }

    @PostMapping("/plans/{id}/versions")
    String newVersion(@PathVariable long id, Model model) {
        try {
            return "redirect:/plans/"
                    + plans.newVersion(current.get(), id, null, null).id();
        } catch (ApiException e) {
            if (refusal(e)) throw e;
            model.addAttribute("formError", e.getMessage());
            return show(id, model);
        }
    }

    private String act(long id, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/plans/" + id;
        } catch (ApiException e) {
            if (refusal(e)) throw e;
            model.addAttribute("formError", e.getMessage());
            return show(id, model);
        }
    }

    private static boolean refusal(ApiException e) {
        return e.status().value() == 403 || e.status().value() == 404;
    }
}
