package org.skillmix.app.web.analysis;

import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunRepository;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.data.boardpack.BoardPack;
import org.skillmix.data.boardpack.BoardPackPdf;
import org.skillmix.data.boardpack.CqcEvidence;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.boardpack.BoardPackAnalysis;
import org.skillmix.usecase.boardpack.BoardPackRequest;
import org.skillmix.usecase.boardpack.BoardPackUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a board pack run's files, as `skillmix board-pack` makes them, on the source run's dataset version and
 * settings: the full PDF, the partners' PDF (the totals some organisation lead of the ICS may not see marked
 * "[c]", so every partner reads one document) and cqc-evidence.csv, with the plan's sign-off record when it is a
 * plan's pack. {@link AnalysisWork} stores them.
 */
@Component
class BoardPackWork {
    private static final Logger LOG = LoggerFactory.getLogger(BoardPackWork.class);

    private final BoardPackStore packs;
    private final RunRepository runs;
    private final DatasetService datasets;
    private final ResultService results;

    BoardPackWork(BoardPackStore packs, RunRepository runs, DatasetService datasets, ResultService results) {
        this.packs = packs;
        this.runs = runs;
        this.datasets = datasets;
        this.results = results;
    }

    Outputs make(Run run, BoardPackRequest request, Progress progress) {
        BoardPackPdf.warmUpInBackground();
        BoardPackStore.Source source = packs.source(run.id());
        Run projection = runs.find(source.runId())
                .orElseThrow(() -> new IllegalStateException("the pack's run " + source.runId() + " is gone"));
        BoardPackUseCase packsCase = new BoardPackUseCase();
        BoardPack pack = packsCase.analyse(
                datasets.model(projection.datasetId()),
                request,
                progress,
                line -> LOG.info("board pack {}: {}", run.id(), line));
        progress.stopIfCancelled();
        Outputs outputs = packsCase.kept(
                pack,
                source.planRecord() == null
                        ? CqcEvidence.Records.NONE
                        : new CqcEvidence.Records(source.planRecord(), null),
                results.hiddenFromAnyLead(projection));
        progress.update(BoardPackAnalysis.STEPS, BoardPackAnalysis.STEPS);
        return outputs;
    }
}
