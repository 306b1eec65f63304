package org.skillmix.app.web.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.time.PageTimes;

/**
 * A stored dataset as the pages list it: with its version, counted along the edits it was made by (an upload
 * is version 1; a scenario edit of version n stores version n + 1), so versions that share a name are told
 * apart by number and upload date.
 *
 * @param version 1 for an upload, n + 1 for an edit of version n
 */
public record DatasetVersion(StoredDataset dataset, int version) {

    /** "version 1"; "version 3, edited from dataset 7". */
    public String versionWords() {
        return dataset.previousId() == null
                ? "version " + version
                : "version " + version + ", edited from dataset " + dataset.previousId();
    }

    /** "7: GM baseline (version 3, 5 December 2026)": how a drop-down names a dataset. */
    public String choice() {
        return dataset.id() + ": " + dataset.name() + " (version " + version + ", "
                + PageTimes.day(dataset.uploadedAt()) + ")";
    }

    /** The datasets with their versions (an edit whose original is not in the list counts from there). */
    public static List<DatasetVersion> of(List<StoredDataset> datasets) {
        Map<Long, StoredDataset> byId = new HashMap<>();
        datasets.forEach(d -> byId.put(d.id(), d));
        Map<Long, Integer> versions = new HashMap<>();
        return datasets.stream()
                .map(d -> new DatasetVersion(d, version(d, byId, versions)))
                .toList();
    }

    private static int version(StoredDataset d, Map<Long, StoredDataset> byId, Map<Long, Integer> known) {
        Integer v = known.get(d.id());
        if (v != null) return v;
        int n = 1;
        StoredDataset at = d;
        // an edit always names an older dataset, so the walk ends
        while (at.previousId() != null && byId.containsKey(at.previousId()) && n < 10_000) {
            at = byId.get(at.previousId());
            n++;
        }
        known.put(d.id(), n);
        return n;
    }
}
