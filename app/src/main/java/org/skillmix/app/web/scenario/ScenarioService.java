package org.skillmix.app.web.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.stereotype.Service;

/**
 * A stored dataset's scenarios, read from and edited in its interventions.csv. An edit rebuilds that file
 * and stores the whole dataset again as a new version, validated by the same reader as an upload: there is
 * one set of rules for a scenario, whether it comes from a file, a workbook or this page.
 */
@Service
public class ScenarioService {
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
        InterventionRow added = inScenario(scenario, row);
        List<InterventionRow> rows = new ArrayList<>(rows(account, datasetId));
        if (rows.stream().anyMatch(r -> r.is(added.scenarioCode(), added.interventionCode()))) {
            throw new Conflict(
                    "interventionCode",
                    "scenario " + scenario + " already has an intervention " + added.interventionCode()
                            + "; change it instead");
        }
        int last = -1;
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).scenarioCode().equals(added.scenarioCode())) last = i;
        rows.add(last < 0 ? rows.size() : last + 1, added);
        return store(
                account,
                datasetId,
                named(rows, added),
                "added " + added.scenarioCode() + "/" + added.interventionCode());
    }

    /** Replaces an intervention (its code and even its scenario may change): the new dataset version. */
    public StoredDataset replace(
            Account account, long datasetId, String scenario, String intervention, InterventionRow row) {
        requireAnalyst(account);
        List<InterventionRow> rows = new ArrayList<>(rows(account, datasetId));
        int at = indexOf(rows, datasetId, scenario, intervention);
        InterventionRow changed = inScenario(row.scenarioCode().isBlank() ? scenario : row.scenarioCode(), row);
        if (!changed.is(scenario, intervention)
                && rows.stream().anyMatch(r -> r.is(changed.scenarioCode(), changed.interventionCode()))) {
            throw new Conflict(
                    "interventionCode",
                    "scenario " + changed.scenarioCode() + " already has an intervention "
                            + changed.interventionCode());
        }
        rows.set(at, changed);
        return store(account, datasetId, named(rows, changed), "changed " + scenario + "/" + intervention);
    }

    public StoredDataset delete(Account account, long datasetId, String scenario, String intervention) {
        requireAnalyst(account);
        List<InterventionRow> rows = new ArrayList<>(rows(account, datasetId));
        InterventionRow removed = rows.remove(indexOf(rows, datasetId, scenario, intervention));
        // The scenario's name may have been on the removed row: keep it on the scenario's next row.
        return store(
                account,
                datasetId,
                named(rows, removed.withScenario(scenario, removed.scenarioName())),
                "deleted " + scenario + "/" + intervention);
    }

    /** Deletes a whole scenario: every one of its interventions. */
    public StoredDataset deleteScenario(Account account, long datasetId, String scenario) {
        requireAnalyst(account);
        List<InterventionRow> rows = new ArrayList<>(rows(account, datasetId));
        if (!rows.removeIf(r -> r.scenarioCode().equals(scenario))) {
            throw new NotFound("scenario", "dataset " + datasetId + " has no scenario " + scenario);
        }
        return store(account, datasetId, rows, "deleted scenario " + scenario);
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
                    account.username(), "scenario.edit", "dataset " + datasetId + " -> " + stored.id() + ": " + change);
            return stored;
        } catch (UploadProblems e) {
            audit.record(
                    account.username(),
                    "scenario.edit.rejected",
                    "dataset " + datasetId + ": " + change + ": " + e.getMessage());
            throw e;
        }
    }

    private static int indexOf(List<InterventionRow> rows, long datasetId, String scenario, String intervention) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).is(scenario, intervention)) return i;
        throw new NotFound(
                "interventionCode",
                "dataset " + datasetId + " has no intervention " + intervention + " in scenario " + scenario);
    }

    private static InterventionRow inScenario(String scenario, InterventionRow row) {
        if (scenario == null || scenario.isBlank()) throw new Invalid("scenarioCode", "give the scenario's code");
        if (row.interventionCode().isBlank()) throw new Invalid("interventionCode", "give the intervention's code");
        return row.withScenario(scenario.trim(), row.scenarioName());
    }

    /**
     * The file names a scenario once (the reader refuses two different names): on its first row, the edited
     * row's name if it gives one, else the name the scenario had.
     */
    private static List<InterventionRow> named(List<InterventionRow> rows, InterventionRow edited) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!edited.scenarioName().isBlank()) names.put(edited.scenarioCode(), edited.scenarioName());
        for (InterventionRow r : rows)
            if (!r.scenarioName().isBlank()) names.putIfAbsent(r.scenarioCode(), r.scenarioName());
        List<InterventionRow> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (InterventionRow r : rows) {
            boolean first = seen.add(r.scenarioCode());
            out.add(r.withScenario(r.scenarioCode(), first ? names.getOrDefault(r.scenarioCode(), "") : ""));
        }
        return out;
    }

    private static void requireAnalyst(Account account) {
        AccessPolicy.require(account, Permission.EDIT_SCENARIOS, "only an analyst can edit scenarios");
    }
}
