package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A large-neighbourhood search on critical cover after {@link CriticalCover}'s exchanges have stopped: a round
 * sends home everyone the exchanges may move from a few critical shortfalls of one week, or from one donor service
 * in one week, then refills every critical shortfall of that week still short by the same exchanges (and any
 * shortfall of another week that lost someone to them). The round is kept when the plan covers at least as much
 * critical demand, and no less other demand when the critical is equal; otherwise it is undone. Keeping equal plans
 * lets the search walk across plateaus: the exchanges alone stop at the first plan none of them improves.
 *
 * <p>Every rule is kept as in {@link CriticalCover}: sending home breaks none, and refilling is its exchanges.
 * Deterministic for a given seed and number of rounds.
 */
final class RuinAndRefill {

    /** Of the rounds, this share ruins shortfalls; the rest ruin a donor-week (half and half, not tuned). */
    static final double SHORTFALL_ROUNDS = 0.5;

    /** A shortfall round ruins this many shortfalls of one week at most (not tuned). */
    static final int RUINED_SHORTFALLS = 3;

    private final CriticalCover cover;
    private final SplittableRandom random;
    private final List<Shortfall> critical;
    private final Map<Integer, List<Shortfall>> criticalByWeek = new HashMap<>();
    private final List<List<Assignment>> donorWeeks;

    private RuinAndRefill(MutualAidPlan plan, long seed) {
        cover = new CriticalCover(plan);
        random = new SplittableRandom(seed);
        critical = plan.getShortfalls().stream().filter(Shortfall::isCritical).toList();
        for (Shortfall s : critical)
            criticalByWeek.computeIfAbsent(s.getWeek(), w -> new ArrayList<>()).add(s);
        donorWeeks = new ArrayList<>(cover.donorWeeks().values());
    }

    /** When to stop: told the rounds done and the nanoseconds since the last round that raised critical cover. */
    @FunctionalInterface
    interface Stop {
        boolean now(long rounds, long nanosSinceGain);
    }

    /**
     * Runs rounds on the plan in place until told to stop, running afterRound after every round (kept or undone: a
     * caller showing progress must hear of the rounds that gain nothing too, which on a small plan are all of them);
     * returns the hundredths of an FTE of critical cover gained.
     */
    static long improve(MutualAidPlan plan, long seed, Stop stop, Runnable afterRound) {
        RuinAndRefill search = new RuinAndRefill(plan, seed);
        if (search.critical.isEmpty() || search.donorWeeks.isEmpty()) return 0;
        long start = search.cover.criticalCovered();
        long lastGain = System.nanoTime();
        for (long round = 0; !stop.now(round, System.nanoTime() - lastGain); round++) {
            if (search.round() > 0) lastGain = System.nanoTime();
            afterRound.run();
        }
        return search.cover.criticalCovered() - start;
    }

    /** As above for this many rounds: the same plan every time for the same plan and seed. */
    static long improve(MutualAidPlan plan, long seed, long rounds) {
        return improve(plan, seed, (done, since) -> done >= rounds, () -> {});
    }

    /** One round; returns the critical cover it gained (0 when undone or level). */
    long round() {
        long critical0 = cover.criticalCovered();
        long other0 = cover.otherCovered();
        cover.mark();
        int week = random.nextDouble() < SHORTFALL_ROUNDS ? ruinShortfalls() : ruinDonorWeek();
        refill(week);
        long critical1 = cover.criticalCovered();
        if (critical1 < critical0 || (critical1 == critical0 && cover.otherCovered() < other0)) {
            cover.undo();
            return 0;
        }
        return critical1 - critical0;
    }

    /** Sends home those the exchanges may move from up to three random critical shortfalls of one week. */
    private int ruinShortfalls() {
        Shortfall first = critical.get(random.nextInt(critical.size()));
        List<Shortfall> week = criticalByWeek.get(first.getWeek());
        sendHome(first);
        for (int i = 1; i < RUINED_SHORTFALLS; i++) sendHome(week.get(random.nextInt(week.size())));
        return first.getWeek();
    }

    private void sendHome(Shortfall s) {
        for (Assignment a : cover.who(s)) if (a.getShortfall() == s) cover.assign(a, null);
    }

    /** Sends home those the exchanges may move from one random donor service in one week, from critical work. */
    private int ruinDonorWeek() {
        List<Assignment> people = donorWeeks.get(random.nextInt(donorWeeks.size()));
        for (Assignment a : people) if (a.isAway() && a.getShortfall().isCritical()) cover.assign(a, null);
        return people.get(0).getWeek();
    }

    /**
     * Refills the week's critical shortfalls still short, in random order, by the best exchanges while any gains;
     * then those of other weeks that lost someone (an exchange may give up one of a person's other weeks away).
     */
    private void refill(int week) {
        List<Shortfall> order = new ArrayList<>(criticalByWeek.getOrDefault(week, List.of()));
        CriticalCover.shuffle(order, random);
        for (Shortfall s : order) fill(s);
        Set<Shortfall> left = new LinkedHashSet<>();
        for (Shortfall s : cover.before()) if (s != null && s.isCritical() && s.getWeek() != week) left.add(s);
        for (Shortfall s : left) fill(s);
    }

    private void fill(Shortfall s) {
        while (cover.missing(s) > 0) {
            CriticalCover.Exchange best = cover.best(s);
            if (best == null) return;
            cover.apply(best);
        }
    }
}
