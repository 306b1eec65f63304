package org.skillmix.app.web.system;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.skillmix.core.system.Organisation;
import org.skillmix.data.report.RangeCalibration;
import org.springframework.stereotype.Component;

/**
 * Where the pages find the names of what a dataset codes: its places, organisations, capabilities, roles and
 * services (a stored dataset never changes, so its names are read once), and an ICS's own name and organisations
 * by its newest dataset (for accounts, which belong to an ICS rather than to a dataset). Named, so a slice test that
 * imports it finds it where the templates look (@systemNames).
 */
@Component("systemNames")
public class SystemNames {
    private final DatasetService datasets;
    private final DatasetStore store;
    private final Map<Long, Labels> labels = new ConcurrentHashMap<>();

    SystemNames(DatasetService datasets, DatasetStore store) {
        this.datasets = datasets;
        this.store = store;
    }

    /**
     * A run's scenario by its name beside its code ("Keep the staff we have (retain)"), from the run's dataset; the
     * baseline says it has no interventions. No access check: the caller has checked the run or plan.
     */
    public String scenario(long datasetId, String code) {
        if (code == null || code.isBlank() || code.equals("baseline")) return "baseline (no interventions)";
        return datasets.model(datasetId)
                .scenario(code)
                .filter(s -> s.name() != null && !s.name().isBlank())
                .map(s -> s.name() + " (" + code + ")")
                .orElse(code);
    }

    /** A comparison's scenarios, each as {@link #scenario} names it, in their order. */
    public String scenarios(long datasetId, List<String> codes) {
        return codes.stream().map(c -> scenario(datasetId, c)).collect(Collectors.joining(", "));
    }

    /** The names of one stored dataset (no access check: the caller has checked the dataset or run). */
    public Labels of(long datasetId) {
        return labels.computeIfAbsent(datasetId, id -> Labels.of(datasets.model(id)));
    }

    /**
     * How far to trust the ranges of a run on this dataset: the back-test's share for England and for ICBs with as
     * many NHS trusts ({@link RangeCalibration}).
     */
    public String rangeCalibration(long datasetId) {
        return RangeCalibration.howFarToTrust(datasets.model(datasetId));
    }

    /** Every ICS with a stored dataset: ICB code to "name (code)", in name order. */
    public Map<String, String> icbs() {
        Map<String, String> out = new java.util.TreeMap<>();
        store.all().forEach(d -> out.putIfAbsent(d.icbCode(), d.icbName() + " (" + d.icbCode() + ")"));
        Map<String, String> sorted = new java.util.LinkedHashMap<>();
        out.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The ICS's newest stored dataset, if it has one. */
    public Optional<StoredDataset> newestOf(String icbCode) {
        if (icbCode == null) return Optional.empty();
        return store.newest(icbCode);
    }

    /** "NHS Greater Manchester (QOP)": the ICB's name as its newest dataset gives it, else the code alone. */
    public String icb(String icbCode) {
        if (icbCode == null || icbCode.isBlank()) return "";
        return newestOf(icbCode).map(d -> d.icbName() + " (" + icbCode + ")").orElse(icbCode);
    }

    /** An organisation of an ICS by name and code, from the ICS's newest dataset. */
    public String organisation(String icbCode, String orgCode) {
        if (orgCode == null || orgCode.isBlank()) return "";
        return newestOf(icbCode).map(d -> of(d.id()).organisation(orgCode)).orElse(orgCode);
    }

    /** Every organisation of an ICS's newest dataset, code to name, in name order (empty without a dataset). */
    public Map<String, String> organisationsOf(String icbCode) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        newestOf(icbCode)
                .ifPresent(d -> datasets.model(d.id()).organisations().stream()
                        .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                        .forEach(o -> out.put(o.code(), o.name())));
        return out;
    }
}
