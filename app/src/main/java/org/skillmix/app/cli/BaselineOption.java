package org.skillmix.app.cli;

import org.skillmix.core.supply.Baseline;
import picocli.CommandLine;

/** --baseline funded-plan|current-trends, as the commands that project take it. */
final class BaselineOption implements CommandLine.ITypeConverter<Baseline> {
    static final String DESCRIPTION = "what supply is projected against: funded-plan (establishment as given) or"
            + " current-trends (establishment growth and recruitment from the published history) (default:"
            + " ${DEFAULT-VALUE})";

    @Override
    public Baseline convert(String value) {
        try {
            return Baseline.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
