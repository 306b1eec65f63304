package org.skillmix.app.web.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillmix.app.web.account.CurrentAccount;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.data.dataset.InterventionRow;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/datasets/{datasetId}/scenarios")
@Tag(
        name = "Scenarios",
        description =
                "A dataset's scenarios and their interventions (interventions.csv); an edit stores a new dataset version")
public class ScenarioController {
    private static final String EDIT = "Analysts only. The dataset is validated whole by the dataset reader:"
            + " 201/200 with the new dataset version (previousId: this one), or 422 with every problem"
            + " {file,row,column,reason} and nothing stored.";

    private final ScenarioService scenarios;
    private final CurrentAccount current;

    public ScenarioController(ScenarioService scenarios, CurrentAccount current) {
        this.scenarios = scenarios;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "The dataset's scenarios with their interventions (the baseline has none and is not listed)")
    public ScenarioService.Scenarios list(@PathVariable long datasetId) {
        return scenarios.list(current.get(), datasetId);
    }

    @GetMapping("/{scenario}")
    @Operation(summary = "One scenario")
    public ScenarioService.ScenarioView get(@PathVariable long datasetId, @PathVariable String scenario) {
        return scenarios.get(current.get(), datasetId, scenario);
    }

    @DeleteMapping("/{scenario}")
    @Operation(summary = "Delete a scenario (every intervention of it): the new dataset version", description = EDIT)
    public StoredDataset deleteScenario(@PathVariable long datasetId, @PathVariable String scenario) {
        return scenarios.deleteScenario(current.get(), datasetId, scenario);
    }

    @PostMapping("/{scenario}/interventions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an intervention (a new scenario code starts a scenario): the new dataset version",
            description = EDIT + " Fields are interventions.csv's columns in camelCase, as text.")
    public StoredDataset add(
            @PathVariable long datasetId, @PathVariable String scenario, @RequestBody InterventionRow row) {
        return scenarios.add(current.get(), datasetId, scenario, row);
    }

    @PutMapping("/{scenario}/interventions/{intervention}")
    @Operation(summary = "Change an intervention: the new dataset version", description = EDIT)
    public StoredDataset replace(
            @PathVariable long datasetId,
            @PathVariable String scenario,
            @PathVariable String intervention,
            @RequestBody InterventionRow row) {
        return scenarios.replace(current.get(), datasetId, scenario, intervention, row);
    }

    @DeleteMapping("/{scenario}/interventions/{intervention}")
    @Operation(summary = "Delete an intervention: the new dataset version", description = EDIT)
    public StoredDataset delete(
            @PathVariable long datasetId, @PathVariable String scenario, @PathVariable String intervention) {
        return scenarios.delete(current.get(), datasetId, scenario, intervention);
    }
}
