package org.skillmix.core.mutualaid;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Solves a {@link MutualAidPlan}: a greedy start raised by cover exchanges, under a time limit ruin-and-refill rounds
 * on critical cover ({@link RuinAndRefill}), then Timefold's tabu search until the limit.
 */
public final class MutualAidSolver {

    private final Duration timeLimit;
    private final Duration unimprovedLimit;
    private final Long seed;
    private Integer stepLimit;
    private boolean pricedStart;

    /**
     * The share of the time limit given to {@link RuinAndRefill} before the tabu search, which has the rest. On the
     * 5,000-staff tight instance (docs/performance.md, seed 1, 30 s, load 4-5) its rounds took critical cover from
     * 1,820.8 to about 1,857 FTE-weeks in 12 s, where the tabu search alone adds 10-14 in 30 s; giving the rounds
     * 0.5, 0.7 and 0.8 of the 30 s ended at 1,859.0, 1,859.7 and 1,860.7 with other cover 159, 164 and 129: 0.7
     * leaves the search time to refill other work.
     */
    static final double RUIN_SHARE = 0.7;

    /** A quarter of a second between reports of the rounds' progress. */
    static final long REPORT_NANOS = 250_000_000L;

    /** Subgradient steps for the priced start: 1,000 took 5 s at load 10 and started 21 FTE-weeks above the greedy. */
    static final int PRICED_START_STEPS = 1_000;

    private volatile Solver<MutualAidPlan> solving;
    private volatile boolean stopRequested;

    /**
     * @param timeLimit       stop after this long whatever happens
     * @param unimprovedLimit stop early after this long without a better plan (null = run to timeLimit)
     * @param seed            random seed; the same seed and limits on one machine give the same plan unless
     *                        the time limit cuts the search at a different step
     */
    public MutualAidSolver(Duration timeLimit, Duration unimprovedLimit, Long seed) {
        this.timeLimit = timeLimit;
        this.unimprovedLimit = unimprovedLimit;
        this.seed = seed;
    }

    /**
     * Also stop after this many steps of the local search. A step limit, unlike a time limit, cuts the search
     * at the same step on any machine, so with a seed the plan is the same every time. The ruin-and-refill rounds,
     * which only a clock limits, are left out then.
     */
    public MutualAidSolver withStepLimit(int steps) {
        if (steps < 1) throw new IllegalArgumentException("the step limit must be at least 1, not " + steps);
        this.stepLimit = steps;
        return this;
    }

    /**
     * Starts from the prices of {@link WholePeopleBound} (who its knapsacks send) before the greedy start fills what
     * is left: on the 5,000-staff tight instance a start 21 FTE-weeks of critical cover higher for 5 s more before
     * the search (docs/performance.md). The command line and the web use it (MutualAidUseCase).
     */
    public MutualAidSolver withPricedStart() {
        this.pricedStart = true;
        return this;
    }

    /**
     * Asks a solve in progress (on another thread) to stop now and return the best plan so far: Timefold's own
     * early termination, so nothing need poll for a cancel.
     */
    public void terminateEarly() {
        stopRequested = true;
        Solver<MutualAidPlan> s = solving;
        if (s != null) s.terminateEarly();
    }

    /**
     * Local search only, from {@link GreedyStart}'s plan (everyone at home is lawful, so there is nothing for
     * a construction heuristic to fix, and on 60,000 person-weeks Timefold's own spent most of a minute).
     * Tabu search rather than the default late acceptance: moving one person's week of aid from a
     * non-critical to a critical shortfall in another week takes two steps, the first of which loses cover,
     * and late acceptance never takes a step below where it started. Measured on the 5,000-staff instance
     * (docs/performance.md), tabu search also ended closer to the bound than late acceptance (6.0% against 9.1%).
     */
    static LocalSearchPhaseConfig localSearch() {
        // Timefold's change and swap moves, and two parts in one of compound moves that make room for cover
        // (CoverChains): without these the search stopped improving at 6.0% from the bound whether it ran 30 s
        // or 150 s. Tabu on entities as Timefold's TABU_SEARCH does (2% of them), but the best of 300 accepted
        // moves a step rather than 1,000: more steps a second ended nearer the bound (1.9% against 2.6% in
        // 55 s; 100 a step: 2.6%).
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new SwapMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(CoverChains.class)
                                .withFixedProbabilityWeight(2.0));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(300));
    }

    /**
     * The best plan found. The problem's assignments are filled in place first: the greedy start, then the
     * exchanges that raise its critical cover ({@link CriticalCover}), then (under a time limit, not a step limit)
     * {@link RuinAndRefill}'s rounds for {@link #RUIN_SHARE} of the time limit, or until they have gained nothing for
     * the unimproved limit; the tabu search has the rest of the time limit.
     */
    public MutualAidPlan solve(MutualAidPlan problem) {
        return solve(problem, best -> {});
    }

    /**
     * Solves, telling onBest each time a better plan is found (progress, or timing the search). During the
     * ruin-and-refill rounds it is told every {@link #REPORT_NANOS} nanoseconds whether or not they gained, with the
     * plan being improved in place and no score yet (read its cover, not its score); the tabu search's plans have
     * their score.
     */
    public MutualAidPlan solve(MutualAidPlan problem, Consumer<MutualAidPlan> onBest) {
        if (pricedStart) WholePeopleBound.pricedStart(problem, PRICED_START_STEPS);
        GreedyStart.fill(problem);
        CriticalCover.improve(problem, seed == null ? 0 : seed);
        Duration searchLeft = timeLimit;
        if (stepLimit == null) {
            // Only under a time limit: a step-limited solve stays the same plan on any machine.
            long started = System.nanoTime();
            long share = (long) (timeLimit.toNanos() * RUIN_SHARE);
            long unimproved = unimprovedLimit == null ? Long.MAX_VALUE : unimprovedLimit.toNanos();
            long[] told = {started};
            RuinAndRefill.improve(
                    problem,
                    seed == null ? 0 : seed,
                    (rounds, sinceGain) ->
                            stopRequested || sinceGain >= unimproved || System.nanoTime() - started >= share,
                    () -> {
                        // Progress for the caller, a few times a second: the plan as it stands, not yet scored.
                        if (System.nanoTime() - told[0] < REPORT_NANOS) return;
                        told[0] = System.nanoTime();
                        onBest.accept(problem);
                    });
            // The rounds take people from other work for critical cover; whoever is left at home may fill it again.
            GreedyStart.fill(problem);
            // Timefold takes whole milliseconds.
            searchLeft = Duration.ofMillis(Math.max(
                    1, timeLimit.minusNanos(System.nanoTime() - started).toMillis()));
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(searchLeft);
        if (unimprovedLimit != null) termination.setUnimprovedSpentLimit(unimprovedLimit);
        LocalSearchPhaseConfig phase = localSearch();
        // Timefold counts steps per phase, so the step limit is the local search's own.
        if (stepLimit != null) phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(stepLimit));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(MutualAidPlan.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MutualAidConstraintProvider.class)
                .withTerminationConfig(termination)
                .withPhases(phase);
        if (seed != null) config.setRandomSeed(seed);
        Solver<MutualAidPlan> solver =
                SolverFactory.<MutualAidPlan>create(config).buildSolver();
        solver.addEventListener(event -> {
            // A stop asked for before the solve began is seen at the first better plan.
            if (stopRequested) solver.terminateEarly();
            onBest.accept(event.getNewBestSolution());
        });
        solving = solver;
        try {
            if (stopRequested) return problem;
            return solver.solve(problem);
        } finally {
            solving = null;
        }
    }
}
