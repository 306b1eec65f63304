package org.skillmix.data.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.DatasetWriter;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.fuzz.Mutator.Expect;
import org.skillmix.data.fuzz.Mutator.Mutation;

/**
 * Seeded mutations of the shipped Greater Manchester example and of the side files (staff, both surge forms,
 * bank, shifts), each read by the product's reader. The build fails on any invalid input accepted (invalid as
 * docs/dataset.md and the side files' documentation define it, not as the reader does), any valid input
 * refused, any problem carrying a parser's or library's text (or running over lines, or echoing a value
 * uncut), any crash and any read that does not finish in {@link #TIMEOUT_SECONDS}.
 *
 * <p>The build runs {@value #BUILD_CASES} cases. The longer run docs/reliability.md reports is
 * {@code ./mvnw -B -o -pl data -am test -Dtest=InputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.cases=10000}; {@code -Dfuzz.seed=N} changes the seed. Figures go to data/target/fuzz-summary.txt.
 */
class InputFuzzTest {

    static final int BUILD_CASES = 300;
    static final long TIMEOUT_SECONDS = 30;
    /** Over a loaded system the side-file readers are fast, so a third of the cases are theirs. */
    static final double SIDE_SHARE = 1.0 / 3;
    /** A parser's or library's own words: an exception's name, a package, a stack frame. */
    private static final Pattern INTERNAL = Pattern.compile(
            "[A-Z][A-Za-z]+(Exception|Error)\\b|\\b(java|javax|jdk|sun|com|org|de)\\.[a-z][a-z0-9_]*\\.|\\tat ");
    /** Longest reason allowed: values are cut at 60 characters, so a long reason echoes something uncut. */
    static final int MAX_REASON = 1_000;

    private static final Path EXAMPLE = Path.of("..", "examples", "greater-manchester");
    private static final Path DOCS = Path.of("..", "docs");
    private static final LocalDate PLAN_STARTS = LocalDate.of(2026, 12, 1);

    @TempDir
    Path tmp;

    @Test
    void noInvalidInputIsAcceptedAndNoMessageLeaksInternalText() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", BUILD_CASES);
        long seed = Long.getLong("fuzz.seed", 20261205L);
        DocumentedRules docs = DocumentedRules.read(DOCS.resolve("dataset.md"));
        Path folder = copyExample();
        SystemModel system = new DatasetReader().read(folder);
        Path workbook = tmp.resolve("gm.xlsx");
        new DatasetWriter().writeWorkbook(system, workbook);
        SideFiles sides = new SideFiles(system, PLAN_STARTS);
        List<Path> tables;
        try (Stream<Path> files = Files.list(folder)) {
            tables = files.sorted().toList();
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        Mutator mutator = new Mutator(random);
        Tally tally = new Tally();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < cases; i++) {
                if (random.nextDouble() < SIDE_SHARE) {
                    SideFiles.Side side =
                            sides.all().get(random.nextInt(sides.all().size()));
                    Mutation m = mutator.mutate(side.rules(), side.content(), false);
                    runner = run(runner, tally, side.name() + ": " + m.what(), m.expect(), () -> side.read(m.bytes()));
                    continue;
                }
                int form = random.nextInt(100);
                if (form < 4) {
                    Mutation m = damagedWorkbook(random, workbook);
                    runner = run(
                            runner,
                            tally,
                            "gm.xlsx: " + m.what(),
                            m.expect(),
                            () -> read(write(m.bytes(), "damaged.xlsx")));
                    continue;
                }
                Path table = tables.get(random.nextInt(tables.size()));
                byte[] original = Files.readAllBytes(table);
                String name = table.getFileName().toString();
                FileRules rules = FileRules.table(name.replace(".csv", ""), docs);
                Mutation m = mutator.mutate(rules, original, true);
                if (m.bytes() == null) Files.delete(table);
                else Files.write(table, m.bytes());
                try {
                    if (form < 14) {
                        // The directory can only understate an entry that holds more than the byte it states.
                        boolean lie = form < 6 && m.bytes() != null && m.bytes().length > 1;
                        Path zip = zip(folder, lie ? name : null);
                        Expect expect = lie ? Expect.INVALID : m.expect();
                        String what = (lie ? "lying zip, " : "zip, ") + name + ": " + m.what();
                        runner = run(runner, tally, what, expect, () -> read(zip));
                    } else {
                        runner = run(runner, tally, name + ": " + m.what(), m.expect(), () -> read(folder));
                    }
                } finally {
                    Files.write(table, original);
                }
            }
        } finally {
            runner.shutdownNow();
        }
        String summary = tally.summary(cases, seed, (System.nanoTime() - started) / 1e9);
        System.out.println(summary);
        Files.writeString(Path.of("target", "fuzz-summary.txt"), summary);
        assertThat(tally.failures).as(summary).isEmpty();
    }

    /** What a read gave: accepted (with its warnings) or refused (with every problem). */
    record Outcome(boolean accepted, List<Problem> problems) {}

    private static Outcome read(Path dataset) {
        try {
            return new Outcome(true, new DatasetReader().load(dataset).warnings());
        } catch (DatasetException e) {
            return new Outcome(false, e.problems());
        }
    }

    /** Runs one read with a time limit and judges it; a read that hangs costs its thread, not the run. */
    private static ExecutorService run(
            ExecutorService runner, Tally tally, String what, Expect expect, Callable<Outcome> read) {
        Future<Outcome> future = runner.submit(read);
        Outcome outcome;
        try {
            outcome = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            runner.shutdownNow();
            tally.fail("hang", what);
            return Executors.newSingleThreadExecutor();
        } catch (Exception e) {
            tally.fail("crash", what + ": " + (e.getCause() == null ? e : e.getCause()));
            return runner;
        }
        tally.count(expect, outcome.accepted());
        if (expect == Expect.INVALID && outcome.accepted()) tally.fail("accepted-invalid", what);
        if (expect == Expect.VALID && !outcome.accepted()) {
            tally.fail(
                    "refused-valid",
                    what + ": "
                            + outcome.problems().stream()
                                    .filter(Problem::isError)
                                    .findFirst()
                                    .orElse(null));
        }
        for (Problem p : outcome.problems()) {
            String text = p.toString();
            if (INTERNAL.matcher(text).find() || text.contains("\n") || text.contains("\r")) {
                tally.fail("internal-text", what + ": " + cut(text));
            } else if (p.reason().length() > MAX_REASON) {
                tally.fail("uncut", what + ": " + cut(text));
            }
        }
        return runner;
    }

    private static Mutation damagedWorkbook(Random random, Path workbook) throws IOException {
        byte[] bytes = Files.readAllBytes(workbook);
        if (random.nextBoolean()) {
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            return new Mutation(flips + " random bytes", Expect.UNKNOWN, bytes);
        }
        int cut = random.nextInt(bytes.length);
        return new Mutation("cut at byte " + cut, Expect.UNKNOWN, java.util.Arrays.copyOf(bytes, cut));
    }

    private Path write(byte[] bytes, String name) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    /** The folder zipped; with a lying entry, the zip's directory states 1 byte for that table. */
    private Path zip(Path folder, String lyingEntry) throws IOException {
        Path zip = tmp.resolve("gm.zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(folder)) {
            for (Path csv : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("greater-manchester/" + csv.getFileName()));
                out.write(Files.readAllBytes(csv));
                out.closeEntry();
            }
        }
        if (lyingEntry != null) ZipLies.stateSize(zip, "greater-manchester/" + lyingEntry, 1);
        return zip;
    }

    private Path copyExample() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("greater-manchester"));
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The run's figures and its failures, by kind. */
    static final class Tally {
        final List<String> failures = new ArrayList<>();
        final Map<String, int[]> byKind = new java.util.TreeMap<>();
        final Map<Expect, int[]> byExpectation = new java.util.EnumMap<>(Expect.class);
        int accepted;

        void count(Expect expect, boolean wasAccepted) {
            byExpectation.computeIfAbsent(expect, k -> new int[1])[0]++;
            if (wasAccepted) accepted++;
        }

        void fail(String kind, String what) {
            byKind.computeIfAbsent(kind, k -> new int[1])[0]++;
            if (failures.size() < 50) failures.add(kind + ": " + what);
        }

        String summary(int cases, long seed, double seconds) {
            StringBuilder out = new StringBuilder(String.format(
                    java.util.Locale.ROOT,
                    "input fuzz: %d cases, seed %d, %.0f s; by expectation",
                    cases,
                    seed,
                    seconds));
            byExpectation.forEach(
                    (e, n) -> out.append(' ').append(e).append('=').append(n[0]));
            out.append("; accepted ").append(accepted);
            for (String kind :
                    List.of("accepted-invalid", "internal-text", "uncut", "hang", "crash", "refused-valid")) {
                out.append("; ").append(kind).append(' ').append(byKind.getOrDefault(kind, new int[1])[0]);
            }
            failures.forEach(
                    f -> out.append(System.lineSeparator()).append("  ").append(f));
            return out.toString();
        }
    }
}
