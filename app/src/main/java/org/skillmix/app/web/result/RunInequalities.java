package org.skillmix.app.web.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.inequality.Inequalities;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.export.GapInsightFiles;
import org.skillmix.data.export.InequalitiesCsvWriter;
import org.springframework.stereotype.Service;

/**
 * A finished run's inequalities (issue 15 item 4): demand, supply and gap per 10,000 residents by deprivation
 * quintile and by place in its first and last months, computed by the same code as the command line's
 * inequalities.csv ({@link Inequalities}) from the run's stored place totals, and shown to each reader as small-number
 * suppression allows ({@link VisibleResults#inequalities}). Callers have checked the reader may see the run.
 */
@Service
public class RunInequalities {
    private static final List<Measure> MEASURES = List.of(Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.GAP_FTE);

    private final ResultStore store;
    private final DatasetService datasets;
    private final FinishedResults cache;
    private final VisibleResults visible;

    RunInequalities(ResultStore store, DatasetService datasets, FinishedResults cache, VisibleResults visible) {
        this.store = store;
        this.datasets = datasets;
        this.cache = cache;
        this.visible = visible;
    }

    /** The first month's table and the last's (one when the run has one month), as the reader may see them. */
    public List<Inequalities> of(Account reader, Run run) {
        List<Inequalities> all = cache.get(run.id() + "/inequalities", () -> compute(run));
        return all.stream().map(i -> visible.inequalities(reader, run, i)).toList();
    }

    /** inequalities.csv of what the reader may see. */
    public byte[] csv(Account reader, Run run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Baseline baseline = run.settings(ProjectionRunSettings.class).supplyBaseline();
            new InequalitiesCsvWriter().write(of(reader, run), baseline, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<Inequalities> compute(Run run) {
        SystemModel model = datasets.model(run.datasetId());
        List<Series> places = new ArrayList<>();
        for (Place p : model.places())
            for (Measure m : MEASURES)
                store.series(
                                run.id(),
                                new SeriesKey(m, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, p.code()))
                        .ifPresent(places::add);
        YearMonth base = YearMonth.parse(run.series().baseMonth());
        List<YearMonth> months = IntStream.range(0, run.series().months())
                .mapToObj(base::plusMonths)
                .toList();
        Projection placeTotals =
                new Projection(run.settings(ProjectionRunSettings.class).storedSeries(), months, places);
        return GapInsightFiles.inequalityMonths(model, placeTotals);
    }
}
