package org.skillmix.usecase.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.usecase.Cancelled;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.winter.WinterRequest;
import org.skillmix.usecase.winter.WinterUseCase;

class MutualAidUseCaseTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);
    /** Extra demand (the winter plan's uplift form): urgent and emergency care up 10% in weeks 1 and 2. */
    private static final String UPLIFT =
            "service_code,capability_code,place_code,from_week,to_week,uplift,unit\nUEC,,,1,2,10,%\n";

    @TempDir
    Path tmp;

    private static MutualAidUseCase.Result plan(long seed) throws Exception {
        SystemModel gm = GmExample.model();
        MutualAidRequest request = new MutualAidRequest(FIRST_DAY, 60, seed, 200);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        return mutualAid.run(gm, inputs, request, Progress.NONE, best -> {});
    }

    @Test
    void theSameSeedAndStepLimitGiveTheSamePlanFileForFile() throws Exception {
        MutualAidUseCase.Result first = plan(20260401L);
        MutualAidUseCase.Result second = plan(20260401L);
        assertThat(first.outputs().names())
                .containsExactly(
                        MutualAidUseCase.PLAN_CSV,
                        MutualAidUseCase.DONOR_LOSSES_CSV,
                        MutualAidUseCase.COVER_CSV,
                        MutualAidUseCase.PLAN_HTML);
        for (String name : first.outputs().names()) {
            assertThat(second.outputs().bytes(name))
                    .as(name)
                    .isEqualTo(first.outputs().bytes(name));
        }
        assertThat(first.summary().moves()).isNotEmpty();
    }

    @Test
    void theDefaultSeedIsTheSharedOne() {
        assertThat(MutualAidRequest.of(FIRST_DAY, null, null, null, null).seed())
                .isEqualTo(20260401L);
        assertThat(MutualAidRequest.of(FIRST_DAY, null, null, null, null).seconds())
                .isEqualTo(10);
        // Settings stored before mutual aid had a baseline ran the funded plan.
        assertThat(MutualAidRequest.of(FIRST_DAY, null, null, null, null).baseline())
                .isEqualTo(Baseline.FUNDED_PLAN);
    }

    @Test
    void secondsOutsideOneToSixHundredAreRefusedNamingTheField() {
        assertThatThrownBy(() -> MutualAidRequest.of(FIRST_DAY, 601, null, null, null))
                .isInstanceOf(InvalidSetting.class)
                .hasMessage("search seconds must be 1 to 600, not 601")
                .extracting(e -> ((InvalidSetting) e).field())
                .isEqualTo("seconds");
        assertThatThrownBy(() -> MutualAidRequest.of(null, 10, null, null, null))
                .extracting(e -> ((InvalidSetting) e).field())
                .isEqualTo("firstDay");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a timing claim
    void aCancelStopsTheSolverAtOnceAndKeepsNothing() throws Exception {
        SystemModel gm = GmExample.model();
        MutualAidRequest request = new MutualAidRequest(FIRST_DAY, 600, 1L, null);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), GmExample.surge(), request);
        CountDownLatch registered = new CountDownLatch(1);
        Runnable[] stop = {null};
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(int done, int total) {}

            @Override
            public boolean cancelRequested() {
                return cancelled.get();
            }

            @Override
            public void whenCancelled(Runnable s) {
                stop[0] = s;
                registered.countDown();
            }
        };
        Thread canceller = new Thread(() -> {
            try {
                registered.await();
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.set(true);
            stop[0].run();
        });
        canceller.start();
        // Without the early termination the search would run its 600 s and the guard above would fail the test.
        assertThatThrownBy(() -> mutualAid.run(gm, inputs, request, progress, best -> {}))
                .isInstanceOf(Cancelled.class);
        canceller.join();
    }

    /**
     * A surge of extra demand is planned against the winter plan's shortfalls on the request's baseline. Twenty
     * months after GM's base month (2025-04) the current-trends establishment has grown further than the funded
     * plan's (docs/winter.md: 103,254.0 against 99,885.7 FTE a week in December 2026) while demand is the same, so
     * each week's shortfall is smaller on current trends; and on either baseline the shortfalls mutual aid covers
     * are, week by week, the winter use case's for the same weeks and baseline (its rows with an organisation,
     * short by at least 0.005 FTE). A planner that ignored the baseline would give current trends the funded plan's
     * shortfalls, thousands of FTE-weeks above the winter plan's.
     */
    @Test
    void currentTrendsPlansAgainstTheWinterPlansShortfallsOnCurrentTrends() throws Exception {
        SystemModel gm = GmExample.model();
        Path surge = Files.writeString(tmp.resolve("surge.csv"), UPLIFT, StandardCharsets.UTF_8);
        double[] fundedShortfall = weekly(gm, surge, Baseline.FUNDED_PLAN);
        double[] trendsShortfall = weekly(gm, surge, Baseline.CURRENT_TRENDS);
        double[] fundedSupply = winterColumn(gm, surge, Baseline.FUNDED_PLAN, "supply_fte");
        double[] trendsSupply = winterColumn(gm, surge, Baseline.CURRENT_TRENDS, "supply_fte");
        for (int w = 0; w < 2; w++) {
            assertThat(trendsSupply[w]).as("supply, week %d", w + 1).isGreaterThan(fundedSupply[w] + 1000);
            assertThat(trendsShortfall[w]).as("shortfall, week %d", w + 1).isLessThan(fundedShortfall[w] - 100);
        }
    }

    /**
     * The plan's shortfall FTE week by week (from cover.csv, every row naming the baseline), checked against the
     * winter use case's on the same baseline and weeks.
     */
    private double[] weekly(SystemModel gm, Path surge, Baseline baseline) throws Exception {
        MutualAidRequest request = new MutualAidRequest(FIRST_DAY, 60, 20260401L, 50, baseline);
        MutualAidUseCase mutualAid = new MutualAidUseCase();
        MutualAidInputs inputs = mutualAid.read(gm, GmExample.staff(), file(surge), request);
        assertThat(inputs.fromWinterPlan()).isTrue();
        MutualAidUseCase.Result plan = mutualAid.run(gm, inputs, request, Progress.NONE, best -> {});
        for (String name :
                List.of(MutualAidUseCase.PLAN_CSV, MutualAidUseCase.DONOR_LOSSES_CSV, MutualAidUseCase.COVER_CSV)) {
            List<String> rows = lines(plan, name);
            assertThat(rows.get(0)).as(name).startsWith("baseline,week,");
            assertThat(rows.subList(1, rows.size()))
                    .as(name)
                    .isNotEmpty()
                    .allMatch(row -> row.startsWith(baseline.code() + ","));
        }
        assertThat(new String(plan.outputs().bytes(MutualAidUseCase.PLAN_HTML), StandardCharsets.UTF_8))
                .contains("<title>Mutual aid plan: NHS Greater Manchester Integrated Care Board (" + baseline.code()
                        + " baseline)</title>");
        double[] covered = new double[2];
        List<String> cover = lines(plan, MutualAidUseCase.COVER_CSV);
        List<String> header = List.of(cover.get(0).split(","));
        int rows = cover.size() - 1;
        for (String row : cover.subList(1, cover.size())) {
            String[] c = row.split(",", -1);
            covered[Integer.parseInt(c[header.indexOf("week")]) - 1] +=
                    Double.parseDouble(c[header.indexOf("shortfall_fte")]);
        }
        double[] winter = winterColumn(gm, surge, baseline, "shortfall_fte");
        for (int w = 0; w < 2; w++) {
            // Each row rounded to hundredths in cover.csv and to thousandths in winter-plan.csv.
            assertThat(covered[w]).as("week %d on %s", w + 1, baseline).isCloseTo(winter[w], within(0.0055 * rows));
        }
        return covered;
    }

    /** A column of winter-plan.csv summed week by week over the rows mutual aid plans for. */
    private static double[] winterColumn(SystemModel gm, Path surge, Baseline baseline, String column)
            throws Exception {
        WinterUseCase winter = new WinterUseCase();
        WinterRequest request = new WinterRequest(FIRST_DAY, 2, baseline);
        WinterUseCase.Result result = winter.run(gm, winter.readSurge(gm, surge, request), request);
        List<String> rows = lines(result.outputs().bytes(WinterUseCase.WINTER_PLAN_CSV));
        List<String> header = List.of(rows.get(0).split(","));
        double[] total = new double[2];
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",", -1);
            assertThat(c[header.indexOf("baseline")]).isEqualTo(baseline.code());
            boolean planned = !c[header.indexOf("org_code")].isEmpty()
                    && Double.parseDouble(c[header.indexOf("shortfall_fte")]) >= 0.005;
            if (column.equals("shortfall_fte") && !planned) continue;
            total[Integer.parseInt(c[header.indexOf("week")]) - 1] += Double.parseDouble(c[header.indexOf(column)]);
        }
        return total;
    }

    private static MutualAidInputs.File file(Path path) throws IOException {
        return new MutualAidInputs.File(path.getFileName().toString(), Files.readAllBytes(path));
    }

    private static List<String> lines(MutualAidUseCase.Result plan, String name) {
        return lines(plan.outputs().bytes(name));
    }

    /** The time limit is said to be the search's, after a greedy start; a step limit is said too. */
    @Test
    void theTerminalSaysWhatTheTimeLimitCovers() {
        assertThat(MutualAidUseCase.searching(new MutualAidRequest(FIRST_DAY, 30, 7, null)))
                .isEqualTo("planning: a greedy start, then up to 30 s of search (the times below include the greedy"
                        + " start)...");
        assertThat(MutualAidUseCase.searching(new MutualAidRequest(FIRST_DAY, 60, 7, 200)))
                .contains("up to 60 s of search or 200 steps");
    }

    private static List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().toList();
    }
}
