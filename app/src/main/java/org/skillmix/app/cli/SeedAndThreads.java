package org.skillmix.app.cli;

import org.skillmix.usecase.RunDefaults;
import picocli.CommandLine.Option;

/**
 * --seed and --threads, mixed into every command that draws, so the default seed ({@link RunDefaults#SEED}) and
 * the promise that threads do not change the numbers are written once.
 */
final class SeedAndThreads {
    @Option(
            names = "--seed",
            defaultValue = "" + RunDefaults.SEED,
            description = "random seed; the same seed gives the same numbers (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--threads",
            description = "worker threads (default: the number of processors); the numbers do not depend on it")
    Integer threads;

    /** The threads asked for, or the number of processors. */
    int threadCount() {
        return RunDefaults.threads(threads);
    }
}
