package org.skillmix.app.web.result;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.page.PageJson;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.system.AgeBands;
import org.skillmix.app.web.system.Labels;
import org.skillmix.app.web.system.SystemNames;
import org.skillmix.core.explain.DemandTerm;
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
    private final SystemNames names;

    public ResultPages(
            ResultService results,
            RunInsights insights,
            RunService runs,
            WhatIfService whatIf,
            CurrentAccount current,
            SystemNames names) {
        this.names = names;
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
        var run = runs.get(account, id);
        Labels labels = names.of(run.datasetId());
        model.addAttribute("run", run);
        model.addAttribute("dims", dims);
        model.addAttribute("labels", labels);
        // the drill-down's lists: the run's codes, named, in name order; the charts name what they show alike
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        choices.put("capability", Labels.named(dims.capabilities(), labels::capability));
        choices.put("place", Labels.named(dims.places(), labels::place));
        choices.put("sector", Labels.named(dims.sectors(), Labels::sectorWords));
        choices.put("organisation", Labels.named(dims.organisations(), labels::organisation));
        choices.put("role", Labels.named(dims.roles(), labels::role));
        model.addAttribute("choices", choices);
        model.addAttribute("chartNames", PageJson.of(choices));
        model.addAttribute("insights", insights.of(account, id));
        model.addAttribute("whatIfLevels", whatIf.levels(account, id));
        model.addAttribute("whatIfLabel", WhatIfService.LABEL);
        model.addAttribute("rangeCalibration", names.rangeCalibration(run.datasetId()));
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
        var account = current.get();
        model.addAttribute("h", results.heatmap(account, id, kind, month));
        model.addAttribute("labels", names.of(runs.get(account, id).datasetId()));
        return "result-parts :: heat-table";
    }

    @GetMapping("/runs/{id}/explain")
    String explain(
            @PathVariable long id,
            @RequestParam(required = false) String month,
            @RequestParam String capability,
            @RequestParam String place,
            Model model) {
        var account = current.get();
        Explanation e = results.explain(account, id, month, capability, place);
        Labels labels = names.of(runs.get(account, id).datasetId());
        // each service's terms together, then sex, then age band in the order of age (0-4, 5-9, 10-14 … 85+)
        List<DemandTerm> demand = e.demand().stream()
                .sorted(Comparator.comparing((DemandTerm t) -> labels.service(t.service()))
                        .thenComparing(DemandTerm::sex)
                        .thenComparing(DemandTerm::ageBand, AgeBands.BY_AGE))
                .toList();
        model.addAttribute(
                "explanation",
                new Explanation(
                        e.month(),
                        e.capability(),
                        e.place(),
                        e.demandFte(),
                        e.supplyFte(),
                        demand,
                        e.supply(),
                        e.supplyNotShown(),
                        e.normRanges(),
                        e.elasticityRanges()));
        model.addAttribute("labels", labels);
        return "result-parts :: explanation";
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
