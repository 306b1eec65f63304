package org.skillmix.app.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.run.Run;
import org.skillmix.core.winter.WinterPlanner;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.optimise.OptimiseRequest;
import org.skillmix.usecase.winter.WinterRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(
        name = "Analyses",
        description = "Winter plans, the collaborative bank, portfolio optimisation and workforce design, run as the"
                + " commands winter, bank, optimise and design run them (docs/web.md)")
public class AnalysisController {
    private final AnalysisService analyses;
    private final AnalysisResults results;
    private final CurrentAccount current;

    public AnalysisController(AnalysisService analyses, AnalysisResults results, CurrentAccount current) {
        this.analyses = analyses;
        this.results = results;
        this.current = current;
    }

    @PostMapping(path = "/datasets/{datasetId}/winter-plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a winter plan: multipart 'from' (YYYY-MM-DD), 'weeks' (" + WinterRequest.DEFAULT_WEEKS
                    + ", at most " + WinterPlanner.MAX_WEEKS + "), 'baseline' (funded-plan or current-trends;"
                    + " funded-plan), optional 'surge'",
            description =
                    "Analysts. 400 with every problem of the surge file {file,row,column,reason}, nothing queued.")
    public Run winter(
            @PathVariable long datasetId,
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(value = "weeks", required = false) Integer weeks,
            @RequestParam(value = "baseline", required = false) String baseline,
            @RequestPart(value = "surge", required = false) MultipartFile surge)
            throws IOException {
        return analyses.startWinter(current.get(), datasetId, from, weeks, baseline, Upload.of(surge, "surge.csv"));
    }

    @PostMapping(path = "/datasets/{datasetId}/bank-fills", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a collaborative bank fill: multipart 'bank' (the pool), 'shifts', optional 'caps'"
                    + " (ROLE=GBP,...)",
            description = "Analysts. 400 with every problem of both files, nothing queued.")
    public Run bank(
            @PathVariable long datasetId,
            @RequestPart("bank") MultipartFile bank,
            @RequestPart("shifts") MultipartFile shifts,
            @RequestParam(value = "caps", required = false) String caps)
            throws IOException {
        return analyses.startBank(
                current.get(), datasetId, caps, Upload.of(bank, "bank.csv"), Upload.of(shifts, "shifts.csv"));
    }

    @PostMapping("/datasets/{datasetId}/portfolios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a portfolio optimisation: {budgetGbp, scenario, maxLevel (" + RunDefaults.MAX_LEVEL
                    + "), targetCapabilities, targetFte, years (" + RunDefaults.YEARS + "), draws ("
                    + OptimiseRequest.DEFAULT_DRAWS + "), seed (" + RunDefaults.SEED + "), timeLimitSeconds ("
                    + OptimiseRequest.DEFAULT_TIME_LIMIT_SECONDS + "), baseline (funded-plan or current-trends;"
                    + " funded-plan)}")
    public Run portfolio(@PathVariable long datasetId, @RequestBody AnalysisService.NewPortfolio request) {
        return analyses.startOptimise(current.get(), datasetId, request);
    }

    @PostMapping("/datasets/{datasetId}/designs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a workforce design: {year (2030 = 2030/31), scenario (optional), baseline (funded-plan or"
                    + " current-trends; funded-plan)}")
    public Run design(@PathVariable long datasetId, @RequestBody AnalysisService.NewDesign request) {
        return analyses.startDesign(current.get(), datasetId, request);
    }

    @GetMapping("/analyses")
    @Operation(summary = "The winter plans, bank fills, portfolios and designs of the caller's ICS, newest first")
    public List<Run> list() {
        return analyses.list(current.get());
    }

    @GetMapping("/analyses/{id}")
    @Operation(
            summary = "An analysis: its run, its settings and, once it has succeeded, its files and who may read them"
                    + " (cancel with POST /api/runs/{id}/cancel)")
    public AnalysisResults.AnalysisView get(@PathVariable long id) {
        return results.view(current.get(), id);
    }

    @GetMapping("/analyses/{id}/download/{name}")
    @Operation(
            summary = "One of an analysis's files by name (winter-plan.csv, bank-cover.csv, portfolio.csv, design.csv,"
                    + " ...)",
            description = "bank-fills.csv is refused to viewers (worker ids); an organisation lead gets each table's"
                    + " rows of their own organisation and no report that sets every organisation side by side.")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String name) {
        return results.download(current.get(), id, name).attachment();
    }
}
