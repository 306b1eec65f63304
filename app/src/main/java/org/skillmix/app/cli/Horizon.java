package org.skillmix.app.cli;

import org.skillmix.usecase.RunDefaults;
import picocli.CommandLine.Option;

/**
 * --years, mixed into every command that projects, so the default horizon ({@link RunDefaults#YEARS}) and its
 * allowed range are stated once (the use cases check the range).
 */
final class Horizon {
    @Option(
            names = "--years",
            defaultValue = "" + RunDefaults.YEARS,
            description = "financial years to project, 1-" + RunDefaults.MAX_YEARS + " (default: ${DEFAULT-VALUE})")
    int years;
}
