package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetTable;
import org.skillmix.data.dataset.DatasetWriter;
import org.skillmix.data.synthetic.SyntheticSystem;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.OutputFile;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.Outputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `skillmix generate --out DIR`: a synthetic system of a chosen size, so anyone can reproduce the
 * performance measurements in docs/performance.md on the same input.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic system dataset of a given size (for benchmarks and trials).")
final class GenerateCommand extends Subcommand {

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR|FILE.xlsx",
            description = "dataset folder, or a .xlsx workbook")
    Path out;

    @Option(names = "--roles", defaultValue = "60")
    int roles;

    @Option(names = "--organisations", defaultValue = "40")
    int organisations;

    @Option(names = "--places", defaultValue = "10")
    int places;

    @Option(names = "--capabilities", defaultValue = "30")
    int capabilities;

    @Option(names = "--services", defaultValue = "20")
    int services;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
        // Checked before the system is generated; written whole or not at all, as every command's outputs.
        boolean workbook = out.getFileName().toString().toLowerCase().endsWith(".xlsx");
        OutputFile file = workbook ? OutputFile.at(out) : null;
        OutputFolder folder = workbook ? null : OutputFolder.at(out);
        var size = new SyntheticSystem.Size(roles, organisations, places, capabilities, services);
        SystemModel model = SyntheticSystem.generate(size, seed);
        DatasetWriter writer = new DatasetWriter();
        if (workbook) {
            file.write(stream -> writer.writeWorkbook(model, stream));
        } else {
            List<Output> tables = new ArrayList<>();
            for (DatasetTable table : DatasetTable.values()) {
                tables.add(new Output(table.fileName(), Output.CSV, stream -> writer.writeTable(table, model, stream)));
            }
            folder.write(new Outputs(tables));
        }
        out().printf(
                        "Wrote a synthetic system to %s: %d roles, %d organisations, %d places, %d capabilities, %d services (seed %d)%n",
                        out, roles, organisations, places, capabilities, services, seed);
        return 0;
    }
}
