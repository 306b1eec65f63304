package org.skillmix.core.mutualaid;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of mutual aid, one method per rule so each can be tested alone. Hard rules count breaches
 * (or, for the floor, the hundredths of an FTE below it); the soft levels are explained on
 * {@link MutualAidPlan}.
 */
public final class MutualAidConstraintProvider implements ConstraintProvider {

    static final int HARD_LEVELS = 1;
    static final int SOFT_LEVELS = MutualAidPlan.SOFT_LEVELS;
    static final BendableLongScore HARD = BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    static final BendableLongScore CRITICAL = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    static final BendableLongScore OTHER = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 1, 1);
    static final BendableLongScore PREFERENCE = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 2, 1);

    /** Preference weights on level 2: a second move for one person costs more than a long drive. */
    static final int MOVE_WEIGHT = 100;

    static final int SKILL_LEVEL_WEIGHT = 50;
    /** Caps the distance penalty so an unreachable pair (infinite km) is a hard breach, not an overflow. */
    static final int MAX_KM_PENALTY = 1000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            capabilityVerified(factory),
            competencyLevel(factory),
            supervisionCapacity(factory),
            passportToCrossOrganisations(factory),
            donorFloor(factory),
            protectedDonors(factory),
            maxTravel(factory),
            maxWeeksAway(factory),
            shortfallInSameWeek(factory),
            notOwnService(factory),
            coverCriticalDemand(factory),
            coverOtherDemand(factory),
            spreadMovesFairly(factory),
            keepToOwnSkills(factory),
            keepNearHome(factory)
        };
    }

    // ---- hard

    Constraint capabilityVerified(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway()
                        && !a.getStaff().hasCapability(a.getShortfall().getCapabilityCode()))
                .penalize(HARD)
                .asConstraint("Capability not verified");
    }

    /**
     * A person holding the capability below the shortfall's minimum level is not sent (a level-1 insulin
     * competency never covers critical insulin work needing level 3). Not holding it at all is
     * {@link #capabilityVerified}'s breach, not counted twice.
     */
    Constraint competencyLevel(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> {
                    if (!a.isAway()) return false;
                    int level = a.getStaff().levelOf(a.getShortfall().getCapabilityCode());
                    return level > 0 && level < a.getShortfall().getMinLevel();
                })
                .penalize(HARD)
                .asConstraint("Below the task's minimum competency level");
    }

    /**
     * Hundredths of an FTE of redeployed staff of a supervised role left without a supervision place at the
     * service they are sent to that week ({@link SupervisionRules}: supervision.csv's supervisees per supervisor).
     */
    Constraint supervisionCapacity(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Assignment.class)
                .join(SupervisionRules.class)
                .filter((a, rules) -> rules.matters(a))
                .groupBy((a, rules) -> a.getWorkplace(), (a, rules) -> a.getWeek(), toList((a, rules) -> a))
                .join(SupervisionRules.class)
                .filter((place, week, present, rules) -> rules.allocate(present).unsupervisedCenti() > 0)
                .penalizeLong(
                        HARD,
                        (place, week, present, rules) -> rules.allocate(present).unsupervisedCenti())
                .asConstraint("Redeployed without a supervisor");
    }

    Constraint passportToCrossOrganisations(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.crossesOrganisation()
                        && !a.getStaff().passportValidThrough(a.getShortfall().getWeekEnding()))
                .penalize(HARD)
                .asConstraint("No valid passport to cross organisations");
    }

    /** Penalises the hundredths of an FTE a donor service is taken below its floor in a week. */
    Constraint donorFloor(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .groupBy(
                        a -> a.getStaff().getHome(),
                        Assignment::getWeek,
                        sum(a -> a.getStaff().fteCenti()))
                .join(DonorService.class, Joiners.equal((home, week, lent) -> home, DonorService::home))
                .filter((home, week, lent, donor) -> lent > donor.spareCenti())
                .penalizeLong(HARD, (home, week, lent, donor) -> lent - Math.max(0, donor.spareCenti()))
                .asConstraint("Donor below its minimum staffing floor");
    }

    Constraint protectedDonors(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .join(DonorService.class, Joiners.equal(a -> a.getStaff().getHome(), DonorService::home))
                .filter((a, donor) -> !donor.donorAllowed())
                .penalize(HARD)
                .asConstraint("Protected service used as a donor");
    }

    Constraint maxTravel(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .join(Distances.class)
                .filter((a, d) ->
                        d.km(a.getStaff().getBasePlace(), a.getShortfall().getPlaceCode())
                                > a.getStaff().getMaxTravelKm())
                .penalize(HARD)
                .asConstraint("Beyond the person's travel limit");
    }

    Constraint maxWeeksAway(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .groupBy(Assignment::getStaff, count())
                .filter((person, weeks) -> weeks > person.getMaxWeeksAway())
                .penalize(HARD, (person, weeks) -> weeks - person.getMaxWeeksAway())
                .asConstraint("More weeks away than agreed");
    }

    Constraint shortfallInSameWeek(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway() && a.getShortfall().getWeek() != a.getWeek())
                .penalize(HARD)
                .asConstraint("Shortfall in another week");
    }

    /** Covering one's own service is not aid: the person is already counted in its staffing. */
    Constraint notOwnService(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway()
                        && a.getShortfall().getService().equals(a.getStaff().getHome()))
                .penalize(HARD)
                .asConstraint("Sent to their own service");
    }

    // ---- cover: more FTE than a shortfall needs covers nothing more

    Constraint coverCriticalDemand(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway() && a.getShortfall().isCritical())
                .groupBy(Assignment::getShortfall, sum(a -> a.getStaff().fteCenti()))
                .rewardLong(CRITICAL, (s, sent) -> Math.min(sent, s.neededCenti()))
                .asConstraint("Critical demand covered");
    }

    Constraint coverOtherDemand(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway() && !a.getShortfall().isCritical())
                .groupBy(Assignment::getShortfall, sum(a -> a.getStaff().fteCenti()))
                .rewardLong(OTHER, (s, sent) -> Math.min(sent, s.neededCenti()))
                .asConstraint("Other demand covered");
    }

    // ---- preferences

    /** The square of each person's weeks away: two people away one week each beat one away twice. */
    Constraint spreadMovesFairly(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .groupBy(Assignment::getStaff, count())
                .penalize(PREFERENCE, (person, weeks) -> MOVE_WEIGHT * weeks * weeks)
                .asConstraint("Moves spread fairly");
    }

    /** Prefer using a person's strongest capabilities, so they work where they are most competent. */
    Constraint keepToOwnSkills(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(a -> a.isAway()
                        && a.getStaff().levelsBelowBest(a.getShortfall().getCapabilityCode()) > 0)
                .penalize(
                        PREFERENCE,
                        a -> SKILL_LEVEL_WEIGHT
                                * a.getStaff().levelsBelowBest(a.getShortfall().getCapabilityCode()))
                .asConstraint("Kept to their own skills");
    }

    Constraint keepNearHome(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::isAway)
                .join(Distances.class)
                .penalize(PREFERENCE, (a, d) -> (int) Math.min(
                        MAX_KM_PENALTY,
                        Math.round(d.km(
                                a.getStaff().getBasePlace(), a.getShortfall().getPlaceCode()))))
                .asConstraint("Kept near home");
    }
}
