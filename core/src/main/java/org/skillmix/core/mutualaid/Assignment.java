package org.skillmix.core.mutualaid;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One person in one week of the surge: the shortfall they are sent to, or null when they stay at home.
 * Staying at home is always allowed, so a plan never has to break a hard rule to be complete.
 */
@PlanningEntity
public class Assignment {

    @PlanningId
    private String id;

    private StaffMember staff;
    private int week;
    /** The shortfalls this person may be sent to this week (see {@link MutualAidPlan#of}). */
    private List<Shortfall> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private Shortfall shortfall;

    public Assignment() {
        // for Timefold's cloning
    }

    public Assignment(StaffMember staff, int week, List<Shortfall> candidates) {
        this(staff, week, candidates, null);
    }

    public Assignment(StaffMember staff, int week, List<Shortfall> candidates, Shortfall shortfall) {
        this.id = staff.getId() + "@" + week;
        this.staff = staff;
        this.week = week;
        this.candidates = List.copyOf(candidates);
        this.shortfall = shortfall;
    }

    /** A hand-made assignment (tests, a plan read back): the shortfall given is its only candidate. */
    public static Assignment of(StaffMember staff, int week, Shortfall shortfall) {
        return new Assignment(staff, week, shortfall == null ? List.of() : List.of(shortfall), shortfall);
    }

    @ValueRangeProvider(id = "candidates")
    public List<Shortfall> getCandidates() {
        return candidates;
    }

    public String getId() {
        return id;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public int getWeek() {
        return week;
    }

    public Shortfall getShortfall() {
        return shortfall;
    }

    public void setShortfall(Shortfall shortfall) {
        this.shortfall = shortfall;
    }

    public boolean isAway() {
        return shortfall != null;
    }

    /** The service where the person works this week: the shortfall's when sent, else their own. */
    public HomeService getWorkplace() {
        return shortfall != null ? shortfall.getService() : staff.getHome();
    }

    /** Whether this move takes the person to another organisation (which needs a passport). */
    public boolean crossesOrganisation() {
        return shortfall != null && !shortfall.getOrgCode().equals(staff.getHomeOrg());
    }

    @Override
    public String toString() {
        return id + "->" + shortfall;
    }
}
