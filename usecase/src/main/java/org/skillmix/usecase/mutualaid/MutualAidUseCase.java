package org.skillmix.usecase.mutualaid;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.skillmix.core.mutualaid.MutualAidBound;
import org.skillmix.core.mutualaid.MutualAidPlan;
import org.skillmix.core.mutualaid.MutualAidSolver;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.export.MutualAidCsv;
import org.skillmix.data.mutualaid.MutualAidInputs;
import org.skillmix.data.mutualaid.StaffFile;
import org.skillmix.data.mutualaid.SurgeFile;
import org.skillmix.data.report.EnglandTime;
import org.skillmix.data.report.MutualAidReport;
import org.skillmix.data.report.Names;
import org.skillmix.usecase.InvalidSetting;
import org.skillmix.usecase.Output;
import org.skillmix.usecase.Outputs;
import org.skillmix.usecase.Progress;
import org.skillmix.usecase.RunDefaults;

/**
 * Mutual aid in a surge (docs/mutual-aid.md): who from which service covers which shortfall, week by week,
 * within every rule, with the bound that says how far critical cover could at best still improve. Outputs
 * plan.csv, donor-losses.csv, cover.csv and plan.html, each naming the supply baseline: a surge of extra demand is
 * planned against the winter plan's shortfalls, whose staff the baseline moves (docs/winter.md).
 */
public final class MutualAidUseCase {
    public static final String PLAN_CSV = MutualAidCsv.PLAN;
    public static final String DONOR_LOSSES_CSV = MutualAidCsv.DONOR_LOSSES;
    public static final String COVER_CSV = MutualAidCsv.COVER;
    public static final String PLAN_HTML = "plan.html";

    /** Hundredths of an FTE-week: the critical and other cover of the best plan so far, and the bound. */
    public record Best(long criticalCenti, long otherCenti, long boundCenti) {}

    /**
     * The plan and its files.
     *
     * @param boundCenti the LP bound on critical cover, hundredths of an FTE-week
     */
    public record Result(PlanSummary summary, long boundCenti, Outputs outputs) {
        /** The plan's cover against what was needed and against the bound, for the terminal. */
        public String describe() {
            long critical = summary.coveredCenti(true);
            long gap = boundCenti - critical;
            return String.format(
                    Locale.ROOT,
                    "%,d person-weeks of aid; critical covered %,.2f of %,.2f FTE-weeks needed, other %,.2f of %,.2f%n"
                            + "bound on critical cover (LP): %,.2f FTE-weeks%n"
                            + "gap: %,.2f FTE-weeks (%.1f%% of the bound)%n",
                    summary.moves().size(),
                    critical / 100.0,
                    summary.neededCenti(true) / 100.0,
                    summary.coveredCenti(false) / 100.0,
                    summary.neededCenti(false) / 100.0,
                    boundCenti / 100.0,
                    gap / 100.0,
                    boundCenti == 0 ? 0.0 : 100.0 * gap / boundCenti);
        }
    }

    /**
     * Checks the request against the dataset: a dataset without the trend rows cannot plan on current trends.
     *
     * @throws InvalidSetting naming "baseline" with what the dataset lacks for it
     */
    public void check(SystemModel system, MutualAidRequest request) {
        RunDefaults.checkBaseline(system, request.baseline());
    }

    /**
     * Both files read against the system, a surge of extra demand planned on the request's baseline; every problem
     * of either file is reported together.
     *
     * @throws InvalidSetting (before either file is read) when the dataset cannot run the baseline
     */
    public MutualAidInputs read(
            SystemModel system, MutualAidInputs.File staff, MutualAidInputs.File surge, MutualAidRequest request)
            throws DatasetException {
        check(system, request);
        return MutualAidInputs.read(staff, surge, system, request.firstDay(), request.baseline());
    }

    /** Both files read from disk: a file that cannot be read is a problem naming it, as a bad row is. */
    public MutualAidInputs read(SystemModel system, Path staff, Path surge, MutualAidRequest request)
            throws DatasetException {
        List<Problem> problems = new ArrayList<>();
        MutualAidInputs.File staffFile = file(staff, problems);
        MutualAidInputs.File surgeFile = file(surge, problems);
        if (!problems.isEmpty()) throw new DatasetException(staff + " and " + surge, problems);
        return read(system, staffFile, surgeFile, request);
    }

    private static MutualAidInputs.File file(Path path, List<Problem> problems) {
        try {
            return MutualAidInputs.File.of(path);
        } catch (DatasetException e) {
            // Missing, unreadable or too large, said in plain words by the side-file reader.
            problems.addAll(e.errors());
            return null;
        }
    }

    /**
     * What the search will do, for the terminal: the time limit is the search's, and the greedy start before it takes
     * a few seconds more on a large surge, which the progress lines' times include.
     */
    public static String searching(MutualAidRequest request) {
        return "planning: a greedy start, then up to " + request.seconds() + " s of search"
                + (request.steps() == null ? "" : " or " + request.steps() + " steps")
                + " (the times below include the greedy start)...";
    }

    /** What the files hold, in a line or two for the terminal. */
    public static String describe(MutualAidInputs inputs, LocalDate firstDay) {
        StringBuilder s = new StringBuilder();
        if (inputs.fromWinterPlan()) {
            s.append(String.format(
                    Locale.ROOT,
                    "surge given as extra demand: %,d shortfalls from the winter plan on the %s baseline over %d weeks"
                            + " from %s%n",
                    inputs.shortfalls().size(),
                    inputs.baseline().code(),
                    inputs.weeks(),
                    EnglandTime.day(firstDay)));
        }
        StaffFile.Staff staff = inputs.staff();
        s.append(String.format(
                Locale.ROOT,
                "%,d willing staff (%,d not willing left out), %,d shortfalls over %d week%s from %s; %d donor services"
                        + " (floor %.0f%% of listed FTE, critical services protected)%n",
                staff.willing().size(),
                staff.notWilling(),
                inputs.shortfalls().size(),
                inputs.weeks(),
                inputs.weeks() == 1 ? "" : "s",
                EnglandTime.day(firstDay),
                inputs.donors().size(),
                SurgeFile.DEFAULT_FLOOR_SHARE * 100));
        return s.toString();
    }

    /**
     * Plans: a greedy start, then search until the request's seconds (or steps) are spent, the user cancels
     * (the solver stops at once and nothing is kept) or the plan reaches the bound.
     *
     * @param progress seconds of search done of the request's seconds, and the cancel
     * @param onBest   told of each better plan, at most a few times a second (counting cover walks the plan)
     * @throws IllegalStateException when the best plan found still breaks a hard rule
     * @throws IllegalArgumentException when the inputs were read on another baseline than the request's
     */
    public Result run(
            SystemModel system,
            MutualAidInputs inputs,
            MutualAidRequest request,
            Progress progress,
            Consumer<Best> onBest) {
        if (inputs.baseline() != request.baseline()) {
            throw new IllegalArgumentException(
                    "the shortfalls were read on the " + inputs.baseline().code() + " baseline, the plan asks for "
                            + request.baseline().code());
        }
        MutualAidPlan problem = inputs.problem();
        long bound = MutualAidBound.criticalCentiBound(problem);
        onBest.accept(new Best(0, 0, bound));
        // The priced start, then (under the time limit, not a step limit) the ruin-and-refill rounds: on the
        // 5,000-staff scarce instance 1.2-1.5% from the bound in 30 s (docs/performance.md, "Mutual aid at load").
        MutualAidSolver solver =
                new MutualAidSolver(Duration.ofSeconds(request.seconds()), null, request.seed()).withPricedStart();
        if (request.steps() != null) solver.withStepLimit(request.steps());
        progress.whenCancelled(solver::terminateEarly);
        long started = System.nanoTime();
        long[] lastShown = {0};
        MutualAidPlan plan = solver.solve(problem, best -> {
            long now = System.nanoTime();
            progress.update((int) Math.min(request.seconds(), (now - started) / 1_000_000_000L), request.seconds());
            if (now - lastShown[0] < 250_000_000L) return;
            lastShown[0] = now;
            onBest.accept(new Best(best.coveredCenti(true), best.coveredCenti(false), bound));
        });
        progress.stopIfCancelled();
        if (plan.getScore() != null && plan.getScore().hardScore(0) < 0) {
            throw new IllegalStateException("the best plan found breaks a hard rule (" + plan.getScore() + ")");
        }
        PlanSummary summary = PlanSummary.of(plan, inputs.weeks());
        Baseline baseline = request.baseline();
        Outputs outputs = Outputs.of(
                Output.text(PLAN_CSV, Output.CSV, MutualAidCsv.plan(summary, baseline)),
                Output.text(DONOR_LOSSES_CSV, Output.CSV, MutualAidCsv.donorLosses(summary, baseline)),
                Output.text(COVER_CSV, Output.CSV, MutualAidCsv.cover(summary, baseline)),
                Output.text(
                        PLAN_HTML,
                        Output.HTML,
                        MutualAidReport.render(
                                system.info().name(), request.firstDay(), baseline, summary, null, new Names(system))));
        return new Result(summary, bound, outputs);
    }
}
