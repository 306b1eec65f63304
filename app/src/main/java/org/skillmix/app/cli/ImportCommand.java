package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.data.importer.IcbImport;
import org.skillmix.data.importer.ImportException;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.importer.ImportRequest;
import org.skillmix.usecase.importer.ImportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix import --icb CODE --from DIR --out DATASET`: builds a whole system dataset for an ICB from the
 * published national files, validates it and writes it with its import report; on any problem it names the
 * file and row and writes nothing.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Build a system dataset for an ICB (ODS code, e.g. QOP) from a folder of published national files.")
final class ImportCommand extends Subcommand {

    @Option(
            names = "--icb",
            required = true,
            paramLabel = "CODE",
            description = "the ICB's ODS code (QOP, QKK, QJM...), an ICB of the April 2026 mergers (D7T5G), or a list "
                    + "for a combined footprint (QOP,QYG)")
    String icb;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "DIR",
            description = "folder of published files (one folder per source, or flat)")
    Path from;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DATASET",
            description = "dataset folder to write (its CSV files are replaced)")
    Path out;

    @Option(
            names = "--mappings",
            paramLabel = "DIR",
            description = "folder of mapping tables replacing the shipped ones of the same name")
    Path mappings;

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description = "where to write the HTML import report (default: DATASET/import-report.html)")
    Path report;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        ImportRequest request = new ImportRequest(icb, from, mappings);
        Path html = report != null ? report : out.resolve(ImportUseCase.IMPORT_REPORT_HTML);
        OutputFolder.at(out);
        OutputFolder reportFolder = OutputFolder.at(html.toAbsolutePath().getParent());
        ImportUseCase.Result result;
        try {
            result = new ImportUseCase().run(request, out, line -> err().println(line));
        } catch (ImportException e) {
            return problems(e);
        }
        Output page = result.outputs().get(ImportUseCase.IMPORT_REPORT_HTML);
        reportFolder.write(Outputs.of(new Output(html.getFileName().toString(), page.mediaType(), page.content())));
        IcbImport.Result imported = result.imported();
        out().print(imported.report().text());
        out().printf(
                        "%nWrote %s for %s: %d places, population %,.0f; HTML report %s (%.1f s)%n",
                        out,
                        imported.icb(),
                        imported.places().size(),
                        imported.population(),
                        html,
                        (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
