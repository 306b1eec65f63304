package org.skillmix.app.web.comparison;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.api.Conflict;
import org.skillmix.app.web.api.Forbidden;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.NotFound;
import org.skillmix.app.web.audit.AuditLog;
import org.skillmix.app.web.result.ResultService;
import org.skillmix.app.web.run.ResultStore;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunKind;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.run.RunStatus;
import org.skillmix.usecase.comparison.ComparisonUseCase;
import org.springframework.stereotype.Service;

/**
 * Finished comparisons, read from the files the comparison stored (the same comparison.csv and
 * comparison_summary.csv as `skillmix compare` writes). They hold only totals by capability, sector and
 * place, never one organisation's detail, so an organisation lead may read them; the HTML report is refused
 * to an organisation lead as a run's report is, since it lists every scenario's interventions by organisation.
 */
@Service
public class ComparisonService {
    static final Set<String> DIMENSIONS = Set.of("all", "capability", "sector", "place");

    private final RunService runs;
    private final ResultStore store;
    private final AuditLog audit;
    private final VisibleComparisons visible;

    public ComparisonService(RunService runs, ResultStore store, AuditLog audit, VisibleComparisons visible) {
        this.runs = runs;
        this.store = store;
        this.audit = audit;
        this.visible = visible;
    }

    /** Mean and P10/P50/P90 per year. */
    public record Band(List<Double> mean, List<Double> p10, List<Double> p50, List<Double> p90) {}

    /** One scenario's gap and gap closed against the baseline, per year, in one slice. */
    public record ScenarioGaps(String scenario, Band gap, Band gapClosed) {}

    /**
     * A slice (all, a capability, a sector or a place) over the years, every scenario.
     *
     * @param suppressed why this reader may not see the slice (small-number suppression: no scenarios are
     *     given), or null
     */
    public record GapView(
            String dimension, String code, List<String> years, List<ScenarioGaps> scenarios, String suppressed) {}

    /** The codes a comparison has figures for, by dimension. */
    public record Slices(
            List<String> scenarios,
            List<String> years,
            List<String> capabilities,
            List<String> sectors,
            List<String> places) {}

    /**
     * A scenario's year: costs (GBP), target gap and gap closed (FTE), cost per FTE of target gap closed (null
     * when none is closed) and P(target gap &lt; target). The target's figures are null for a reader from whom
     * small-number suppression hides a target capability's gap.
     */
    public record YearSummary(
            String scenario,
            String year,
            double programmeCostGbp,
            double payCostGbp,
            double extraCostGbp,
            Double targetGapMean,
            Double targetGapP10,
            Double targetGapP50,
            Double targetGapP90,
            Double targetGapClosedMean,
            Double targetGapClosedP10,
            Double targetGapClosedP50,
            Double targetGapClosedP90,
            Double costPerFteClosedGbp,
            Double probabilityBelowTarget,
            Double extraCareWorkerFte,
            Double bedDaysSavedP10,
            Double bedDaysSavedP50,
            Double bedDaysSavedP90,
            Double occupancyChangeP10,
            Double occupancyChangeP50,
            Double occupancyChangeP90,
            String dischargeBasis) {}

    public Run start(Account account, RunService.NewComparison request) {
        return runs.startComparison(account, request);
    }

    public List<Run> list(Account account) {
        return runs.list(account, RunKind.COMPARISON);
    }

    public Run get(Account account, long id) {
        Run run = runs.get(account, id);
        if (run.kind() != RunKind.COMPARISON) throw new NotFound("comparisonId", "run " + id + " is not a comparison");
        return run;
    }

    public Run cancel(Account account, long id) {
        get(account, id);
        return runs.cancel(account, id);
    }

    public Slices slices(Account account, long id) {
        List<Map<String, String>> rows = csv(finished(account, id), ComparisonUseCase.COMPARISON_CSV);
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Set<String> scenarios = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            scenarios.add(r.get("scenario"));
            years.add(r.get("year"));
            codes.computeIfAbsent(r.get("dimension"), d -> new LinkedHashSet<>())
                    .add(r.get("code"));
        }
        return new Slices(
                List.copyOf(scenarios),
                List.copyOf(years),
                sorted(codes.get("capability")),
                sorted(codes.get("sector")),
                sorted(codes.get("place")));
    }

    public GapView gaps(Account account, long id, String dimension, String code) {
        String dim = dimension == null || dimension.isBlank() ? "all" : dimension.toLowerCase(Locale.ROOT);
        if (!DIMENSIONS.contains(dim)) throw new Invalid("dimension", "give all, capability, sector or place");
        String wanted = dim.equals("all") ? "ALL" : code;
        if (wanted == null || wanted.isBlank()) throw new Invalid("code", "give the " + dim + "'s code");
        Run run = finished(account, id);
        List<Map<String, String>> rows = csv(run, ComparisonUseCase.COMPARISON_CSV).stream()
                .filter(r -> r.get("dimension").equals(dim) && r.get("code").equals(wanted))
                .toList();
        if (rows.isEmpty())
            throw new NotFound("code", "comparison " + id + " has no figures for " + dim + " " + wanted);
        List<String> years = rows.stream().map(r -> r.get("year")).distinct().toList();
        var hidden = visible.hidden(account, run, dim, wanted);
        if (hidden.isPresent()) return new GapView(dim, wanted, years, List.of(), hidden.get());
        Map<String, List<Map<String, String>>> byScenario = new LinkedHashMap<>();
        for (Map<String, String> r : rows)
            byScenario
                    .computeIfAbsent(r.get("scenario"), s -> new ArrayList<>())
                    .add(r);
        List<ScenarioGaps> scenarios = new ArrayList<>();
        byScenario.forEach(
                (s, list) -> scenarios.add(new ScenarioGaps(s, band(list, "gap_fte"), band(list, "gap_closed_fte"))));
        return new GapView(dim, wanted, years, scenarios, null);
    }

    public List<YearSummary> summary(Account account, long id) {
        Run run = finished(account, id);
        boolean shown = !visible.targetHidden(account, run);
        return csv(run, ComparisonUseCase.COMPARISON_SUMMARY_CSV).stream()
                .map(r -> new YearSummary(
                        r.get("scenario"),
                        r.get("year"),
                        number(r, "programme_cost_gbp"),
                        number(r, "pay_cost_gbp"),
                        number(r, "extra_cost_gbp"),
                        shown ? number(r, "target_gap_fte_mean") : null,
                        shown ? number(r, "target_gap_fte_p10") : null,
                        shown ? number(r, "target_gap_fte_p50") : null,
                        shown ? number(r, "target_gap_fte_p90") : null,
                        shown ? number(r, "target_gap_closed_fte_mean") : null,
                        shown ? number(r, "target_gap_closed_fte_p10") : null,
                        shown ? number(r, "target_gap_closed_fte_p50") : null,
                        shown ? number(r, "target_gap_closed_fte_p90") : null,
                        !shown || r.get("cost_per_fte_closed_gbp").isBlank()
                                ? null
                                : number(r, "cost_per_fte_closed_gbp"),
                        shown ? number(r, "probability_below_target") : null,
                        optional(r, "extra_care_worker_fte"),
                        optional(r, "bed_days_saved_per_year_p10"),
                        optional(r, "bed_days_saved_per_year_p50"),
                        optional(r, "bed_days_saved_per_year_p90"),
                        optional(r, "ga_occupancy_change_p10"),
                        optional(r, "ga_occupancy_change_p50"),
                        optional(r, "ga_occupancy_change_p90"),
                        r.get("discharge_basis")))
                .toList();
    }

    public ResultService.Download download(Account account, long id, String format) {
        Run run = finished(account, id);
        String base = "skillmix-comparison-" + id;
        ResultService.Download download = switch (format) {
            case "csv" ->
                new ResultService.Download(
                        base + ".csv",
                        "text/csv;charset=UTF-8",
                        visible.comparisonCsv(account, run, file(run, ComparisonUseCase.COMPARISON_CSV)));
            case "summary" ->
                new ResultService.Download(
                        base + "-summary.csv",
                        "text/csv;charset=UTF-8",
                        visible.summaryCsv(account, run, file(run, ComparisonUseCase.COMPARISON_SUMMARY_CSV)));
            case "html" -> {
                if (!AccessPolicy.seesEveryOrganisation(account)) {
                    throw new Forbidden(
                            "format",
                            "the report lists every scenario's interventions by organisation; an"
                                    + " organisation lead can download the CSV files");
                }
                yield new ResultService.Download(
                        base + ".html", "text/html;charset=UTF-8", file(run, ComparisonUseCase.COMPARISON_HTML));
            }
            default -> throw new Invalid("format", "give csv, summary or html");
        };
        audit.record(run.icbCode(), account.username(), "download", download.fileName());
        return download;
    }

    private Run finished(Account account, long id) {
        Run run = get(account, id);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new Conflict(
                    "comparisonId",
                    "comparison " + id + " has no results: it is "
                            + run.status().name().toLowerCase(Locale.ROOT));
        }
        return run;
    }

    private byte[] file(Run run, String name) {
        return store.file(run.id(), name)
                .orElseThrow(() -> new NotFound("format", "comparison " + run.id() + " has no " + name));
    }

    private List<Map<String, String>> csv(Run run, String name) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().ofCsvRecord(new String(file(run, name), StandardCharsets.UTF_8))) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++)
                    row.put(header.get(i), i < record.getFieldCount() ? record.getField(i) : "");
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Band band(List<Map<String, String>> rows, String prefix) {
        return new Band(
                column(rows, prefix + "_mean"),
                column(rows, prefix + "_p10"),
                column(rows, prefix + "_p50"),
                column(rows, prefix + "_p90"));
    }

    private static List<Double> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> number(r, name)).toList();
    }

    /** A discharge figure, or null when the dataset had no discharge.csv (or the comparison predates the column). */
    private static Double optional(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() || v.equals(org.skillmix.data.export.ComparisonCsvWriter.NO_DISCHARGE)
                ? null
                : Double.parseDouble(v);
    }

    private static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v);
    }

    private static List<String> sorted(Set<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }
}
