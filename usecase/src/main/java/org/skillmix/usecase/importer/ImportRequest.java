package org.skillmix.usecase.importer;

import java.nio.file.Path;
import org.skillmix.usecase.InvalidSetting;

/**
 * A dataset for an ICB from a folder of published national files (docs/importers.md).
 *
 * @param icb      the ICB's ODS code, e.g. QOP
 * @param from     the folder of published files (one folder per source, or flat)
 * @param mappings a folder of mapping tables replacing the shipped ones of the same name (null: the shipped)
 */
public record ImportRequest(String icb, Path from, Path mappings) {
    public ImportRequest {
        if (icb == null || icb.isBlank()) throw new InvalidSetting("icb", "give the ICB's ODS code, e.g. QOP");
        if (from == null) throw new InvalidSetting("from", "give the folder of published files");
    }
}
