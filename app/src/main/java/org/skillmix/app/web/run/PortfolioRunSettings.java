package org.skillmix.app.web.run;

import java.util.List;

/**
 * A portfolio's run: the seed of its draws; the rest of its settings (its OptimiseRequest) are in
 * analysis_settings.
 */
public record PortfolioRunSettings(long seed) implements RunSettings {

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(null, List.of(), List.of(), null, null, null, seed, null, null, null, null);
    }
}
