package org.skillmix.data.dataset;

import org.skillmix.core.system.SystemInfo;

/**
 * Rules that span tables, run once every table is read, grouped by what they are about. Each check runs
 * only when the tables it needs were read, so a missing file gives one problem rather than a cascade.
 */
final class CrossTableChecks {

    private final LoadedTables tables;
    private final ProblemLog log;

    CrossTableChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    /** @param info the manifest's system info, or null when the manifest could not be read */
    void run(SystemInfo info) {
        new PopulationChecks(tables, log).run(info);
        new DemandChecks(tables, log).run();
        new WorkforceChecks(tables, log).run();
        new GrowthRowChecks(tables, log).run();
        new ScenarioChecks(tables, log).run(info);
        new FigureChecks(tables, log).run(info);
    }
}
