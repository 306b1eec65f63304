package org.skillmix.core.mutualaid;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Several person-weeks sent elsewhere (or home) in one step: the compound moves of {@link CoverChains}.
 * Timefold's own change and swap moves touch one or two person-weeks; sending a person to a critical
 * shortfall often needs someone else from the same service sent home (the donor's floor) or one of the
 * person's other weeks given up (their weeks away), and each half alone makes the plan worse.
 */
final class Reassignment extends AbstractMove<MutualAidPlan> {

    private final List<Assignment> assignments;
    private final List<Shortfall> targets;

    Reassignment(List<Assignment> assignments, List<Shortfall> targets) {
        this.assignments = List.copyOf(assignments);
        this.targets = new ArrayList<>(targets);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MutualAidPlan> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).getShortfall() != targets.get(i)) return true;
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MutualAidPlan> scoreDirector) {
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            scoreDirector.beforeVariableChanged(a, "shortfall");
            a.setShortfall(targets.get(i));
            scoreDirector.afterVariableChanged(a, "shortfall");
        }
    }

    /** Makes the changes outside a solver (tests). */
    void apply() {
        for (int i = 0; i < assignments.size(); i++) assignments.get(i).setShortfall(targets.get(i));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return assignments;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return targets.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reassignment other
                && assignments.equals(other.assignments)
                && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assignments, targets);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < assignments.size(); i++) {
            if (i > 0) text.append(", ");
            text.append(assignments.get(i).getId()).append(" -> ").append(targets.get(i));
        }
        return text.toString();
    }
}
