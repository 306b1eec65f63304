package org.skillmix.app.web.plan;

import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.system.DatasetService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The board pack on the pages: its state on a run's results page (a block htmx loads, and polls while the pack is
 * being made), the buttons that make a run's or a plan's, and the CQC evidence page of an ICS.
 */
@Controller
public class BoardPackPages {
    private final BoardPackService packs;
    private final PlanService plans;
    private final DatasetService datasets;
    private final CurrentAccount current;

    public BoardPackPages(BoardPackService packs, PlanService plans, DatasetService datasets, CurrentAccount current) {
        this.packs = packs;
        this.plans = plans;
        this.datasets = datasets;
        this.current = current;
    }

    /** The results page's board pack block: download, progress, or the button that makes it. */
    @GetMapping("/runs/{id}/board-pack")
    String ofRun(@PathVariable long id, Model model) {
        model.addAttribute("pack", packs.ofRun(current.get(), id).orElse(null));
        model.addAttribute("statusUrl", "/runs/" + id + "/board-pack");
        model.addAttribute("downloadUrl", "/api/runs/" + id + "/board-pack");
        model.addAttribute("makeUrl", "/runs/" + id + "/board-pack");
        model.addAttribute("remake", false);
        return "board-pack-parts :: status";
    }

    @PostMapping("/runs/{id}/board-pack")
    String makeOfRun(@PathVariable long id) {
        return "redirect:/analyses/" + packs.makeOfRun(current.get(), id).id();
    }

    @PostMapping("/plans/{id}/board-pack")
    String makeOfPlan(@PathVariable long id) {
        Account account = current.get();
        return "redirect:/analyses/"
                + packs.makeOfPlan(account, plans.get(account, id)).id();
    }

    /** The plan page's board pack block, as the results page's (see {@link #ofRun}). */
    static void planBlock(Model model, BoardPackService packs, Account account, Plan plan) {
        model.addAttribute("pack", packs.ofPlan(account, plan).orElse(null));
        model.addAttribute("statusUrl", null);
        model.addAttribute("downloadUrl", "/api/plans/" + plan.id() + "/board-pack");
        model.addAttribute("makeUrl", "/plans/" + plan.id() + "/board-pack");
        // Until the plan is published its record may have moved on: the pack can be made again as it stands.
        model.addAttribute("remake", plan.status() != PlanStatus.PUBLISHED);
    }

    /** The CQC evidence of the dataset's ICS, by quality statement, from the pack that stands for it. */
    @GetMapping("/systems/{id}/cqc-evidence")
    String evidence(@PathVariable long id, Model model) {
        Account account = current.get();
        model.addAttribute("dataset", datasets.get(account, id));
        model.addAttribute("evidence", packs.evidence(account, id).orElse(null));
        return "cqc-evidence";
    }
}
