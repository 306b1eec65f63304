package org.skillmix.usecase.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.usecase.GmExample;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.comparison.ComparisonRequest;
import org.skillmix.usecase.comparison.ComparisonUseCase;

/**
 * The optimiser on the supply baseline asked for: its marginal runs are projected against it, so the gap they close
 * is that baseline's, and both files name it. Checked on the Greater Manchester example with the documented
 * interventions it carries (examples/greater-manchester/interventions.csv), against the comparison use case's own run of the same baseline.
 */
class OptimiseUseCaseTest {
    private static final Pattern BASELINE_GAP =
            Pattern.compile("Baseline average shortfall over the last year \\(target capabilities\\): ([0-9,.]+) FTE");

    @TempDir
    static Path temp;

    static SystemModel gm;

    @BeforeAll
    static void readTheExampleWithItsInterventions() throws Exception {
        gm = GmExample.model();
    }

    /** A copy of the example (with its interventions) in a folder, without the trend rows. */
    static Path copyOfTheExampleWithoutTrends(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        try (var files = Files.list(GmExample.dataset())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path assumptions = folder.resolve("assumptions.csv");
        List<String> kept = Files.readAllLines(assumptions, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("trend_"))
                .toList();
        Files.write(assumptions, kept, StandardCharsets.UTF_8);
        return folder;
    }

    static OptimiseRequest request(String baseline) {
        return OptimiseRequest.of(2_000_000, null, 2, null, null, 2, 0, 7L, 1, 5, baseline);
    }

    static String text(OptimiseUseCase.Result result, String name) {
        Output o = result.outputs().all().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
        return new String(o.bytes(), StandardCharsets.UTF_8);
    }

    static String baselineGap(String portfolioTxt) {
        Matcher m = BASELINE_GAP.matcher(portfolioTxt);
        assertThat(m.find()).as(portfolioTxt).isTrue();
        return m.group(1);
    }

    /** The one-at-a-time runs tell their draws as they go, to the last, and a cancel stops them between draws. */
    @Test
    void itTellsItsDrawsAndStopsWhenCancelled() {
        OptimiseRequest fourDraws = OptimiseRequest.of(2_000_000, null, 2, null, null, 2, 4, 7L, 1, 5, null);
        List<int[]> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        new OptimiseUseCase().run(gm, fourDraws, (done, total) -> told.add(new int[] {done, total}));
        assertThat(told).isNotEmpty();
        int[] last = told.get(told.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();

        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Progress cancelled = new Progress() {
            @Override
            public void update(int done, int total) {
                calls.incrementAndGet();
            }

            @Override
            public boolean cancelRequested() {
                return calls.get() > 0;
            }
        };
        assertThatThrownBy(() -> new OptimiseUseCase().run(gm, fourDraws, cancelled))
                .isInstanceOf(org.skillmix.usecase.Cancelled.class);
        assertThat(calls.get()).isLessThan(last[1]);
    }

    @Test
    void currentTrendsMeasuresTheCandidatesOnCurrentTrendsAndSaysSo() {
        OptimiseUseCase optimise = new OptimiseUseCase();
        OptimiseUseCase.Result trends = optimise.run(gm, request("current-trends"), Progress.NONE);
        OptimiseUseCase.Result funded = optimise.run(gm, request(null), Progress.NONE);

        // The gap the candidates close is the no-intervention run's on that baseline, as compare gives it.
        ComparisonUseCase.Result comparison = new ComparisonUseCase()
                .run(
                        gm,
                        new ComparisonRequest(List.of("retain"), 2, 0, 7L, 1, List.of(), 0, Baseline.CURRENT_TRENDS),
                        Progress.NONE);
        int last = comparison.comparison().years().get(1);
        double trendsGap =
                comparison.comparison().summary("baseline", last).targetGap().mean();
        String trendsTxt = text(trends, OptimiseUseCase.PORTFOLIO_TXT);
        String fundedTxt = text(funded, OptimiseUseCase.PORTFOLIO_TXT);
        assertThat(baselineGap(trendsTxt)).isEqualTo(String.format(Locale.ROOT, "%,.1f", trendsGap));
        assertThat(baselineGap(fundedTxt)).isNotEqualTo(baselineGap(trendsTxt));

        assertThat(trendsTxt).contains(" (current-trends baseline): budget GBP 2,000,000 a year");
        assertThat(fundedTxt).contains(" (funded-plan baseline): budget GBP 2,000,000 a year");
        List<String> rows =
                text(trends, OptimiseUseCase.PORTFOLIO_CSV).lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allMatch(row -> row.startsWith("current-trends,"));
        assertThat(text(funded, OptimiseUseCase.PORTFOLIO_CSV).lines().skip(1))
                .isNotEmpty()
                .allMatch(row -> row.startsWith("funded-plan,"));
    }

    @Test
    void aDatasetWithoutTrendsIsRefusedCurrentTrendsBeforeAnyRun() throws Exception {
        SystemModel noTrends = new DatasetReader().read(copyOfTheExampleWithoutTrends("no-trends"));
        OptimiseUseCase optimise = new OptimiseUseCase();
        assertThat(optimise.candidates(noTrends, request("funded-plan"))).isNotEmpty();
        assertThatThrownBy(() -> optimise.candidates(noTrends, request("current-trends")))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("baseline"))
                .hasMessageContaining("trend_establishment_growth");
    }

    @Test
    void aStoredRequestFromBeforeBaselinesRunsTheFundedPlan() {
        assertThat(new OptimiseRequest(1, null, 1, List.of(), null, 2, 0, 7L, 1, 5, null).baseline())
                .isEqualTo(Baseline.FUNDED_PLAN);
        assertThatThrownBy(() -> request("trends"))
                .isInstanceOfSatisfying(
                        InvalidSetting.class, e -> assertThat(e.field()).isEqualTo("baseline"));
    }
}
