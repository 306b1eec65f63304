package org.skillmix.data.dataset;

import java.util.List;
import org.skillmix.core.system.SystemModel;

/** A dataset that loaded, with the warnings found on the way (unknown columns, population carried forward...). */
public record ReadResult(SystemModel model, List<Problem> warnings) {

    public ReadResult {
        warnings = List.copyOf(warnings);
    }
}
