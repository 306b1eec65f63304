package org.skillmix.usecase.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;

/**
 * The board pack (docs/outputs.md): what we should do, the charts, the CQC evidence, the assumptions and the
 * glossary, as board-pack.pdf and board-pack.html from one template, and cqc-evidence.csv. Called by
 * `skillmix board-pack` and by the web's board pack runs, which keep the files and serve them from store.
 */
public final class BoardPackUseCase {
    public static final String PDF = "board-pack.pdf";
    public static final String HTML = "board-pack.html";
    public static final String CQC_CSV = "cqc-evidence.csv";
    /**
     * The web's copy for partners' leads: the totals any organisation lead of the dataset may not see are marked
     * "[c]", so every partner reads the same document (docs/web.md, "Board pack").
     */
    public static final String PARTNERS_PDF = "board-pack-partners.pdf";

    public static final String PDF_TYPE = "application/pdf";

    /** The pack's figures and its files. */
    public record Result(BoardPack pack, Outputs outputs) {}

    /**
     * Loads the page's and the PDF's libraries ({@link BoardPackPdf#warmUpInBackground}) on background daemon threads:
     * call it first thing, so they load while the dataset is read. (The portfolio optimiser was warmed here too while
     * it was ojAlgo's, which ran cold for 0.5-0.9 s; its own branch and bound solves the example in milliseconds.)
     */
    public static void warmUp() {
        BoardPackPdf.warmUpInBackground();
    }

    /**
     * The command line's pack: nothing hidden, no web records; board-pack.pdf, board-pack.html, cqc-evidence.csv.
     * Call {@link #warmUp} before reading the dataset.
     */
    public Result run(SystemModel model, BoardPackRequest request, Consumer<String> say) {
        BoardPack pack = analyse(model, request, Progress.NONE, say);
        say.accept("Writing the pack ...");
        var cqc = CqcEvidence.of(pack, CqcEvidence.Records.NONE);
        String page = new BoardPackPage(pack).render(cqc);
        Outputs outputs = Outputs.of(
                new Output(PDF, PDF_TYPE, out -> BoardPackPdf.write(page, out)),
                Output.text(HTML, Output.HTML, page),
                Output.csv(CQC_CSV, out -> CqcEvidence.writeCsv(cqc, out)));
        return new Result(pack, outputs);
    }

    /**
     * The pack's figures ({@link BoardPackAnalysis}), the request's scenario presented as the portfolio when it names
     * one.
     *
     * @param progress steps done of {@link BoardPackAnalysis#STEPS} (the last, writing, is the caller's) and cancel
     */
    public BoardPack analyse(SystemModel model, BoardPackRequest request, Progress progress, Consumer<String> say) {
        RunDefaults.checkBaseline(model, request.settings().baseline());
        Scenario chosen = null;
        if (request.scenario() != null) {
            chosen = model.scenario(request.scenario())
                    .orElseThrow(() -> new InvalidSetting(
                            "scenario",
                            "scenario " + request.scenario() + " is not in the dataset's interventions.csv"));
        }
        return BoardPackAnalysis.of(model, request.settings(), chosen, progress, say);
    }

    /**
     * The files the web keeps of a pack: board-pack.pdf for readers who see every organisation,
     * board-pack-partners.pdf for the others, and cqc-evidence.csv (the same for both: it holds no organisation's
     * own figure). When no total the pack shows is hidden from a partner, both PDFs are the same document.
     *
     * @param records            the plan's sign-off record and speak-up themes for the CQC evidence
     * @param hiddenFromAPartner totals some organisation lead may not see (small-number suppression)
     */
    public Outputs kept(BoardPack pack, CqcEvidence.Records records, Predicate<SeriesKey> hiddenFromAPartner) {
        List<CqcEvidence.Statement> cqc = CqcEvidence.of(pack, records);
        String full = new BoardPackPage(pack).render(cqc);
        String partners = new BoardPackPage(pack, hiddenFromAPartner).render(cqc);
        byte[] pdf = pdf(full);
        byte[] partnersPdf = partners.equals(full) ? pdf : pdf(partners);
        return Outputs.of(
                new Output(PDF, PDF_TYPE, out -> out.write(pdf)),
                new Output(PARTNERS_PDF, PDF_TYPE, out -> out.write(partnersPdf)),
                Output.csv(CQC_CSV, out -> CqcEvidence.writeCsv(cqc, out)));
    }

    private static byte[] pdf(String page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BoardPackPdf.write(page, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the board pack's PDF", e);
        }
        return out.toByteArray();
    }
}
