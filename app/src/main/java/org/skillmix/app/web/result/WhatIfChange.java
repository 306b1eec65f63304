package org.skillmix.app.web.result;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.whatif.WhatIfRequest;

/**
 * A change to preview on a run (POST /api/runs/{runId}/what-if): every field optional, nothing given is the run as
 * it was.
 *
 * @param levels           intervention code of the run's scenario to its new level, 0 to 1,000,000 in the
 *                         intervention's unit (places, FTE, %, share of staff)
 * @param leaverRateFactor every leaver rate times this, 0.5 to 1.5 (default 1)
 * @param fillRateFactor   every vacancy fill rate times this, 0.5 to 1.5 (default 1)
 * @param draws            the queued full run's draws, 1 to 10,000 (default: the run's, or 1,000 when it had
 *                         none); the preview itself always has none
 */
public record WhatIfChange(
        @Size(max = 100, message = "change at most 100 interventions at once")
        Map<
                        String,
                        @DecimalMin(value = "0", message = WhatIfRequest.LEVEL_LIMIT)
                        @DecimalMax(value = "" + WhatIfRequest.MAX_LEVEL, message = WhatIfRequest.LEVEL_LIMIT) Double>
                levels,

        @DecimalMin(value = "" + WhatIfRequest.MIN_FACTOR, message = WhatIfRequest.FACTOR_LIMIT)
        @DecimalMax(value = "" + WhatIfRequest.MAX_FACTOR, message = WhatIfRequest.FACTOR_LIMIT)
        Double leaverRateFactor,

        @DecimalMin(value = "" + WhatIfRequest.MIN_FACTOR, message = WhatIfRequest.FACTOR_LIMIT)
        @DecimalMax(value = "" + WhatIfRequest.MAX_FACTOR, message = WhatIfRequest.FACTOR_LIMIT)
        Double fillRateFactor,

        @Min(value = 1, message = "the full run needs 1 to 10,000 draws")
        @Max(value = RunDefaults.MAX_DRAWS, message = "the full run needs 1 to 10,000 draws")
        Integer draws) {}
