package org.skillmix.app.web.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a run got, named in the API's JSON as progressDone, progressTotal, progressUnit and queuePosition.
 *
 * @param done          work done so far (live while running), in unit
 * @param total         the work the run does: draws (1 for a deterministic run), seconds of search or steps
 * @param unit          what it counts: the kind's {@link RunKind#progressUnit()}
 * @param queuePosition 1 for the next run to start, 0 when not waiting
 */
public record RunProgress(
        @JsonProperty("progressDone") int done,
        @JsonProperty("progressTotal") int total,
        @JsonProperty("progressUnit") String unit,
        int queuePosition) {}
