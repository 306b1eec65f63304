package org.skillmix.usecase.boardpack;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Scenario;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackPage;
import org.skillmix.data.boardpack.BoardPackPdf;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.RunDefaults;

/**
 * The board pack (docs/outputs.md): what we should do, the charts, the CQC evidence, the assumptions and the
 * glossary, as board-pack.pdf and board-pack.html from one template, and cqc-evidence.csv. Called by
 * `skillmix board-pack` and by the web's run and plan pages.
 */
public final class BoardPackUseCase {
    public static final String PDF = "board-pack.pdf";
    public static final String HTML = "board-pack.html";
    public static final String CQC_CSV = "cqc-evidence.csv";
    public static final String PDF_TYPE = "application/pdf";

    /** The pack's figures and its files. */
    public record Result(BoardPack pack, Outputs outputs) {}

    /** The pack with nothing hidden and no web records: the command line's. */
    public Result run(SystemModel model, BoardPackRequest request, Consumer<String> progress) {
        return run(model, request, CqcEvidence.Records.NONE, key -> false, progress);
    }

    /**
     * @param records the web's plan sign-off and speak-up themes for the CQC evidence
     * @param hidden  totals the reader may not see (small-number suppression), marked "[c]"
     */
    public Result run(
            SystemModel model,
            BoardPackRequest request,
            CqcEvidence.Records records,
            Predicate<SeriesKey> hidden,
            Consumer<String> progress) {
        RunDefaults.checkBaseline(model, request.settings().baseline());
        Scenario chosen = null;
        if (request.scenario() != null) {
            chosen = model.scenario(request.scenario())
                    .orElseThrow(() -> new InvalidSetting(
                            "scenario",
                            "scenario " + request.scenario() + " is not in the dataset's interventions.csv"));
        }
        BoardPack pack = BoardPack.of(model, request.settings(), chosen, progress);
        progress.accept("Writing the pack ...");
        var cqc = CqcEvidence.of(pack, records);
        String page = new BoardPackPage(pack, hidden).render(cqc);
        Outputs outputs = Outputs.of(
                new Output(PDF, PDF_TYPE, out -> BoardPackPdf.write(page, out)),
                Output.text(HTML, Output.HTML, page),
                Output.csv(CQC_CSV, out -> CqcEvidence.writeCsv(cqc, out)));
        return new Result(pack, outputs);
    }
}
