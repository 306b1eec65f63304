package org.skillmix.app.web.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
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
@RequestMapping("/api/comparisons")
@Tag(
        name = "Comparisons",
        description = "Scenarios side by side with the baseline on the same seed and draws, in the background")
public class ComparisonController {
    private final ComparisonService comparisons;
    private final CurrentAccount current;

    public ComparisonController(ComparisonService comparisons, CurrentAccount current) {
        this.comparisons = comparisons;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "Every comparison of the user's ICS, newest first")
    public List<Run> list() {
        return comparisons.list(current.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Queue a comparison: {datasetId, scenarios: [codes], years (10), draws (1000; 0 deterministic),"
                    + " seed, targetCapabilities: [codes] (all), targetFte (0)}",
            description = "Analysts only; it runs in the run queue.")
    public Run start(@RequestBody RunService.NewComparison request) {
        return comparisons.start(current.get(), request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A comparison with its status")
    public Run get(@PathVariable long id) {
        return comparisons.get(current.get(), id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a queued or running comparison")
    public Run cancel(@PathVariable long id) {
        return comparisons.cancel(current.get(), id);
    }

    @GetMapping("/{id}/slices")
    @Operation(summary = "The scenarios, years, capabilities, sectors and places the comparison has figures for")
    public ComparisonService.Slices slices(@PathVariable long id) {
        return comparisons.slices(current.get(), id);
    }

    @GetMapping("/{id}/gaps")
    @Operation(
            summary =
                    "Gap and gap closed (FTE, mean and P10/P50/P90) per year and scenario, for dimension all, capability, sector or place and its code")
    public ComparisonService.GapView gaps(
            @PathVariable long id,
            @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String code) {
        return comparisons.gaps(current.get(), id, dimension, code);
    }

    @GetMapping("/{id}/summary")
    @Operation(
            summary =
                    "Per scenario and year: programme, pay and extra cost, target gap and gap closed, cost per FTE closed, P(target gap < target)")
    public List<ComparisonService.YearSummary> summary(@PathVariable long id) {
        return comparisons.summary(current.get(), id);
    }

    @GetMapping("/{id}/download/{format}")
    @Operation(summary = "Download csv (comparison.csv), summary (comparison_summary.csv) or html (comparison.html)")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        return comparisons.download(current.get(), id, format).attachment();
    }
}
