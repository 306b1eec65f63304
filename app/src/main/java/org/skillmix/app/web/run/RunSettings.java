package org.skillmix.app.web.run;

/**
 * What a run was asked to do, each kind with its own settings (issue 13 item 4) rather than one row of every
 * kind's fields: a projection's or comparison's years of draws, a mutual-aid plan's surge and search, a
 * portfolio's seed. A winter plan, bank fill, design or board pack keeps its settings (its use case's request) in
 * analysis_settings (V18), so its run holds none.
 */
public sealed interface RunSettings
        permits DrawnRunSettings, MutualAidRunSettings, PortfolioRunSettings, AnalysisRunSettings {

    /** The settings among every kind's, as the API's JSON and the pages listing runs of several kinds show them. */
    SettingsColumns columns();
}
