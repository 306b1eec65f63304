package org.skillmix.app.web.result;

import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.run.RunService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Results page: the baseline, the gap today and what drives its spread, fan charts, heatmaps,
 * drill-down and "explain this figure".
 */
@Controller
public class ResultPages {
    private final ResultService results;
    private final RunInsights insights;
    private final RunService runs;
    private final WhatIfService whatIf;
    private final CurrentAccount current;

    public ResultPages(
            ResultService results,
            RunInsights insights,
            RunService runs,
            WhatIfService whatIf,
            CurrentAccount current) {
        this.results = results;
        this.whatIf = whatIf;
        this.insights = insights;
        this.runs = runs;
        this.current = current;
    }

    /** The selection the page is drawn for; blank means the total over that dimension. */
    public record Selection(
            String capability, String place, String sector, String organisation, String role, String month) {}

    @GetMapping("/runs/{id}/results")
    String results(
            @PathVariable long id,
            @RequestParam(required = false) String capability,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String month,
            Model model) {
        var account = current.get();
        ResultService.Dimensions dims = results.dimensions(account, id);
        String shownMonth = month == null || month.isBlank()
                ? dims.months().get(dims.months().size() - 1)
                : month;
        model.addAttribute("run", runs.get(account, id));
        model.addAttribute("dims", dims);
        model.addAttribute("insights", insights.of(account, id));
        model.addAttribute("whatIfLevels", whatIf.levels(account, id));
        model.addAttribute("whatIfLabel", WhatIfService.LABEL);
        model.addAttribute(
                "sel",
                new Selection(
                        blank(capability), blank(place), blank(sector), blank(organisation), blank(role), shownMonth));
        return "results";
    }

    /** A heatmap's figures as a table, loaded when its "as a table" section is opened (it is large). */
    @GetMapping("/runs/{id}/heat-table")
    String heatTable(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam(required = false) String month,
            Model model) {
        model.addAttribute("h", results.heatmap(current.get(), id, kind, month));
        return "result-parts :: heat-table";
    }

    @GetMapping("/runs/{id}/explain")
    String explain(
            @PathVariable long id,
            @RequestParam(required = false) String month,
            @RequestParam String capability,
            @RequestParam String place,
            Model model) {
        model.addAttribute("explanation", results.explain(current.get(), id, month, capability, place));
        return "result-parts :: explanation";
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
