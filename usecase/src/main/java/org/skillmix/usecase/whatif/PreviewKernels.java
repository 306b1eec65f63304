package org.skillmix.usecase.whatif;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.projection.Upskill;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;

/**
 * Prepared projection kernels for previews, so a preview only steps the months. A kernel is what
 * {@link ScenarioSystem#kernel} builds for the dataset's model, the scenario and the months: it depends on the
 * scenario's interventions (which lines and organisations they add) and on the upskillings' max shares, but not
 * on the other interventions' levels nor on the leaver and fill rates, which a preview sets in the parameter
 * values and the draw adjuster instead. So the cache key is (model, scenario code, months, upskillings).
 *
 * <p>Models are immutable and the web app holds one per stored dataset version (a version is never changed,
 * only superseded), so an entry never goes stale: it is dropped only when the cache is full, the least recently
 * used first. Each entry keeps the workers its previews have finished with (a worker is one thread's state);
 * a worker's figures do not depend on the draws it ran before (ProjectionKernel.Worker#begin resets it). Thread-safe.
 */
final class PreviewKernels {
    /** Kernels kept: a few datasets x scenarios x horizons in use at once in a workshop. */
    static final int CAPACITY = 8;

    /** A kernel with its spare workers per baseline. */
    static final class Prepared {
        final ProjectionKernel kernel;
        final int[] activeCells;
        private final Map<Baseline, ConcurrentLinkedQueue<ProjectionKernel.Worker>> spare =
                new EnumMap<>(Baseline.class);

        Prepared(ProjectionKernel kernel) {
            this.kernel = kernel;
            this.activeCells = kernel.activeCells();
            for (Baseline b : Baseline.values()) spare.put(b, new ConcurrentLinkedQueue<>());
        }

        /** A worker of this kernel for the baseline: one left by an earlier preview, or a new one. */
        ProjectionKernel.Worker take(Baseline baseline) {
            ProjectionKernel.Worker w = spare.get(baseline).poll();
            return w != null ? w : kernel.newWorker(baseline);
        }

        void give(Baseline baseline, ProjectionKernel.Worker worker) {
            spare.get(baseline).offer(worker);
        }
    }

    /** The model compared by identity: its record equality would walk every table on every lookup. */
    private record Key(ModelRef model, String scenario, int months, List<Upskill> upskills) {}

    private static final class ModelRef {
        final SystemModel model;

        ModelRef(SystemModel model) {
            this.model = model;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ModelRef r && r.model == model;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(model);
        }
    }

    private final Map<Key, Prepared> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The kernel the scenario (at its levels) runs on over months, prepared once. */
    Prepared get(SystemModel model, Scenario scenario, int months) {
        List<Upskill> upskills = ScenarioSystem.upskills(List.of(scenario));
        Key key = new Key(new ModelRef(model), scenario.code(), months, upskills);
        synchronized (cache) {
            Prepared found = cache.get(key);
            if (found != null) return found;
        }
        // Built outside the lock so other previews go on; two first previews may both build it, one is kept.
        Prepared built = new Prepared(ScenarioSystem.kernel(model, List.of(scenario), months));
        synchronized (cache) {
            Prepared raced = cache.putIfAbsent(key, built);
            return raced != null ? raced : built;
        }
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
