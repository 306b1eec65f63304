package org.skillmix.app.web.comparison;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.disclosure.Disclosure;
import org.skillmix.app.web.disclosure.ProjectionTables;
import org.skillmix.app.web.disclosure.Suppression;
import org.skillmix.app.web.run.ComparisonRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;
import org.springframework.stereotype.Component;

/**
 * What a reader sees of a comparison: its gaps by capability, sector and place are sums over organisations, so
 * for a reader who may not see every organisation the same small-number suppression applies as to a run's
 * results (docs/web.md, "Small numbers"). A suppressed slice has no figures; a suppressed target hides the
 * target's figures in the summary ([c] in the CSV).
 */
@Component
class VisibleComparisons {
    static final String MARK = "[c]";
    private static final String ALL = SeriesKey.ALL;

    private final Disclosure disclosure;
    private final DatasetService datasets;

    VisibleComparisons(Disclosure disclosure, DatasetService datasets) {
        this.disclosure = disclosure;
        this.datasets = datasets;
    }

    private Suppression suppression(Account reader, Run run) {
        List<String> scenarios =
                new ArrayList<>(run.settings(ComparisonRunSettings.class).scenarios());
        scenarios.add(RunService.BASELINE);
        return disclosure.of(
                reader,
                "comparison " + run.id(),
                () -> ProjectionTables.ofComparison(datasets.model(run.datasetId()), scenarios));
    }

    /** Why the reader may not see a slice (dimension all, capability, sector or place), in words. */
    Optional<String> hidden(Account reader, Run run, String dimension, String code) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return Optional.empty();
        return suppression(reader, run)
                .of(key(dimension, code))
                .map(r -> "not shown: " + r.words() + " (small-number suppression)");
    }

    /** Whether the target (its capabilities' gap, or the whole gap) is hidden from the reader. */
    boolean targetHidden(Account reader, Run run) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return false;
        List<String> target = run.settings(ComparisonRunSettings.class).targetCapabilities();
        if (target.isEmpty()) return hidden(reader, run, "all", ALL).isPresent();
        // A sum of capabilities less the shown ones would give away a hidden one: any hidden hides the target.
        return target.stream()
                .anyMatch(k -> hidden(reader, run, "capability", k).isPresent());
    }

    /** comparison.csv without the rows of slices the reader may not see. */
    byte[] comparisonCsv(Account reader, Run run, byte[] csv) {
        if (AccessPolicy.seesEveryOrganisation(reader)) return csv;
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty()) return csv;
        List<String> header = fields(lines.get(0));
        int dimension = header.indexOf("dimension"), code = header.indexOf("code");
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            if (hidden(reader, run, f.get(dimension), f.get(code)).isEmpty())
                out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** comparison_summary.csv with the target's columns marked [c] when the target is hidden from the reader. */
    byte[] summaryCsv(Account reader, Run run, byte[] csv) {
        if (!targetHidden(reader, run)) return csv;
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        List<String> header = fields(lines.get(0));
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = new ArrayList<>(fields(line));
            for (int i = 0; i < header.size() && i < f.size(); i++) if (targetColumn(header.get(i))) f.set(i, MARK);
            out.append(String.join(
                            ",", f.stream().map(VisibleComparisons::quoted).toList()))
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean targetColumn(String column) {
        return column.startsWith("target_gap")
                || column.equals("cost_per_fte_closed_gbp")
                || column.equals("probability_below_target");
    }

    private static SeriesKey key(String dimension, String code) {
        return switch (dimension) {
            case "capability" -> new SeriesKey(Measure.GAP_FTE, code, ALL, ALL, ALL, ALL);
            case "sector" -> new SeriesKey(Measure.GAP_FTE, ALL, ALL, code, ALL, ALL);
            case "place" -> new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, code);
            default -> new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, ALL);
        };
    }

    private static List<String> fields(String line) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(line)) {
            for (CsvRecord record : reader) return record.getFields();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of();
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
