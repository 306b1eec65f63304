package org.skillmix.usecase.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.intervention.ScenarioSystem;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.BaseGapCsvWriter;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.InequalitiesCsvWriter;
import org.skillmix.data.export.ProjectionCsvWriter;
import org.skillmix.data.export.ProjectionSummary;
import org.skillmix.data.export.ProjectionSummaryWriter;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.export.SpreadDriversCsvWriter;
import org.skillmix.data.report.HtmlReport;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.ScenarioChoice;
import org.skillmix.usecase.SourceDataset;

/**
 * A projection (docs/outputs.md): demand, supply and gaps month by month for one scenario on a supply baseline,
 * with the files projection.csv (every figure), report.html, run.json (how it was made), base_gap.csv (the gap
 * today), with draws sensitivity.csv (what drives the spread), and projection_summary.csv and .xlsx (the years by
 * sector, place, capability and role, for Excel).
 */
public final class ProjectionUseCase {
    public static final String PROJECTION_CSV = "projection.csv";
    public static final String REPORT_HTML = "report.html";
    public static final String RUN_JSON = "run.json";
    /** Why there is a gap today, by sector (docs/outputs.md). */
    public static final String BASE_GAP_CSV = BaseGapCsvWriter.FILE_NAME;
    /** Which assumptions drive the spread: a run with draws only. */
    public static final String SENSITIVITY_CSV = SpreadDriversCsvWriter.FILE_NAME;
    /** The projection sized for its readers: years by sector, place, capability and role (docs/outputs.md). */
    public static final String SUMMARY_CSV = ProjectionSummaryWriter.CSV_NAME;

    public static final String SUMMARY_XLSX = ProjectionSummaryWriter.XLSX_NAME;

    /**
     * Every file a projection may write, some only with --full or draws: a run into a folder an earlier run wrote
     * removes those it does not write itself, so no earlier projection.csv sits beside a new report looking current.
     */
    public static final List<String> EVERY_OUTPUT = List.of(
            PROJECTION_CSV,
            REPORT_HTML,
            RUN_JSON,
            BASE_GAP_CSV,
            InequalitiesCsvWriter.FILE_NAME,
            SENSITIVITY_CSV,
            SUMMARY_CSV,
            SUMMARY_XLSX);

    /** The projection, what run.json says of it, and its files. */
    public record Result(Projection projection, RunManifest manifest, Outputs outputs) {}

    /**
     * Checks the request against the dataset before any work: its scenario must be the dataset's, and the dataset
     * must have what the baseline needs.
     */
    public void check(SystemModel model, ProjectionRequest request) {
        ScenarioChoice.scenario(model, request.scenario(), "scenario");
        RunDefaults.checkBaseline(model, request.baseline());
    }

    public Result run(SystemModel model, SourceDataset dataset, ProjectionRequest request, Progress progress) {
        check(model, request);
        Scenario scenario = ScenarioChoice.scenario(model, request.scenario(), "scenario");
        Instant started = Instant.now();
        // The scenario's interventions act through the engine's draw adjusters.
        Projector projector = request.withoutInterventions()
                ? Projector.upTo(model, request.years() * 12)
                : ScenarioSystem.projector(model, scenario, request.years());
        Projection projection = projector.run(request.settings(), progress.draws());
        // Refused whole before any file or table holds it, on the command line and the web alike.
        ProjectionCsvWriter.requireFinite(projection);
        RunManifest manifest = RunManifest.of(projection, dataset.label(), dataset.sha256(), started, Instant.now());
        String html = new HtmlReport(model, projection, manifest).render();
        List<Output> outputs = new ArrayList<>();
        // Every series every month only when asked for: the summary below is what a reader opens.
        if (request.full())
            outputs.add(
                    new Output(PROJECTION_CSV, Output.CSV, out -> new ProjectionCsvWriter().write(projection, out)));
        outputs.add(Output.text(REPORT_HTML, Output.HTML, html));
        outputs.add(Output.text(RUN_JSON, Output.JSON, manifest.toJson()));
        try {
            // base_gap.csv, and sensitivity.csv for a run with draws.
            GapInsightFiles.contents(model, projection)
                    .forEach((name, bytes) -> outputs.add(new Output(name, Output.CSV, out -> out.write(bytes))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProjectionSummary.Row> summary = ProjectionSummary.rows(model, projection);
        outputs.add(Output.csv(
                SUMMARY_CSV,
                out -> new ProjectionSummaryWriter()
                        .writeCsv(projection.settings().baseline(), summary, out)));
        outputs.add(new Output(
                SUMMARY_XLSX, Output.XLSX, out -> new ProjectionSummaryWriter().writeXlsx(projection, summary, out)));
        return new Result(projection, manifest, new Outputs(outputs));
    }
}
