package org.skillmix.app.cli;

import java.nio.file.Path;
import org.skillmix.data.dataset.TemplateWorkbook;
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
        new TemplateWorkbook().write(out);
        out().println("Wrote the dataset template to " + out + " (see its README sheet).");
        return 0;
    }
}
