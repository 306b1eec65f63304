package org.skillmix.data.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.ProgressListener;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Projector;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.importer.IcbImport;
import org.skillmix.data.importer.ImportException;
import org.skillmix.data.importer.NationalIcbs;
import org.skillmix.data.importer.SourceCache;

/**
 * Every ICS side by side (docs/national.md): imports each ICB from the published files in one process, the
 * parsed files shared across ICBs ({@link SourceCache}), projects each with the same settings and keeps only
 * its national rows (demand, supply and gap FTE by sector x capability at each year end), so memory is one or
 * two ICBs' datasets and projections at a time, never all of them.
 *
 * <p>Deterministic runs take the ICBs on several threads (each projection is one thread); runs with draws take
 * the ICBs one at a time and the draws on the threads, so only one per-draw store (at most 240 MB) is alive.
 * The rows do not depend on the thread count: each ICB's projection does not, and rows are kept in ICB order.
 */
public final class NationalRun {
    private static final String ALL = SeriesKey.ALL;
    static final Measure[] MEASURES = {Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.GAP_FTE};

    /** One ICB's figures, or why it has none. */
    public record IcbResult(
            NationalIcbs.Icb icb,
            double population,
            List<NationalRow> rows,
            String problem,
            double importSeconds,
            double seconds) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * One figure: an ICB's demand, supply or gap at a year end for a sector and capability (ALL for a total).
     * p10 and p90 are null in the sector x capability cells of a run with draws (the engine keeps per-draw values
     * for totals, by sector and by capability, not for their crossing; docs/national.md).
     */
    public record NationalRow(
            ProjectionYear year,
            String sector,
            String capability,
            String capabilityName,
            Measure measure,
            double mean,
            Double p10,
            Double p90) {}

    private final Path from;
    private final ProjectionSettings settings;
    private final NationalIcbs.Geography geography;
    private final Consumer<String> progress;

    public NationalRun(Path from, ProjectionSettings settings, Consumer<String> progress) {
        this(from, settings, NationalIcbs.Geography.ICB_2022, progress);
    }

    /** A run over the ICBs of a geography: the 42 of 2022 or those after the April 2026 mergers. */
    public NationalRun(
            Path from, ProjectionSettings settings, NationalIcbs.Geography geography, Consumer<String> progress) {
        this.from = from;
        this.settings = settings;
        this.geography = geography;
        this.progress = progress;
    }

    /** Runs the given ICBs (null or empty: every ICB of the geography), in the order listed. */
    public List<IcbResult> run(List<String> only) throws ImportException {
        List<NationalIcbs.Icb> all = NationalIcbs.list(from, geography);
        List<NationalIcbs.Icb> icbs = new ArrayList<>();
        if (only == null || only.isEmpty()) {
            icbs.addAll(all);
        } else {
            for (String code : only) {
                icbs.add(all.stream()
                        .filter(i -> i.code().equalsIgnoreCase(code.strip()))
                        .findFirst()
                        // a merged ICB of April 2026 (or a combined footprint) is imported as the importer resolves it
                        .orElse(new NationalIcbs.Icb(
                                code.strip().toUpperCase(java.util.Locale.ROOT), code, "not stated")));
            }
        }
        IcbResult[] results = new IcbResult[icbs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int workers = settings.deterministic() ? Math.min(settings.threads(), icbs.size()) : 1;
        ProjectionSettings perIcb = settings.deterministic()
                ? new ProjectionSettings(settings.years(), 0, settings.seed(), 1, settings.baseline())
                : settings;
        Path scratch;
        try {
            scratch = Files.createTempDirectory("skillmix-national-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder: " + e.getMessage(), e);
        }
        try (SourceCache cache = SourceCache.open()) {
            Runnable work = () -> {
                for (int i = next.getAndIncrement(); i < icbs.size(); i = next.getAndIncrement()) {
                    results[i] = one(icbs.get(i), perIcb, scratch.resolve("icb-" + i));
                    IcbResult r = results[i];
                    progress.accept(String.format(
                            "[%d/%d] %s %s: %s",
                            done.incrementAndGet(),
                            icbs.size(),
                            r.icb().code(),
                            r.icb().name(),
                            r.ok()
                                    ? String.format(
                                            "imported in %.1f s, projected in %.1f s",
                                            r.importSeconds(), r.seconds() - r.importSeconds())
                                    : "not projected: " + r.problem()));
                }
            };
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Thread t = new Thread(work, "skillmix-national-" + w);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) t.join();
            progress.accept("source files parsed once: " + cache.files() + ", reads shared: " + cache.hits());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("national run interrupted", e);
        } finally {
            delete(scratch);
        }
        return List.of(results);
    }

    private IcbResult one(NationalIcbs.Icb icb, ProjectionSettings perIcb, Path dataset) {
        long start = System.nanoTime();
        try {
            IcbImport.Result result = new IcbImport(from, icb.code(), null, null)
                    .withoutDischarge()
                    .writeTo(dataset);
            SystemModel model = new DatasetReader().read(dataset);
            double imported = seconds(start);
            Projection projection = Projector.upTo(model, perIcb.months()).run(perIcb, ProgressListener.NONE);
            NationalIcbs.Icb named = icb.name().equals(icb.code())
                    ? new NationalIcbs.Icb(result.icb(), model.info().name(), icb.region())
                    : icb;
            return new IcbResult(named, result.population(), rows(model, projection), null, imported, seconds(start));
        } catch (ImportException e) {
            return failed(
                    icb,
                    e.problems().isEmpty()
                            ? e.getMessage()
                            : e.problems().get(0).toString(),
                    start);
        } catch (DatasetException e) {
            return failed(icb, "the imported dataset does not load: " + e.getMessage(), start);
        } catch (RuntimeException e) {
            return failed(icb, e.getClass().getSimpleName() + ": " + e.getMessage(), start);
        } finally {
            delete(dataset);
        }
    }

    private static IcbResult failed(NationalIcbs.Icb icb, String problem, long start) {
        return new IcbResult(icb, 0, List.of(), problem, seconds(start), seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The ICB's rows: the total, by sector, by capability and by sector x capability, each year end. */
    static List<NationalRow> rows(SystemModel model, Projection projection) {
        List<ProjectionYear> years = ProjectionYear.of(projection.months());
        List<NationalRow> rows = new ArrayList<>();
        for (Series series : projection.series()) {
            SeriesKey k = series.key();
            if (!isMeasure(k.measure()) || !ALL.equals(k.place()) || !ALL.equals(k.organisation())) continue;
            if (!ALL.equals(k.role())) continue;
            String name = ALL.equals(k.capability())
                    ? ALL
                    : model.capabilities().stream()
                            .filter(c -> c.code().equals(k.capability()))
                            .map(Capability::name)
                            .findFirst()
                            .orElse(k.capability());
            for (ProjectionYear year : years) {
                int m = year.lastIndex();
                boolean q = series.hasQuantiles();
                rows.add(new NationalRow(
                        year,
                        k.sector(),
                        k.capability(),
                        name,
                        k.measure(),
                        series.mean()[m],
                        q ? series.p10()[m] : null,
                        q ? series.p90()[m] : null));
            }
        }
        rows.sort(Comparator.comparing((NationalRow r) -> !ALL.equals(r.sector()))
                .thenComparing(r -> !ALL.equals(r.capability()))
                .thenComparing(NationalRow::sector)
                .thenComparing(NationalRow::capability)
                .thenComparing(r -> r.measure().ordinal())
                .thenComparing(r -> r.year().number()));
        return rows;
    }

    private static boolean isMeasure(Measure m) {
        for (Measure x : MEASURES) if (x == m) return true;
        return false;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a scratch file left in the temporary folder is harmless; the run's outputs do not depend on it
        }
    }
}
