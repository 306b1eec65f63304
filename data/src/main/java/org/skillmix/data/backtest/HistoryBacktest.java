package org.skillmix.data.backtest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Consumer;
import org.skillmix.core.backtest.Backtest;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.importer.BacktestImport;
import org.skillmix.data.importer.ImportException;

/**
 * The back-test use case (docs/backtest.md): the ICB's dataset as it stood at a past base, projected to the months
 * with a published figure and set beside them; the outputs are written whole into a folder ({@link BacktestFiles}).
 * The command line calls it; nothing else does the work.
 */
public final class HistoryBacktest {

    /** June 2018: the month of the HCHS staff file in the shared data and of the 2018-based population projection. */
    public static final YearMonth DEFAULT_BASE = YearMonth.of(2018, 6);

    /** Draws unless told: enough for P10 and P90 to within about 1% of their FTE in a back-test. */
    public static final int DEFAULT_DRAWS = 500;

    /**
     * What to back-test and how: the published files (from), the ICB, the base month, a mappings override folder
     * (or null), the baseline, draws, seed and threads.
     */
    public record Settings(
            Path from,
            String icb,
            YearMonth base,
            Path mappings,
            Baseline baseline,
            int draws,
            long seed,
            int threads) {
        public Settings {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(icb, "icb");
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(baseline, "baseline");
            if (draws < 1) throw new IllegalArgumentException("draws must be >= 1, got " + draws);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The inputs read and the comparison. */
    public record Result(Settings settings, BacktestImport.Inputs inputs, Backtest.Result comparison) {}

    private HistoryBacktest() {}

    /**
     * Reads the files, builds the dataset at the base and projects it. Bad input (a base with no HCHS file, no
     * observed month after it) is an {@link ImportException}; nothing is written.
     */
    public static Result run(Settings settings, Consumer<String> steps, ProgressListener draws) throws ImportException {
        BacktestImport.Inputs inputs =
                BacktestImport.build(settings.from(), settings.icb(), settings.base(), settings.mappings(), steps);
        steps.accept("projecting " + inputs.units().size() + " trusts from " + settings.base() + " to "
                + inputs.observedMonths().get(inputs.observedMonths().size() - 1) + " (" + settings.draws()
                + " draws, " + settings.baseline().code() + ")");
        Backtest.Result comparison = Backtest.run(
                inputs.model(),
                inputs.units(),
                inputs.observations(),
                new Backtest.Settings(settings.baseline(), settings.draws(), settings.seed(), settings.threads()),
                draws);
        return new Result(settings, inputs, comparison);
    }
}
