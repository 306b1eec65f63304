package org.skillmix.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.InterventionRow;
import org.skillmix.usecase.scenario.ScenarioEdits;
import org.skillmix.usecase.scenario.ScenarioFolder;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** An edit of interventions.csv, validated with the whole dataset in a scratch copy before it is written. */
abstract class ScenarioEditor extends Subcommand {
    static final ScenarioEdits EDITS = new ScenarioEdits();

    @Parameters(index = "0", paramLabel = "DATASET", description = "a dataset folder (edit a workbook in Excel)")
    Path dataset;

    @Option(names = "--scenario", required = true, paramLabel = "CODE")
    String scenario;

    @Option(names = "--intervention", paramLabel = "CODE")
    String intervention;

    abstract List<InterventionRow> edit(List<InterventionRow> rows);

    @Override
    public Integer call() throws IOException {
        ScenarioFolder folder = new ScenarioFolder(dataset);
        if (this instanceof ScenarioAdd && intervention == null) {
            err().println("add needs --intervention CODE");
            return USAGE;
        }
        List<InterventionRow> edited = edit(folder.rows());
        try {
            folder.save(edited);
        } catch (DatasetException e) {
            printProblems(e);
            err().println("the edit was not saved; " + folder.file() + " is unchanged");
            return INVALID;
        }
        int n = edited.size();
        out().printf("Saved %s: %d intervention row%s.%n", folder.file(), n, n == 1 ? "" : "s");
        return 0;
    }
}
