package org.skillmix.usecase.importer;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.skillmix.data.importer.IcbImport;
import org.skillmix.data.importer.ImportException;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;

/**
 * A whole system dataset for an ICB built from the published national files, validated, and written with its
 * import report; on any problem it names the file and row and writes nothing. The dataset's tables are written
 * by {@link IcbImport} (into a scratch folder, validated there, then moved into place); the report is this use
 * case's output, import-report.html.
 */
public final class ImportUseCase {
    public static final String IMPORT_REPORT_HTML = "import-report.html";

    /** What was imported, and the import report as its output. */
    public record Result(IcbImport.Result imported, Outputs outputs) {}

    /**
     * Builds and writes the dataset to the folder (its tables are replaced).
     *
     * @param progress told each step, for the terminal
     * @throws ImportException naming every problem: nothing was written
     */
    public Result run(ImportRequest request, Path dataset, Consumer<String> progress) throws ImportException {
        IcbImport.Result imported =
                new IcbImport(request.from(), request.icb(), request.mappings(), progress).writeTo(dataset);
        return new Result(
                imported,
                Outputs.of(Output.text(
                        IMPORT_REPORT_HTML, Output.HTML, imported.report().html())));
    }
}
