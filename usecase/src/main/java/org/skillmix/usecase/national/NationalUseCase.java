package org.skillmix.usecase.national;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.skillmix.data.importer.ImportException;
import org.skillmix.data.national.NationalCsv;
import org.skillmix.data.national.NationalPage;
import org.skillmix.data.national.NationalRun;
import org.skillmix.data.national.NationalRun.IcbResult;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;

/**
 * Every ICS side by side (docs/national.md): each ICB imported from the published files in one process (the files
 * parsed once), projected with the same settings, and written as national.csv (ICB x sector x capability x year)
 * and national.html (per 10,000 people, by NHS England region).
 */
public final class NationalUseCase {
    public static final String NATIONAL_CSV = NationalCsv.FILE_NAME;
    public static final String NATIONAL_HTML = NationalPage.FILE_NAME;

    /** Each ICB's figures (or why it has none) and the files. */
    public record Result(List<IcbResult> icbs, Outputs outputs) {
        public long failed() {
            return icbs.stream().filter(r -> !r.ok()).count();
        }
    }

    /** progress receives one line per ICB as it finishes. */
    public Result run(Path from, NationalRequest request, Consumer<String> progress) throws ImportException {
        List<IcbResult> results =
                new NationalRun(from, request.settings(), request.geography(), progress).run(request.icbs());
        String page = new NationalPage().render(results, request.settings());
        return new Result(
                results,
                Outputs.of(
                        Output.csv(NATIONAL_CSV, out -> new NationalCsv().write(results, out)),
                        Output.text(NATIONAL_HTML, Output.HTML, page)));
    }
}
