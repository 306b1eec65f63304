package org.skillmix.app.web.result;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/runs/{runId}")
@Tag(name = "Results", description = "A finished run's series, heatmaps, explanations and downloads")
public class ResultController {
    private final ResultService results;
    private final RunInsights insights;
    private final WhatIfService whatIf;
    private final CurrentAccount current;

    public ResultController(ResultService results, RunInsights insights, WhatIfService whatIf, CurrentAccount current) {
        this.results = results;
        this.whatIf = whatIf;
        this.insights = insights;
        this.current = current;
    }

    @GetMapping("/dimensions")
    @Operation(summary = "The months and the codes of every dimension the user may drill into")
    public ResultService.Dimensions dimensions(@PathVariable long runId) {
        return results.dimensions(current.get(), runId);
    }

    @GetMapping("/series")
    @Operation(summary = "One series by measure and dimensions (omitted dimensions are totals, ALL)")
    public SeriesView series(
            @PathVariable long runId,
            @RequestParam String measure,
            @RequestParam(required = false) String capability,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String place) {
        return results.series(current.get(), runId, measure, capability, role, sector, organisation, place);
    }

    @GetMapping("/heatmap")
    @Operation(
            summary = "capability-place (gap FTE), role-organisation (vacancy FTE) or role-organisation-above (staff"
                    + " above establishment, FTE) at a month (default: the last)")
    public Heatmap heatmap(
            @PathVariable long runId,
            @RequestParam(defaultValue = "capability-place") String kind,
            @RequestParam(required = false) String month) {
        return results.heatmap(current.get(), runId, kind, month);
    }

    @GetMapping("/explain")
    @Operation(summary = "Explain a capability's demand and supply in a place and month, term by term")
    public Explanation explain(
            @PathVariable long runId,
            @RequestParam(required = false) String month,
            @RequestParam String capability,
            @RequestParam String place) {
        return results.explain(current.get(), runId, month, capability, place);
    }

    @GetMapping("/spread-drivers")
    @Operation(
            summary = "Which assumptions drive the spread of the gap by sector and for the system at years 5 and 10:"
                    + " each group's share of the variance (empty for a run without draws)")
    public java.util.List<org.skillmix.data.report.SpreadChart> spreadDrivers(@PathVariable long runId) {
        return insights.drivers(current.get(), runId);
    }

    @PostMapping("/what-if")
    @Operation(
            summary = "Preview a change to the run: {levels: {intervention: level}, leaverRateFactor, fillRateFactor}"
                    + " (factors 0.5-1.5); the deterministic gap (FTE) and cost (GBP) by year, no uncertainty")
    public WhatIfView whatIf(@PathVariable long runId, @RequestBody WhatIfChange change) {
        return whatIf.preview(current.get(), runId, change);
    }

    @PostMapping("/what-if/run")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue the full Monte Carlo run of a what-if: a new dataset version holding the change,"
                    + " projected with the run's settings")
    public org.skillmix.app.web.run.Run whatIfRun(@PathVariable long runId, @RequestBody WhatIfChange change) {
        return whatIf.queue(current.get(), runId, change);
    }

    @GetMapping("/download/{format}")
    @Operation(
            summary = "Download csv, xlsx, html (the self-contained report), json (run.json), base-gap (base_gap.csv)"
                    + ", sensitivity (sensitivity.csv) or inequalities (inequalities.csv)")
    public ResponseEntity<byte[]> download(@PathVariable long runId, @PathVariable String format) {
        return results.download(current.get(), runId, format).attachment();
    }
}
