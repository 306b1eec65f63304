package org.skillmix.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.skillmix.data.importer.ImportException;
import org.skillmix.data.importer.NationalIcbs;
import org.skillmix.data.report.Figures;
import org.skillmix.usecase.OutputFolder;
import org.skillmix.usecase.national.NationalRequest;
import org.skillmix.usecase.national.NationalUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `skillmix national --from DIR --out DIR [--draws N]`: every ICS imported and projected, side by side. */
@Command(
        name = "national",
        mixinStandardHelpOptions = true,
        description = "Import every ICB from a folder of published files, project each and write national.csv and"
                + " national.html (every ICS side by side, per 10,000 people, by region).")
final class NationalCommand extends Subcommand {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder of published files")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the results to")
    Path out;

    @Option(
            names = "--icb",
            split = ",",
            paramLabel = "CODE",
            description = "only these ICBs (ODS codes, or ICBs of the April 2026 mergers); default: every ICB")
    List<String> icbs;

    @Option(
            names = "--geography",
            defaultValue = "2022",
            paramLabel = "YEAR",
            description = "2022: the 42 ICBs of the lookup; 2026: the ICBs after the April 2026 mergers"
                    + " (default: ${DEFAULT-VALUE})")
    int geography;

    @Mixin
    Horizon horizon;

    @Option(
            names = "--draws",
            defaultValue = "0",
            description = "Monte Carlo draws per ICB; 0 for one deterministic run each (default: ${DEFAULT-VALUE})")
    int draws;

    @Mixin
    SeedAndThreads engine;

    @Mixin
    BaselineOption baselineOption;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (geography != 2022 && geography != 2026) {
            err().println("--geography must be 2022 or 2026, not " + geography);
            return USAGE;
        }
        // Checked before the ICSs are imported and projected (minutes of work), not after.
        OutputFolder folder = OutputFolder.at(out);
        NationalRequest request = new NationalRequest(
                icbs,
                geography == 2026 ? NationalIcbs.Geography.ICB_2026 : NationalIcbs.Geography.ICB_2022,
                horizon.years,
                draws,
                engine.seed,
                engine.threadCount(),
                baselineOption.baseline);
        NationalUseCase.Result result;
        try {
            result = new NationalUseCase().run(from, request, err()::println);
        } catch (ImportException e) {
            e.problems().forEach(err()::println);
            return INVALID;
        }
        List<Path> written = folder.write(result.outputs());
        out().printf(
                        "Projected %d of %d ICSs (%s) in %.1f s.%nWrote %s%n",
                        result.icbs().size() - result.failed(),
                        result.icbs().size(),
                        draws == 0 ? "deterministic" : Figures.draws(draws) + " each",
                        (System.nanoTime() - start) / 1e9,
                        String.join(
                                " and ", written.stream().map(Path::toString).toList()));
        return result.failed() == 0 ? 0 : INVALID;
    }
}
