package org.skillmix.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.whatif.WhatIfRequest;
import org.skillmix.usecase.whatif.WhatIfUseCase;

/**
 * One what-if preview (docs/web.md, "What if") of the Greater Manchester example, as the load script makes them
 * (app/src/test/load/what-if-load.py): a 10-year deterministic run of a one-intervention scenario (flexible
 * working for everyone) with a random level and random leaver and fill rate factors each call. The model is read
 * once, as the web app caches it per dataset version. Run from the repository root:
 *
 * <pre>java -jar bench/target/benchmarks.jar WhatIfPreviewBenchmark -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class WhatIfPreviewBenchmark {
    private SystemModel model;
    private final WhatIfUseCase useCase = new WhatIfUseCase();
    private final SplittableRandom random = new SplittableRandom(1);

    @Setup
    public void prepare() throws Exception {
        model = withFlexibleWorking(new DatasetReader().read(Path.of("examples/greater-manchester")));
    }

    /** The load script's scenario "retain": flexible working for every line from 2025-10, ramped over a year. */
    static SystemModel withFlexibleWorking(SystemModel gm) {
        Intervention flex = new Intervention(
                "flex",
                InterventionKind.FLEXIBLE_WORKING,
                Intervention.Scope.EVERYONE,
                null,
                null,
                null,
                YearMonth.of(2025, 10),
                12,
                0.5,
                0,
                new Interval(0.05, 0.1, 0.15),
                250_000,
                60,
                "docs/interventions.md",
                null);
        return gm.toBuilder()
                .scenarios(List.of(new Scenario("retain", "Keep the staff we have", List.of(flex))))
                .build();
    }

    @Benchmark
    public WhatIfUseCase.Result preview() {
        WhatIfRequest request = new WhatIfRequest(
                "retain",
                10,
                Baseline.FUNDED_PLAN,
                Map.of("flex", Math.round(random.nextDouble() * 100) / 100.0),
                0.7 + Math.round(random.nextDouble() * 60) / 100.0,
                0.7 + Math.round(random.nextDouble() * 60) / 100.0);
        return useCase.preview(model, request);
    }
}
