package org.skillmix.app.web.result;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.explain.DemandExplanation;
import org.skillmix.core.explain.Explainer;
import org.skillmix.core.explain.SupplyExplanation;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.data.export.BaseGapCsvWriter;
import org.skillmix.data.export.ProjectionCsvWriter;
import org.skillmix.data.export.ProjectionXlsxWriter;
import org.skillmix.data.export.SpreadDriversCsvWriter;
import org.skillmix.usecase.explain.ExplainUseCase;
import org.skillmix.usecase.projection.ProjectionUseCase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Reading a finished run's results. Every access rule on results is enforced here, in one place: an
 * organisation lead gets their own organisation's series and the totals over organisations ("ALL"), and
 * is refused any other organisation's detail.
 */
@Service
public class ResultService {
    static final Set<String> DIMENSIONS = Set.of("capability", "role", "sector", "organisation", "place");

    private final RunService runs;
    private final ResultStore store;
    private final DatasetService datasets;
    private final AuditLog audit;
    private final FinishedResults cache;
    private final VisibleResults visible;
    private final RunInequalities inequalities;

    public ResultService(
            RunService runs,
            ResultStore store,
            DatasetService datasets,
            AuditLog audit,
            FinishedResults cache,
            VisibleResults visible,
            RunInequalities inequalities) {
        this.inequalities = inequalities;
        this.cache = cache;
        this.visible = visible;
        this.runs = runs;
        this.store = store;
        this.datasets = datasets;
        this.audit = audit;
    }

    public record Dimensions(
            List<String> months,
            List<String> capabilities,
            List<String> roles,
            List<String> sectors,
            List<String> organisations,
            List<String> places) {}

    public Dimensions dimensions(Account account, long runId) {
        Run run = finished(account, runId);
        List<String> organisations = values(runId, "organisation").stream()
                .filter(account::seesOrganisation)
                .toList();
        return new Dimensions(
                months(run),
                values(runId, "capability"),
                values(runId, "role"),
                values(runId, "sector"),
                organisations,
                values(runId, "place"));
    }

    private List<String> values(long runId, String column) {
        return cache.get(runId + "/values/" + column, () -> store.values(runId, column));
    }

    public SeriesView series(
            Account account,
            long runId,
            String measure,
            String capability,
            String role,
            String sector,
            String organisation,
            String place) {
        Run run = finished(account, runId);
        String org = dim(organisation);
        if (!account.seesOrganisation(org)) {
            throw new Forbidden(
                    "organisation",
                    "an organisation lead sees only their own organisation's detail (" + account.orgCode()
                            + ") and totals over organisations");
        }
        String sectorCode = dim(sector);
        String placeCode = dim(place);
        if (!org.equals(SeriesKey.ALL)) {
            // An organisation's series are keyed by its own sector and home place.
            var found = datasets.model(run.datasetId())
                    .organisation(org)
                    .orElseThrow(() -> new NotFound("organisation", "no organisation " + org));
            sectorCode = found.sector().code();
            placeCode = found.placeCode();
        }
        SeriesKey key = new SeriesKey(measure(measure), dim(capability), dim(role), sectorCode, org, placeCode);
        Series s = store.series(runId, key)
                .orElseThrow(() -> new NotFound(
                        "measure",
                        "run " + runId
                                + " has no series " + measure + " for capability " + key.capability() + ", role "
                                + key.role()
                                + ", sector " + key.sector() + ", organisation " + key.organisation() + ", place "
                                + key.place()));
        // A suppressed series keeps its key and months and says why, without its figures.
        String hidden = visible.hidden(account, run, key).orElse(null);
        boolean shown = hidden == null;
        return new SeriesView(
                key.measure().code(),
                key.capability(),
                key.role(),
                key.sector(),
                key.organisation(),
                key.place(),
                months(run),
                shown ? s.mean() : null,
                shown ? s.p10() : null,
                shown ? s.p50() : null,
                shown ? s.p90() : null,
                hidden);
    }

    /**
     * capability × place gap, or role × organisation vacancies or staff above establishment (the only grids the
     * projection keeps).
     */
    public Heatmap heatmap(Account account, long runId, String kind, String month) {
        Run run = finished(account, runId);
        int t = monthIndex(run, month);
        String rowDim;
        String colDim;
        Measure measure;
        List<String> totalled;
        switch (kind == null ? "capability-place" : kind) {
            case "capability-place" -> {
                rowDim = "capability";
                colDim = "place";
                measure = Measure.GAP_FTE;
                totalled = List.of("role", "sector", "organisation");
            }
            case "role-organisation", "role-organisation-above" -> {
                rowDim = "role";
                colDim = "organisation";
                measure = kind.equals("role-organisation") ? Measure.VACANCY_FTE : Measure.ABOVE_ESTABLISHMENT_FTE;
                totalled = List.of("capability");
            }
            default -> throw new Invalid("kind", "give capability-place, role-organisation or role-organisation-above");
        }
        List<ResultStore.Cell> cells = cache
                .<ResultStore.Cell>get(
                        runId + "/grid/" + kind + "/" + t,
                        () -> store.grid(runId, measure, rowDim, colDim, totalled, t))
                .stream()
                .filter(c -> !colDim.equals("organisation") || account.seesOrganisation(c.column()))
                .toList();
        List<String> rows =
                cells.stream().map(ResultStore.Cell::row).distinct().sorted().toList();
        List<String> cols =
                cells.stream().map(ResultStore.Cell::column).distinct().sorted().toList();
        List<double[]> grid = new ArrayList<>();
        List<int[]> suppressed = new ArrayList<>();
        for (ResultStore.Cell c : cells) {
            int r = rows.indexOf(c.row()), col = cols.indexOf(c.column());
            // The gap grid is capability x place over every sector; the vacancy and above-establishment grids are
            // the reader's own organisations only, which they see whole.
            boolean hidden = colDim.equals("place")
                    && visible.hidden(
                                    account,
                                    run,
                                    new SeriesKey(
                                            measure, c.row(), SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, c.column()))
                            .isPresent();
            if (hidden) suppressed.add(new int[] {r, col});
            else grid.add(new double[] {r, col, c.value()});
        }
        return new Heatmap(measure.code(), months(run).get(t), rowDim, colDim, rows, cols, grid, suppressed);
    }

    public Explanation explain(Account account, long runId, String month, String capability, String place) {
        Run run = finished(account, runId);
        int t = monthIndex(run, month);
        YearMonth ym = YearMonth.parse(months(run).get(t));
        var model = datasets.model(run.datasetId());
        if (capability == null || model.capability(capability).isEmpty())
            throw new Invalid("capability", "no capability " + capability);
        if (place == null || model.place(place).isEmpty()) throw new Invalid("place", "no place " + place);
        Explainer explainer = new Explainer();
        DemandExplanation demand = explainer.explainDemand(model, ym, capability, place);
        SupplyExplanation supply = explainer.explainSupply(model, ym, capability, place);
        var terms = visible.supply(account, run, capability, place, supply.terms());
        return new Explanation(
                ym.toString(),
                capability,
                place,
                demand.totalFte(),
                terms.isPresent() ? supply.totalFte() : null,
                demand.terms(),
                terms.orElse(List.of()),
                terms.isPresent()
                        ? null
                        : visible.hidden(account, run, VisibleResults.supplyKey(capability, SeriesKey.ALL, place))
                                .orElse("not shown"),
                ExplainUseCase.normRanges(model, demand),
                ExplainUseCase.elasticityRanges(model, demand));
    }

    /**
     * The totals of a finished projection some organisation lead of its ICS may not see (small-number suppression
     * for every partner at once): what a board pack shared with partners marks "[c]". No reader's access is checked:
     * the board pack run that asks was checked when it was queued.
     */
    public java.util.function.Predicate<SeriesKey> hiddenFromAnyLead(Run run) {
        return visible.hiddenFromAnyLead(run);
    }

    /** A download: the file's name, media type and bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {

        /** The file as an HTTP answer: an attachment of its own name and type. */
        public ResponseEntity<byte[]> attachment() {
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(fileName)
                                    .build()
                                    .toString())
                    .contentType(MediaType.parseMediaType(mediaType))
                    .body(content);
        }
    }

    public Download download(Account account, long runId, String format) {
        Run run = finished(account, runId);
        String base = "skillmix-run-" + runId;
        Download download = switch (format) {
            case "html" -> {
                if (!AccessPolicy.seesEveryOrganisation(account)) {
                    throw new Forbidden(
                            "format",
                            "the report shows every organisation's detail; an organisation lead"
                                    + " can download CSV or XLSX of what they may see");
                }
                yield new Download(
                        base + "-report.html",
                        "text/html;charset=UTF-8",
                        store.file(runId, ProjectionUseCase.REPORT_HTML)
                                .orElseThrow(() -> new NotFound("format", "run " + runId + " has no report")));
            }
            case "csv" ->
                new Download(base + ".csv", "text/csv;charset=UTF-8", write(visibleProjection(account, run), true));
            case "xlsx" ->
                new Download(
                        base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        write(visibleProjection(account, run), false));
            case "json" ->
                new Download(
                        base + "-run.json",
                        "application/json",
                        store.file(runId, ProjectionUseCase.RUN_JSON).orElseThrow());
            // by sector and for the system (the base gap of every role; the gap's spread), without the sectors
            // suppressed for the reader
            case "base-gap" ->
                bySector(account, run, stored(runId, base + "-base_gap.csv", BaseGapCsvWriter.FILE_NAME));
            case "sensitivity" ->
                bySector(account, run, stored(runId, base + "-sensitivity.csv", SpreadDriversCsvWriter.FILE_NAME));
            // by place and deprivation quintile, without the places (and their quintiles) suppressed for the reader
            case "inequalities" ->
                new Download(base + "-inequalities.csv", "text/csv;charset=UTF-8", inequalities.csv(account, run));
            default -> throw new Invalid("format", "give csv, xlsx, html, json, base-gap, sensitivity or inequalities");
        };
        audit.record(run.icbCode(), account.username(), "download", download.fileName());
        return download;
    }

    private Download bySector(Account account, Run run, Download all) {
        return new Download(all.fileName(), all.mediaType(), visible.withoutHiddenSectors(account, run, all.content()));
    }

    private Download stored(long runId, String fileName, String stored) {
        byte[] content = store.file(runId, stored)
                .orElseThrow(
                        () -> new NotFound(
                                "format",
                                "run " + runId + " has no " + stored
                                        + " (a run without draws has no sensitivity; a run from before this version has neither)"));
        return new Download(fileName, "text/csv;charset=UTF-8", content);
    }

    private Projection visibleProjection(Account account, Run run) {
        return visible.visible(account, run, store.projection(run));
    }

    private static byte[] write(Projection projection, boolean csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (csv) new ProjectionCsvWriter().write(projection, out);
            else new ProjectionXlsxWriter().write(projection, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A finished projection run the account may see: every result access goes through here. */
    Run finished(Account account, long runId) {
        Run run = runs.get(account, runId);
        if (run.kind() != org.skillmix.app.web.run.RunKind.PROJECTION) {
            // Named by its own kind (a board pack is no mutual-aid plan), with where its figures are.
            throw new Conflict(
                    "runId",
                    "run " + runId + " is a " + run.kind().words().toLowerCase(Locale.ROOT)
                            + ": its figures are at /api" + run.resultsPath());
        }
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new Conflict(
                    "runId",
                    "run " + runId + " has no results: it is "
                            + run.status().name().toLowerCase(Locale.ROOT));
        }
        return run;
    }

    static List<String> months(Run run) {
        YearMonth base = YearMonth.parse(run.series().baseMonth());
        return IntStream.range(0, run.series().months())
                .mapToObj(i -> base.plusMonths(i).toString())
                .toList();
    }

    private static int monthIndex(Run run, String month) {
        int count = run.series().months();
        if (month == null || month.isBlank()) return count - 1;
        try {
            YearMonth base = YearMonth.parse(run.series().baseMonth());
            long t = java.time.temporal.ChronoUnit.MONTHS.between(base, YearMonth.parse(month));
            if (t < 0 || t >= count) {
                throw new Invalid(
                        "month", month + " is outside the run (" + base + " to " + base.plusMonths(count - 1) + ")");
            }
            return (int) t;
        } catch (DateTimeParseException e) {
            throw new Invalid("month", "give the month as YYYY-MM, not " + month);
        }
    }

    private static Measure measure(String code) {
        if (code == null) throw new Invalid("measure", "give a measure, e.g. demand_fte");
        try {
            return Measure.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(
                    "measure",
                    "no measure " + code + "; one of "
                            + java.util.Arrays.stream(Measure.values())
                                    .map(Measure::code)
                                    .toList());
        }
    }

    private static String dim(String value) {
        return value == null || value.isBlank() ? SeriesKey.ALL : value;
    }
}
