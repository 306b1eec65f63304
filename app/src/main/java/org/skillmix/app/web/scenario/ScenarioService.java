package org.skillmix.app.web.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.system.DatasetFile;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.app.web.system.UploadProblems;
import org.skillmix.data.dataset.InterventionRow;
import org.skillmix.data.dataset.InterventionsCsv;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.scenario.ScenarioEdits;
import org.springframework.stereotype.Service;

/**
 * A stored dataset's scenarios, read from and edited in its interventions.csv. An edit rebuilds that file
 * and stores the whole dataset again as a new version, validated by the same reader as an upload: there is
 * one set of rules for a scenario, whether it comes from a file, a workbook or this page.
 */
@Service
public class ScenarioService {
    private static final ScenarioEdits EDITS = new ScenarioEdits();
    private final DatasetService datasets;
    private final AuditLog audit;

    public ScenarioService(DatasetService datasets, AuditLog audit) {
        this.datasets = datasets;
        this.audit = audit;
    }

    /** A scenario as stored: its code, name and interventions in file order. */
    public record ScenarioView(String code, String name, List<InterventionRow> interventions) {}

    /** A dataset's scenarios (the baseline, which has none, is not listed). */
    public record Scenarios(StoredDataset dataset, List<ScenarioView> scenarios) {}

    public Scenarios list(Account account, long datasetId) {
        StoredDataset dataset = datasets.get(account, datasetId);
        Map<String, List<InterventionRow>> byCode = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (InterventionRow row : rows(account, datasetId)) {
            byCode.computeIfAbsent(row.scenarioCode(), c -> new ArrayList<>()).add(row);
            if (!row.scenarioName().isBlank()) names.putIfAbsent(row.scenarioCode(), row.scenarioName());
        }
        List<ScenarioView> views = new ArrayList<>();
        byCode.forEach(
                (code, rows) -> views.add(new ScenarioView(code, names.getOrDefault(code, code), List.copyOf(rows))));
        return new Scenarios(dataset, views);
    }

    public ScenarioView get(Account account, long datasetId, String scenario) {
        return list(account, datasetId).scenarios().stream()
                .filter(s -> s.code().equals(scenario))
                .findFirst()
                .orElseThrow(() -> new NotFound("scenario", "dataset " + datasetId + " has no scenario " + scenario));
    }

    /** Adds an intervention to a scenario (a new scenario if the code is new): the new dataset version. */
    public StoredDataset add(Account account, long datasetId, String scenario, InterventionRow row) {
        requireAnalyst(account);
        List<InterventionRow> rows = edited(() -> EDITS.add(rows(account, datasetId), scenario, row, false));
        return store(account, datasetId, rows, "added " + scenario + "/" + row.interventionCode());
    }

    /** Replaces an intervention (its code and even its scenario may change): the new dataset version. */
    public StoredDataset replace(
            Account account, long datasetId, String scenario, String intervention, InterventionRow row) {
        requireAnalyst(account);
        List<InterventionRow> rows = edited(() -> EDITS.replace(rows(account, datasetId), scenario, intervention, row));
        return store(account, datasetId, rows, "changed " + scenario + "/" + intervention);
    }

    public StoredDataset delete(Account account, long datasetId, String scenario, String intervention) {
        requireAnalyst(account);
        List<InterventionRow> rows = edited(() -> EDITS.remove(rows(account, datasetId), scenario, intervention));
        return store(account, datasetId, rows, "deleted " + scenario + "/" + intervention);
    }

    /** Deletes a whole scenario: every one of its interventions. */
    public StoredDataset deleteScenario(Account account, long datasetId, String scenario) {
        requireAnalyst(account);
        List<InterventionRow> rows = edited(() -> EDITS.remove(rows(account, datasetId), scenario, null));
        return store(account, datasetId, rows, "deleted scenario " + scenario);
    }

    /** The rows of an edit, its refusals as the API's: 404 for what is not there, 409 for a clash, else 400. */
    private static List<InterventionRow> edited(Supplier<List<InterventionRow>> edit) {
        try {
            return edit.get();
        } catch (ScenarioEdits.NotFound e) {
            throw new NotFound(e.field(), e.getMessage());
        } catch (ScenarioEdits.Conflict e) {
            throw new Conflict(e.field(), e.getMessage());
        } catch (InvalidSetting e) {
            throw new Invalid(e.field(), e.getMessage());
        }
    }

    private List<InterventionRow> rows(Account account, long datasetId) {
        return datasets.files(account, datasetId).stream()
                .filter(f -> f.name().equals(InterventionsCsv.FILE))
                .findFirst()
                .map(f -> InterventionsCsv.read(f.content()))
                .orElse(List.of());
    }

    private StoredDataset store(Account account, long datasetId, List<InterventionRow> rows, String change) {
        List<DatasetFile> files = new ArrayList<>();
        for (DatasetFile f : datasets.files(account, datasetId)) {
            if (!f.name().equals(InterventionsCsv.FILE)) files.add(f);
        }
        files.add(new DatasetFile(InterventionsCsv.FILE, InterventionsCsv.write(rows)));
        try {
            StoredDataset stored = datasets.storeVersion(account, datasetId, files, change);
            audit.record(
                    stored.icbCode(),
                    account.username(),
                    "scenario.edit",
                    "dataset " + datasetId + " -> " + stored.id() + ": " + change);
            return stored;
        } catch (UploadProblems e) {
            audit.record(
                    datasets.get(account, datasetId).icbCode(),
                    account.username(),
                    "scenario.edit.rejected",
                    "dataset " + datasetId + ": " + change + ": " + e.getMessage());
            throw e;
        }
    }

    private static void requireAnalyst(Account account) {
        AccessPolicy.require(account, Permission.EDIT_SCENARIOS, "only an analyst can edit scenarios");
    }
}
