package org.skillmix.app.cli;

import org.skillmix.core.supply.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --baseline funded-plan|current-trends, mixed into the commands that project. */
final class BaselineOption {
    @Option(
            names = "--baseline",
            defaultValue = "funded-plan",
            converter = Code.class,
            description = "what supply is projected against: funded-plan (establishment as given) or"
                    + " current-trends (establishment growth and recruitment from the published history)"
                    + " (default: ${DEFAULT-VALUE})")
    Baseline baseline;

    static final class Code implements CommandLine.ITypeConverter<Baseline> {
        @Override
        public Baseline convert(String value) {
            try {
                return Baseline.ofCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
