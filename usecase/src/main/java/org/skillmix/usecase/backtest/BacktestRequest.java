package org.skillmix.usecase.backtest;

import java.nio.file.Path;
import java.time.YearMonth;
import org.skillmix.core.supply.Baseline;
import org.skillmix.usecase.InvalidSetting;

/**
 * A back-test (docs/backtest.md): the ICB's dataset as it stood at a past base, projected to the months with a
 * published figure.
 *
 * @param icb      the ICB's ODS code, e.g. QOP
 * @param from     the folder of published files (as for import)
 * @param base     the past base month; the HCHS staff file of that month must be in from
 * @param mappings a folder of mapping tables replacing the shipped ones (null: the shipped)
 * @param baseline current trends (calibrated on the history of England's other trusts) or the funded plan
 * @param draws    Monte Carlo draws, 1 to {@link #MAX_DRAWS}
 * @param seed     the random seed
 * @param threads  worker threads (the figures do not depend on them)
 */
public record BacktestRequest(
        String icb, Path from, YearMonth base, Path mappings, Baseline baseline, int draws, long seed, int threads) {

    /** June 2018: the month of the HCHS staff file in the shared data and of the 2018-based population projection. */
    public static final YearMonth DEFAULT_BASE = YearMonth.of(2018, 6);
    /** Enough draws for P10 and P90 of a trust's FTE to within about 1%. */
    public static final int DEFAULT_DRAWS = 500;

    public static final int MAX_DRAWS = 10_000;

    public BacktestRequest {
        if (icb == null || icb.isBlank()) throw new InvalidSetting("icb", "give the ICB's ODS code, e.g. QOP");
        if (from == null) throw new InvalidSetting("from", "give the folder of published files");
        if (base == null) throw new InvalidSetting("base", "give the past base month (YYYY-MM), e.g. 2018-06");
        if (baseline == null) throw new InvalidSetting("baseline", "choose funded-plan or current-trends");
        InvalidSetting.within("draws", draws, 1, MAX_DRAWS, "draws must be 1-" + MAX_DRAWS);
        InvalidSetting.within("threads", threads, 1, 1024, "threads must be 1 to 1024");
    }
}
