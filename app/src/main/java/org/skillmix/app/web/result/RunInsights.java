package org.skillmix.app.web.result;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.Labels;
import org.skillmix.core.explain.BaseGap;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.supply.Baseline;
import org.skillmix.data.export.RunManifest;
import org.skillmix.data.report.BaseGapNotes;
import org.skillmix.data.report.Figures;
import org.skillmix.data.report.SpreadChart;
import org.skillmix.usecase.projection.ProjectionUseCase;
import org.springframework.stereotype.Service;

/**
 * What a finished run's page says about its gap beside the series: the baseline it projected, why there is a
 * gap today (the base month's gap by sector and its parts) and which assumptions drive the spread. All are
 * totals by sector or for the system, so every role sees them, except a sector whose figures small-number
 * suppression hides from the reader ({@link VisibleResults}); access is checked by
 * {@link ResultService#finished} as for every result.
 */
@Service
public class RunInsights {
    private final ResultService results;
    private final ResultStore store;
    private final DatasetService datasets;
    private final FinishedResults cache;
    private final VisibleResults visible;
    private final RunInequalities inequalities;

    public RunInsights(
            ResultService results,
            ResultStore store,
            DatasetService datasets,
            FinishedResults cache,
            VisibleResults visible,
            RunInequalities inequalities) {
        this.visible = visible;
        this.inequalities = inequalities;
        this.results = results;
        this.store = store;
        this.datasets = datasets;
        this.cache = cache;
    }

    /**
     * @param baseGap   the dataset's base month, sectors then the system (the same for every run of it)
     * @param drivers   which assumptions drive the spread; empty for a run without draws
     * @param hiddenSectors how many sectors' rows small-number suppression leaves out for this reader
     * @param inequalities per 10,000 residents by deprivation quintile and place, first month and last
     * @param hiddenPlaces how many places' rows small-number suppression leaves out for this reader
     * @param baseGapNotes how to read the norm part for the sectors shown (the report's words, BaseGapNotes)
     */
    public record View(
            Baseline baseline,
            BaseGap baseGap,
            List<SpreadChart> drivers,
            int hiddenSectors,
            List<Inequalities> inequalities,
            int hiddenPlaces,
            List<String> baseGapNotes) {
        public List<BaseGap.Row> baseGapRows() {
            List<BaseGap.Row> rows = new java.util.ArrayList<>(baseGap.sectors());
            rows.add(baseGap.total());
            return rows;
        }

        public List<String> parts() {
            return BaseGap.PARTS;
        }

        /** The total the tornado chart shows first: the whole system at the last year. */
        public int defaultDriver() {
            return SpreadChart.defaultIndex(drivers);
        }

        /** Whether any share shown is within noise: the page then says how such a share is marked. */
        public boolean anyWithinNoise() {
            return drivers.stream().flatMap(c -> c.drivers().stream()).anyMatch(SpreadChart.Driver::withinNoise);
        }

        /** A bar's length in the inequality chart: 300 pixels is staffing per need 1.00 (demand met), at most 400. */
        public long barWidth(Inequalities.Row row) {
            return Math.round(Math.min(400, 300 * row.staffingPerNeed()));
        }

        /** The inequalities of the run's last month: the table the page shows first. */
        public Inequalities lastInequalities() {
            return inequalities.get(inequalities.size() - 1);
        }
    }

    public View of(Account account, long runId) {
        Run run = results.finished(account, runId);
        // The run row keeps its baseline (V7); only runs stored before then need their run.json read, once.
        String code = run.settings(ProjectionRunSettings.class).baseline();
        Baseline baseline = code != null
                ? Baseline.ofCode(code)
                : cache.<Baseline>get(
                                runId + "/baseline",
                                () -> List.of(store.file(runId, ProjectionUseCase.RUN_JSON)
                                        .map(json -> RunManifest.fromJson(new String(json, StandardCharsets.UTF_8)))
                                        .map(RunManifest::baselineOrFundedPlan)
                                        .orElse(Baseline.FUNDED_PLAN)))
                        .get(0);
        BaseGap gap = cache.<BaseGap>get(
                        "dataset/" + run.datasetId() + "/base-gap",
                        () -> List.of(BaseGap.of(datasets.model(run.datasetId()))))
                .get(0);
        List<BaseGap.Row> shown = gap.sectors().stream()
                .filter(r -> !visible.sectorHidden(account, run, r.sector()))
                .toList();
        List<Inequalities> byDeprivation = inequalities.of(account, run);
        Inequalities last = byDeprivation.get(byDeprivation.size() - 1);
        BaseGap visibleGap = new BaseGap(gap.month(), shown, gap.total());
        return new View(
                baseline,
                visibleGap,
                drivers(account, runId),
                gap.sectors().size() - shown.size(),
                byDeprivation,
                datasets.model(run.datasetId()).places().size() - last.places().size(),
                BaseGapNotes.of(visibleGap, new Figures(), Labels::sectorWords));
    }

    /**
     * The drivers of the run's spread as the tornado chart draws them; empty for a run without draws. A sector
     * small-number suppression hides from the reader is left out, as from the base gap. A file written before the
     * charts kept their number of draws is given the run's, for the words on noise to say it.
     */
    public List<SpreadChart> drivers(Account account, long runId) {
        Run run = results.finished(account, runId);
        int draws = run.settings(ProjectionRunSettings.class).draws();
        List<SpreadChart> all = cache.get(
                runId + "/spread-charts",
                () -> store.file(runId, SpreadChart.FILE_NAME).map(SpreadChart::fromJson).orElse(List.of()).stream()
                        .map(c -> c.draws() > 0 ? c : c.withDraws(draws))
                        .toList());
        return visible.drivers(account, run, all);
    }
}
