package org.skillmix.app.web.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;
import org.skillmix.app.web.account.Permission;
import org.skillmix.app.web.api.Invalid;
import org.skillmix.app.web.api.RequestValidator;
import org.skillmix.app.web.run.ProjectionRunSettings;
import org.skillmix.app.web.run.Run;
import org.skillmix.app.web.run.RunService;
import org.skillmix.app.web.system.DatasetFile;
import org.skillmix.app.web.system.DatasetService;
import org.skillmix.app.web.system.StoredDataset;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.SystemModel;
import org.skillmix.usecase.RunDefaults;
import org.skillmix.usecase.whatif.WhatIfRequest;
import org.skillmix.usecase.whatif.WhatIfUseCase;
import org.springframework.stereotype.Service;

/**
 * The what-if panel's work (docs/web.md, "What if"): a deterministic preview of a change to a finished run, on
 * the run's dataset as the server holds it read (one immutable model per dataset version, cached by
 * {@link DatasetService#model}), and the full Monte Carlo run of the same change, queued on a new dataset version
 * that holds it. Access is the run's (its ICS) and {@link Permission#PREVIEW_WHAT_IF}; the figures are the
 * system's totals, hidden from a reader whose small-number suppression hides them. Previews take turns
 * ({@link PreviewGate}).
 */
@Service
public class WhatIfService {
    public static final String LABEL = "Preview — deterministic, no uncertainty";

    private static final WhatIfUseCase USE_CASE = new WhatIfUseCase();

    private final PreviewGate gate = new PreviewGate();

    private final ResultService results;
    private final VisibleResults visible;
    private final DatasetService datasets;
    private final RunService runs;
    private final RequestValidator validator;

    public WhatIfService(
            ResultService results,
            VisibleResults visible,
            DatasetService datasets,
            RunService runs,
            RequestValidator validator) {
        this.results = results;
        this.visible = visible;
        this.datasets = datasets;
        this.runs = runs;
        this.validator = validator;
    }

    public WhatIfView preview(Account account, long runId, WhatIfChange change) {
        AccessPolicy.require(account, Permission.PREVIEW_WHAT_IF, "this account may not preview changes to runs");
        validator.check(change);
        Run run = results.finished(account, runId);
        ProjectionRunSettings asked = run.settings(ProjectionRunSettings.class);
        WhatIfRequest request = request(asked, change);
        SystemModel model = datasets.model(run.datasetId());
        WhatIfUseCase.Result result = gate.run(() -> Invalid.unlessRefused(() -> USE_CASE.preview(model, request)));
        String hidden = hidden(account, run);
        List<WhatIfView.Year> years = result.years().stream()
                .map(y -> hidden != null
                        ? new WhatIfView.Year(
                                y.year(), y.from().toString(), y.to().toString(), null, null, null, null, null, null)
                        : new WhatIfView.Year(
                                y.year(),
                                y.from().toString(),
                                y.to().toString(),
                                y.demandFte(),
                                y.supplyFte(),
                                y.gapFte(),
                                y.payCostGbp(),
                                y.programmeCostGbp(),
                                y.totalCostGbp()))
                .toList();
        return new WhatIfView(
                LABEL,
                runId,
                result.scenario(),
                request.baseline().code(),
                result.levels(),
                request.leaverRateFactor(),
                request.fillRateFactor(),
                years,
                hidden);
    }

    /**
     * Queues the full run of the change: a new version of the run's dataset holding it (validated and stored as
     * any edit), projected with the run's years, draws, seed, scenario and baseline.
     */
    public Run queue(Account account, long runId, WhatIfChange change) {
        AccessPolicy.require(account, Permission.START_RUNS, "only an analyst can start runs");
        AccessPolicy.require(account, Permission.EDIT_SCENARIOS, "only an analyst can store a changed dataset");
        validator.check(change);
        Run run = results.finished(account, runId);
        ProjectionRunSettings asked = run.settings(ProjectionRunSettings.class);
        WhatIfRequest request = request(asked, change);
        SystemModel model = datasets.model(run.datasetId());
        SystemModel changed = Invalid.unlessRefused(() -> USE_CASE.changedModel(model, request));
        StoredDataset stored = datasets.storeVersion(
                account,
                run.datasetId(),
                files(changed),
                "what-if of run " + runId + ": " + describe(request, levelsOf(model, asked.scenario())));
        return runs.start(
                account,
                new RunService.NewRun(
                        stored.id(),
                        asked.years(),
                        change.draws() != null
                                ? change.draws()
                                : asked.draws() == 0 ? RunDefaults.DRAWS : asked.draws(),
                        asked.seed(),
                        asked.scenario(),
                        request.baseline().code()));
    }

    /** An intervention of the run's scenario as the panel offers it: its name, its level now, in its unit. */
    public record Level(String code, String name, String kind, double level, String unit) {
        /**
         * The level as the number field holds it: 1500, not Java's 1500.0, and no thousands separator (a number
         * field refuses one).
         */
        public String value() {
            return BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
        }

        /** The level as the run had it, as a planner writes it: "£1,500 per FTE a year", "150 recruits a year". */
        public String asRun() {
            return inUnit(level, unit);
        }
    }

    /** The run's scenario's interventions, for the panel (none for the baseline). */
    public List<Level> levels(Account account, long runId) {
        Run run = results.finished(account, runId);
        return levelsOf(
                datasets.model(run.datasetId()),
                run.settings(ProjectionRunSettings.class).scenario());
    }

    private static List<Level> levelsOf(SystemModel model, String scenario) {
        return model.scenario(scenario).stream()
                .flatMap(s -> s.interventions().stream())
                .map(iv -> new Level(iv.code(), iv.shownName(), iv.kind().code(), iv.scale(), unit(iv.kind())))
                .toList();
    }

    /**
     * A level of interventions.csv in its kind's unit, as the scenarios page writes it: "£1,500 per FTE a year",
     * "5% pay uplift"; a level that is not a number, or of no known kind, as it is.
     */
    public static String levelInUnit(String kindCode, String scale) {
        String unit =
                InterventionKind.fromCode(kindCode).map(WhatIfService::unit).orElse("");
        try {
            return inUnit(Double.parseDouble(scale), unit);
        } catch (NumberFormatException | NullPointerException e) {
            return unit.isEmpty() ? String.valueOf(scale) : scale + " " + unit;
        }
    }

    /** With thousands separators and no spurious ".0"; £ before the number, % straight after it. */
    static String inUnit(double level, String unit) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
        number.setMaximumFractionDigits(3);
        String n = number.format(level);
        if (unit.isEmpty()) return n;
        if (unit.startsWith("£")) return "£" + n + unit.substring(1);
        if (unit.startsWith("%")) return n + unit;
        return n + " " + unit;
    }

    /** What a kind's level measures (org.skillmix.core.scenario.InterventionKind). */
    static String unit(InterventionKind kind) {
        return switch (kind) {
            case PAY_UPLIFT -> "% pay uplift";
            case RETENTION_PREMIUM -> "£ per FTE a year";
            case WELLBEING, FLEXIBLE_WORKING -> "share of staff in scope, 0-1";
            case JOINT_RECRUITMENT -> "share of vacancies, 0-1";
            case INTERNATIONAL_RECRUITMENT -> "recruits a year";
            case TRAINING_PLACES -> "training places a year";
            case UPSKILLING -> "role's max share of the capability, 0-1";
            case NEW_ROLE, HOMECARE_EXPANSION -> "FTE of posts";
            case ROTATION -> "FTE rotating each way";
            case SYSTEM_BANK -> "bank pay cap, factor of substantive cost";
        };
    }

    private static WhatIfRequest request(ProjectionRunSettings asked, WhatIfChange change) {
        return Invalid.unlessRefused(() -> new WhatIfRequest(
                asked.scenario(),
                asked.years(),
                RunDefaults.baseline(asked.baseline()),
                change.levels() == null ? Map.of() : change.levels(),
                change.leaverRateFactor() == null ? 1 : change.leaverRateFactor(),
                change.fillRateFactor() == null ? 1 : change.fillRateFactor()));
    }

    /** Why the reader may not see the system's gap or pay bill; null when they may. */
    private String hidden(Account account, Run run) {
        for (Measure m : List.of(Measure.GAP_FTE, Measure.PAY_COST_GBP)) {
            var key = new SeriesKey(m, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL, SeriesKey.ALL);
            var why = visible.hidden(account, run, key);
            if (why.isPresent()) return why.get();
        }
        return null;
    }

    /**
     * The change as the stored dataset's note keeps it, in the panel's words: "levels: Nurse retention premium
     * (rn-premium) £1,500 per FTE a year; leaver rates × 0.9; fill rates × 1". A level of no intervention of the
     * scenario (the use case refuses it first) is named by its code alone.
     */
    static String describe(WhatIfRequest r, List<Level> scenario) {
        Map<String, Level> byCode = new java.util.HashMap<>();
        scenario.forEach(l -> byCode.put(l.code(), l));
        String levels = r.levels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    Level known = byCode.get(e.getKey());
                    return known == null
                            ? e.getKey() + " " + inUnit(e.getValue(), "")
                            : known.name() + " (" + e.getKey() + ") " + inUnit(e.getValue(), known.unit());
                })
                .collect(java.util.stream.Collectors.joining(", "));
        return (levels.isEmpty() ? "levels as run" : "levels: " + levels) + "; leaver rates × "
                + inUnit(r.leaverRateFactor(), "") + "; fill rates × " + inUnit(r.fillRateFactor(), "");
    }

    private static List<DatasetFile> files(SystemModel model) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("skillmix-what-if");
            return DatasetFile.canonical(model, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed with the temporary directory
        }
    }
}
