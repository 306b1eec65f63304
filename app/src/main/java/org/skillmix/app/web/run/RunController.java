package org.skillmix.app.web.run;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.skillmix.app.web.account.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/runs")
@Tag(name = "Runs", description = "Projections running in the background, queued fairly between users")
public class RunController {
    private final RunService runs;
    private final CurrentAccount current;

    public RunController(RunService runs, CurrentAccount current) {
        this.runs = runs;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "Every run of the user's ICS, newest first")
    public List<Run> list() {
        return runs.list(current.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Queue a projection: {datasetId, years (10), draws (1000; 0 deterministic), seed, scenario ('baseline')}")
    public Run start(@RequestBody RunService.NewRun request) {
        return runs.start(current.get(), request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A run with its live progress (progressDone of progressTotal, in progressUnit; percent)")
    public Run get(@PathVariable long id) {
        return runs.get(current.get(), id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a queued or running run")
    public Run cancel(@PathVariable long id) {
        return runs.cancel(current.get(), id);
    }
}
