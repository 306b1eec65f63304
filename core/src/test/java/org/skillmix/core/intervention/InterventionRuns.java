package org.skillmix.core.intervention;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.fixture.TestSystem;
import org.skillmix.core.projection.ProjectionKernel;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.uncertainty.Interval;

/** Runs of a scenario on a small hand-made system, effects at their modes: the intervention tests' shared means. */
final class InterventionRuns {
    private InterventionRuns() {}

    static final YearMonth BASE = YearMonth.of(2025, 4);

    static Intervention iv(String code, InterventionKind kind, Intervention.Scope scope, double scale, double effect) {
        return new Intervention(
                code, kind, scope, null, null, null, BASE, 0, scale, 0, Interval.fixed(effect), 0, 0, "test", null);
    }

    /** Month-by-month line figures ([t][measure * lines + line]) of a scenario, effects at their modes. */
    static double[][] run(SystemModel model, Scenario scenario, int months) {
        ProjectionKernel kernel = ScenarioSystem.kernel(model, List.of(scenario), months);
        InterventionEffects effects = new InterventionEffects(kernel, scenario);
        ProjectionKernel.Worker worker = kernel.newWorker();
        List<double[]> out = new ArrayList<>();
        worker.begin(kernel.parameters().modes(), effects.adjuster(effects.modes()));
        for (int t = 0; t < months; t++) {
            worker.step(t);
            out.add(worker.lineOut().clone());
        }
        return out.toArray(double[][]::new);
    }

    static double at(double[][] out, int t, int measure, int line, int lines) {
        return out[t][measure * lines + line];
    }

    static Scenario scenario(Intervention... interventions) {
        return new Scenario("s", "test", List.of(interventions));
    }

    static TestSystem oneTrust() {
        return TestSystem.create().place("E1").org("T1", Sector.ACUTE, "E1").role("RN", 30_000, 45_000);
    }
}
