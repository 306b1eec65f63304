package org.skillmix.app.web.run;

import java.util.List;

/**
 * A winter plan's, bank fill's, design's or board pack's run: nothing drawn at random, and all its settings (its
 * use case's request) in analysis_settings.
 */
public record AnalysisRunSettings() implements RunSettings {

    @Override
    public SettingsColumns columns() {
        return new SettingsColumns(null, List.of(), List.of(), null, null, null, null, null, null, null, null);
    }
}
