package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Improves a lawful plan's critical cover before the local search, by exchanges the search finds only slowly:
 * for each critical shortfall still short, the best of sending someone to it (from home, or from another shortfall
 * of the same week), making room for them where a rule binds (giving up one of their other weeks away, or sending
 * a colleague home to keep their service's floor), and refilling the shortfall a person leaves with someone at
 * home. An exchange is made only when it raises the critical cover, the first level of the score. Plain loops
 * over a few hundred candidates per shortfall, so a pass over the 5,000-staff instance takes well under a second
 * where the local search spends tens of seconds on the same exchanges (docs/performance.md).
 *
 * <p>Every rule is kept: moves stay within each person-week's candidates (the rules of the person and the
 * shortfall alone), and weeks away and donor floors are checked after each exchange. People whose role needs or
 * gives supervision are neither moved nor sent home here (their moves change who is supervised); the local search
 * still moves them. Deterministic: shortfalls are visited in an order drawn from the seed, and passes repeat until
 * one improves nothing (at most {@value #MAX_PASSES}).
 */
final class CriticalCover {
    static final int MAX_PASSES = 30;

    private final Map<Shortfall, Integer> sent = new IdentityHashMap<>();
    private final Map<Shortfall, List<Assignment>> who = new IdentityHashMap<>();
    private final Map<StaffMember, List<Assignment>> weeksOf = new IdentityHashMap<>();
    private final Map<String, List<Assignment>> donorWeek = new HashMap<>();
    private final Map<String, Integer> lent = new HashMap<>();
    private final Map<StaffMember, Integer> away = new IdentityHashMap<>();
    private final Map<HomeService, Integer> spare = new HashMap<>();
    /** Hundredths of an FTE covered, critical and other, kept up to date by {@link #assign}. */
    private long criticalCovered;

    private long otherCovered;
    /** Each change since {@link #mark()}: the person-week and where they were, so {@link #undo} can put it back. */
    private final List<Assignment> changed = new ArrayList<>();

    private final List<Shortfall> before = new ArrayList<>();

    CriticalCover(MutualAidPlan plan) {
        SupervisionRules rules = plan.getSupervision() == null ? SupervisionRules.NONE : plan.getSupervision();
        for (DonorService d : plan.getDonors()) spare.put(d.home(), d.spareCenti());
        for (Assignment a : plan.getAssignments()) {
            if (a.isAway()) {
                sent.merge(a.getShortfall(), a.getStaff().fteCenti(), Integer::sum);
                lent.merge(key(a), a.getStaff().fteCenti(), Integer::sum);
                away.merge(a.getStaff(), 1, Integer::sum);
            }
            String role = a.getStaff().getRoleCode();
            if (a.getCandidates().isEmpty() || rules.needsSupervision(role) || rules.supervises(role)) continue;
            for (Shortfall s : a.getCandidates())
                who.computeIfAbsent(s, x -> new ArrayList<>()).add(a);
            weeksOf.computeIfAbsent(a.getStaff(), x -> new ArrayList<>()).add(a);
            donorWeek.computeIfAbsent(key(a), x -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<Shortfall, Integer> e : sent.entrySet()) {
            long c = Math.min(e.getValue(), e.getKey().neededCenti());
            if (e.getKey().isCritical()) criticalCovered += c;
            else otherCovered += c;
        }
    }

    /** Raises the plan's critical cover in place; returns the hundredths of an FTE gained. */
    static long improve(MutualAidPlan plan, long seed) {
        CriticalCover cover = new CriticalCover(plan);
        List<Shortfall> critical = new ArrayList<>(
                plan.getShortfalls().stream().filter(Shortfall::isCritical).toList());
        SplittableRandom random = new SplittableRandom(seed);
        long gained = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            shuffle(critical, random);
            long passGain = 0;
            for (Shortfall s : critical) {
                while (cover.missing(s) > 0) {
                    Exchange best = cover.best(s);
                    if (best == null) break;
                    cover.apply(best);
                    passGain += best.gain;
                }
            }
            gained += passGain;
            if (passGain == 0) break;
        }
        cover.mark();
        return gained;
    }

    /** Person-weeks changed together and what each becomes (null: home), with the critical cover gained. */
    record Exchange(List<Assignment> moved, List<Shortfall> to, long gain) {}

    int missing(Shortfall s) {
        return s.neededCenti() - sent.getOrDefault(s, 0);
    }

    /** The exchange that covers most of s's shortfall net of the cover it costs elsewhere; null if none gains. */
    Exchange best(Shortfall s) {
        Exchange best = null;
        for (Assignment a : who.getOrDefault(s, List.of())) {
            if (a.getShortfall() == s) continue;
            List<Assignment> moved = new ArrayList<>(3);
            List<Shortfall> to = new ArrayList<>(3);
            moved.add(a);
            to.add(s);
            Shortfall left = a.getShortfall();
            if (left == null && !makeRoom(a, moved, to)) continue;
            if (left != null && left.isCritical()) refill(left, a, moved, to);
            long gain = gain(moved, to);
            if (gain > 0 && (best == null || gain > best.gain)) best = new Exchange(moved, to, gain);
        }
        return best;
    }

    /**
     * Adds to the exchange what sending a (at home) needs: one of the person's weeks away given up when they are at
     * their agreed most, and a colleague of the same week sent home when their service would fall below its floor;
     * each the one whose cover is least missed. False when no room can be made that way.
     */
    private boolean makeRoom(Assignment a, List<Assignment> moved, List<Shortfall> to) {
        StaffMember p = a.getStaff();
        if (away.getOrDefault(p, 0) >= p.getMaxWeeksAway()) {
            Assignment give = leastMissed(weeksOf.get(p), a, 0);
            if (give == null) return false;
            moved.add(give);
            to.add(null);
        }
        Integer limit = spare.get(p.getHome());
        if (limit != null) {
            int excess = lent.getOrDefault(key(a), 0) + p.fteCenti() - limit;
            if (excess > 0) {
                Assignment home = leastMissed(donorWeek.get(key(a)), a, excess);
                if (home == null) return false;
                moved.add(home);
                to.add(null);
            }
        }
        return true;
    }

    /** Of the person-weeks away in the list (not except, FTE at least atLeast), the one whose cover is least missed. */
    private Assignment leastMissed(List<Assignment> list, Assignment except, int atLeast) {
        Assignment pick = null;
        long pickLoss = Long.MAX_VALUE;
        for (Assignment b : list) {
            if (b == except || !b.isAway() || b.getStaff().fteCenti() < atLeast) continue;
            long loss = value(b.getShortfall(), sent.get(b.getShortfall()))
                    - value(
                            b.getShortfall(),
                            sent.get(b.getShortfall()) - b.getStaff().fteCenti());
            if (loss < pickLoss) {
                pick = b;
                pickLoss = loss;
            }
        }
        return pick;
    }

    /** Adds to the exchange the person at home who best fills what a leaves at left without making room. */
    private void refill(Shortfall left, Assignment a, List<Assignment> moved, List<Shortfall> to) {
        int missing = missing(left) + a.getStaff().fteCenti();
        Assignment pick = null;
        int pickFill = 0;
        for (Assignment c : who.getOrDefault(left, List.of())) {
            if (c.isAway() || c.getStaff() == a.getStaff()) continue;
            StaffMember q = c.getStaff();
            if (away.getOrDefault(q, 0) >= q.getMaxWeeksAway()) continue;
            Integer limit = spare.get(q.getHome());
            if (limit != null && lent.getOrDefault(key(c), 0) + q.fteCenti() > limit) continue;
            int fill = Math.min(q.fteCenti(), missing);
            if (fill > pickFill) {
                pick = c;
                pickFill = fill;
            }
        }
        if (pick != null) {
            moved.add(pick);
            to.add(left);
        }
    }

    /** The critical cover the exchange adds: after minus before, over the shortfalls it touches. */
    private long gain(List<Assignment> moved, List<Shortfall> to) {
        Map<Shortfall, Integer> change = new IdentityHashMap<>();
        for (int i = 0; i < moved.size(); i++) {
            Assignment a = moved.get(i);
            int fte = a.getStaff().fteCenti();
            if (a.getShortfall() != null) change.merge(a.getShortfall(), -fte, Integer::sum);
            if (to.get(i) != null) change.merge(to.get(i), fte, Integer::sum);
        }
        long gain = 0;
        for (Map.Entry<Shortfall, Integer> e : change.entrySet()) {
            int before = sent.getOrDefault(e.getKey(), 0);
            gain += value(e.getKey(), before + e.getValue()) - value(e.getKey(), before);
        }
        return gain;
    }

    private static long value(Shortfall s, int sentCenti) {
        return s.isCritical() ? Math.min(sentCenti, s.neededCenti()) : 0;
    }

    void apply(Exchange x) {
        for (int i = 0; i < x.moved().size(); i++) assign(x.moved().get(i), x.to().get(i));
    }

    /** Sends a to the shortfall (null: home), keeping what each shortfall is sent, lent and weeks away in step. */
    void assign(Assignment a, Shortfall to) {
        if (a.getShortfall() == to) return;
        changed.add(a);
        before.add(a.getShortfall());
        place(a, to);
    }

    private void place(Assignment a, Shortfall to) {
        Shortfall from = a.getShortfall();
        int fte = a.getStaff().fteCenti();
        if (from != null) move(from, -fte);
        else {
            lent.merge(key(a), fte, Integer::sum);
            away.merge(a.getStaff(), 1, Integer::sum);
        }
        if (to != null) move(to, fte);
        else {
            lent.merge(key(a), -fte, Integer::sum);
            away.merge(a.getStaff(), -1, Integer::sum);
        }
        a.setShortfall(to);
    }

    /** Adds fte to what s is sent, and the change in its cover min(need, sent) to the cover of its kind. */
    private void move(Shortfall s, int fte) {
        int was = sent.getOrDefault(s, 0);
        long change = Math.min(was + fte, s.neededCenti()) - (long) Math.min(was, s.neededCenti());
        sent.put(s, was + fte);
        if (s.isCritical()) criticalCovered += change;
        else otherCovered += change;
    }

    /** Forgets the changes so far: what {@link #undo} puts back starts here. */
    void mark() {
        changed.clear();
        before.clear();
    }

    /** Puts back every change since {@link #mark()}, the last first. */
    void undo() {
        for (int i = changed.size() - 1; i >= 0; i--) place(changed.get(i), before.get(i));
        mark();
    }

    /** The person-weeks changed since {@link #mark()} and where each was before (in the order changed). */
    List<Assignment> changed() {
        return changed;
    }

    List<Shortfall> before() {
        return before;
    }

    long criticalCovered() {
        return criticalCovered;
    }

    long otherCovered() {
        return otherCovered;
    }

    /** The person-weeks the exchanges may move that may be sent to s. */
    List<Assignment> who(Shortfall s) {
        return who.getOrDefault(s, List.of());
    }

    /** The movable person-weeks of one donor service in one week, by "org/service@week". */
    Map<String, List<Assignment>> donorWeeks() {
        return donorWeek;
    }

    private static String key(Assignment a) {
        return a.getStaff().getHomeOrg() + '/' + a.getStaff().getHomeService() + '@' + a.getWeek();
    }

    /**
     * Fisher-Yates over a SplittableRandom (Java 17's Collections.shuffle takes only a java.util.Random): the order
     * in which shortfalls are tried, drawn from the seed.
     */
    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
