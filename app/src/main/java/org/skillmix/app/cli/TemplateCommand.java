package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.data.dataset.TemplateWorkbook;
import org.skillmix.usecase.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `skillmix template FILE.xlsx`: an empty dataset workbook with instructions, to fill in Excel. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description =
                "Write an empty dataset workbook (one sheet per table, instructions on the first sheet) to fill in Excel.")
final class TemplateCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "FILE.xlsx")
    Path out;

    @Override
    public Integer call() throws Exception {
        // Whole or not at all: a killed or failed write leaves no damaged workbook over a good one.
        OutputFile.at(out).write(stream -> new TemplateWorkbook().write(stream));
        out().println("Wrote the dataset template to " + out + " (see its README sheet).");
        return 0;
    }
}
