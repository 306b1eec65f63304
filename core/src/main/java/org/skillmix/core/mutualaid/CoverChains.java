package org.skillmix.core.mutualaid;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random compound moves aimed at uncovered demand. Each picks a shortfall still short of staff and a person
 * who could lawfully cover it that week, sends them, and makes room in the same step: if their service
 * would fall below its floor, colleagues away that week are sent home until it does not; if they would
 * exceed their agreed weeks away, one of their other weeks away is given up. When cover is scarce the
 * donors' floors bind, and the plan improves only by such exchanges, which a single change or swap move
 * cannot make without first losing cover. The score still judges every move; this only proposes them.
 */
public final class CoverChains implements MoveIteratorFactory<MutualAidPlan, Reassignment> {

    /** Lookups over the working plan, built once per plan (the iterator is asked for at every step). */
    static final class Index {
        final MutualAidPlan plan;
        final List<Shortfall> shortfalls;
        final List<Shortfall> critical;
        final Map<Shortfall, List<Assignment>> candidates = new IdentityHashMap<>();
        final Map<String, List<Assignment>> donorWeek = new HashMap<>();
        final Map<StaffMember, List<Assignment>> weeksOf = new IdentityHashMap<>();
        final Map<HomeService, Integer> spare = new HashMap<>();

        Index(MutualAidPlan plan) {
            this.plan = plan;
            this.shortfalls = plan.getShortfalls();
            this.critical = shortfalls.stream().filter(Shortfall::isCritical).toList();
            for (DonorService d : plan.getDonors()) spare.put(d.home(), d.spareCenti());
            for (Assignment a : plan.getAssignments()) {
                if (a.getCandidates().isEmpty()) continue;
                for (Shortfall s : a.getCandidates())
                    candidates.computeIfAbsent(s, x -> new ArrayList<>()).add(a);
                donorWeek.computeIfAbsent(key(a), x -> new ArrayList<>()).add(a);
                weeksOf.computeIfAbsent(a.getStaff(), x -> new ArrayList<>()).add(a);
            }
        }

        static String key(Assignment a) {
            return a.getStaff().getHomeOrg() + '/' + a.getStaff().getHomeService() + '@' + a.getWeek();
        }

        int sentCenti(Shortfall s) {
            int sent = 0;
            for (Assignment a : candidates.getOrDefault(s, List.of()))
                if (a.getShortfall() == s) sent += a.getStaff().fteCenti();
            return sent;
        }
    }

    private Index index;

    private Index index(MutualAidPlan plan) {
        if (index == null || index.plan != plan) index = new Index(plan);
        return index;
    }

    @Override
    public long getSize(ScoreDirector<MutualAidPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getAssignments().size();
    }

    @Override
    public Iterator<Reassignment> createOriginalMoveIterator(ScoreDirector<MutualAidPlan> scoreDirector) {
        throw new UnsupportedOperationException("cover chains are proposed at random only");
    }

    @Override
    public Iterator<Reassignment> createRandomMoveIterator(ScoreDirector<MutualAidPlan> scoreDirector, Random random) {
        Index ix = index(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !ix.candidates.isEmpty();
            }

            @Override
            public Reassignment next() {
                for (int attempt = 0; attempt < 50; attempt++) {
                    Reassignment move = propose(ix, random);
                    if (move != null) return move;
                }
                // Everything looked at is covered: a harmless move keeps the iterator honest.
                Assignment any = ix.plan
                        .getAssignments()
                        .get(random.nextInt(ix.plan.getAssignments().size()));
                return new Reassignment(List.of(any), java.util.Collections.singletonList(any.getShortfall()));
            }
        };
    }

    /** One chain, or null when the shortfall or person drawn gives none. */
    static Reassignment propose(Index ix, Random random) {
        // Mostly critical demand: it is the first level of the score; sometimes the rest, so the second
        // level improves too.
        List<Shortfall> from = random.nextInt(4) > 0 && !ix.critical.isEmpty() ? ix.critical : ix.shortfalls;
        Shortfall s = from.get(random.nextInt(from.size()));
        List<Assignment> who = ix.candidates.get(s);
        if (who == null) return null;
        int missing = s.neededCenti() - ix.sentCenti(s);
        if (missing <= 0) return null;
        Assignment b = fitting(who, s, missing, random);
        if (b == null) return null;
        Chain chain = new Chain();
        if (!chain.send(ix, b, s, random)) return null;
        // Whoever the move takes from a shortfall (the person, if they were away, or a colleague sent home to
        // keep the floor), half the time someone at home takes their place there: an augmenting path of length
        // two, which moves cover to where it is most needed without losing it elsewhere.
        // The same for each colleague sent home to make room under the donor's floor.
        int made = chain.moved.size();
        for (int i = 0; i < made; i++) {
            Assignment gone = chain.moved.get(i);
            Shortfall left = gone.getShortfall();
            if (left == null || chain.to.get(i) == left || !random.nextBoolean()) continue;
            Assignment c =
                    fitting(ix.candidates.get(left), left, gone.getStaff().fteCenti(), random);
            if (c != null && c.getShortfall() == null && !chain.moved.contains(c)) chain.send(ix, c, left, random);
        }
        return new Reassignment(chain.moved, chain.to);
    }

    /**
     * A person-week not already at s, drawn at random; three times in four from those whose FTE fits in what
     * s is missing, because FTE sent beyond the need covers nothing and is lost to the shortfalls still short.
     */
    private static Assignment fitting(List<Assignment> who, Shortfall s, int missingCenti, Random random) {
        Assignment any = null;
        for (int tries = 0; tries < 8; tries++) {
            Assignment a = who.get(random.nextInt(who.size()));
            if (a.getShortfall() == s) continue;
            if (a.getStaff().fteCenti() <= missingCenti) return a;
            if (any == null) any = a;
        }
        return random.nextInt(4) == 0 ? any : null;
    }

    /** The person-weeks a move changes so far, with what each becomes. */
    private static final class Chain {
        final List<Assignment> moved = new ArrayList<>();
        final List<Shortfall> to = new ArrayList<>();

        Shortfall after(Assignment a) {
            int i = moved.indexOf(a);
            return i < 0 ? a.getShortfall() : to.get(i);
        }

        /** Sends a to s and makes room for it; false (and nothing added) when no room can be made. */
        boolean send(Index ix, Assignment a, Shortfall s, Random random) {
            int mark = moved.size();
            moved.add(a);
            to.add(s);
            if (a.getShortfall() == null) {
                StaffMember p = a.getStaff();
                List<Assignment> weeks = ix.weeksOf.get(p);
                int away = 0;
                for (Assignment w : weeks) if (after(w) != null) away++;
                if (away > p.getMaxWeeksAway() && !sendHome(pickAway(weeks, a, random))) return undo(mark);
                Integer spare = ix.spare.get(p.getHome());
                if (spare != null) {
                    List<Assignment> colleagues = ix.donorWeek.get(Index.key(a));
                    int lent = 0;
                    for (Assignment c : colleagues)
                        if (after(c) != null) lent += c.getStaff().fteCenti();
                    while (lent > spare) {
                        Assignment home = pickAway(colleagues, a, random);
                        if (!sendHome(home)) return undo(mark);
                        lent -= home.getStaff().fteCenti();
                    }
                }
            }
            return true;
        }

        private boolean sendHome(Assignment a) {
            if (a == null) return false;
            moved.add(a);
            to.add(null);
            return true;
        }

        private boolean undo(int mark) {
            while (moved.size() > mark) {
                moved.remove(moved.size() - 1);
                to.remove(to.size() - 1);
            }
            return false;
        }

        /**
         * A person-week in the list that is away (after the changes so far) and not already changed: one
         * covering non-critical demand when there is one (giving it up costs only the second level of the
         * score), else any.
         */
        Assignment pickAway(List<Assignment> list, Assignment except, Random random) {
            List<Assignment> away = new ArrayList<>();
            List<Assignment> nonCritical = new ArrayList<>();
            for (Assignment a : list) {
                if (a == except || moved.contains(a) || a.getShortfall() == null) continue;
                away.add(a);
                if (!a.getShortfall().isCritical()) nonCritical.add(a);
            }
            List<Assignment> from = !nonCritical.isEmpty() && random.nextInt(4) > 0 ? nonCritical : away;
            return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
        }
    }
}
