package org.skillmix.core.mutualaid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.system.Supervision;

/**
 * Who must be supervised when redeployed, by which roles, and how many FTE one supervisor FTE can take: the rows
 * of supervision.csv, the same {@link Supervision} rows workforce design reads (core/design), so both hold one
 * definition.
 *
 * <p>A redeployed person of a supervised role needs supervision places at the service they are sent to, in the
 * week they are there. Places are offered by the people of a supervisor role present at that service that week:
 * those the plan sends there, and those listed in the staff file with it as their home service who stay at home.
 * One supervisor FTE offers n FTE of places for a role it supervises (n = max_supervisees_per_fte), shared by every
 * role it supervises (a supervisee of FTE f under it uses f / n of its FTE), as in the design programme. The
 * host's other permanent staff are not in the file and are not counted: the rule is conservative.
 */
public final class SupervisionRules {

    public static final SupervisionRules NONE = new SupervisionRules(List.of());

    /** Supervisee role → supervisor role → FTE of the supervisee role one supervisor FTE can take. */
    private final Map<String, Map<String, Double>> places = new HashMap<>();

    private final Set<String> supervisorRoles = new HashSet<>();

    private final List<Supervision> rows;

    public SupervisionRules(List<Supervision> rows) {
        this.rows = List.copyOf(rows);
        for (Supervision s : rows) {
            if (!(s.maxSuperviseesPerFte() > 0) || Double.isInfinite(s.maxSuperviseesPerFte()))
                throw new IllegalArgumentException("supervisees per " + s.supervisorRoleCode()
                        + " FTE must be more than 0, not " + s.maxSuperviseesPerFte());
            places.computeIfAbsent(s.roleCode(), r -> new LinkedHashMap<>())
                    .put(s.supervisorRoleCode(), s.maxSuperviseesPerFte());
            supervisorRoles.add(s.supervisorRoleCode());
        }
    }

    public List<Supervision> rows() {
        return rows;
    }

    public boolean needsSupervision(String role) {
        return places.containsKey(role);
    }

    public boolean supervises(String role) {
        return supervisorRoles.contains(role);
    }

    /** Whether the person-week can change whether anyone is supervised: a redeployed supervisee or any supervisor. */
    boolean matters(Assignment a) {
        String role = a.getStaff().getRoleCode();
        return supervises(role) || (a.isAway() && needsSupervision(role));
    }

    /** One supervisor taking fteCenti hundredths of an FTE of one redeployed supervisee for a week. */
    public record Link(StaffMember supervisee, StaffMember supervisor, int fteCenti) {}

    /** Who supervises whom at one service in one week, and the FTE of redeployed staff left without a supervisor. */
    public record Allocation(List<Link> links, long unsupervisedCenti) {}

    /**
     * Shares the places of the supervisors present among the redeployed supervisees present (everyone given works
     * at one service in one week): the supervisees with the fewest possible supervisors first, each supervisor's
     * places taken in order of staff id. Deterministic whatever the order given, so the score and the plan's
     * "supervised by" column agree. Greedy: it may leave someone unsupervised where a cleverer sharing would not,
     * which makes the rule stricter, never looser.
     */
    public Allocation allocate(Collection<Assignment> present) {
        List<StaffMember> supervisees = new ArrayList<>();
        List<StaffMember> supervisors = new ArrayList<>();
        for (Assignment a : present) {
            String role = a.getStaff().getRoleCode();
            if (a.isAway() && needsSupervision(role)) supervisees.add(a.getStaff());
            else if (supervises(role)) supervisors.add(a.getStaff());
        }
        if (supervisees.isEmpty()) return new Allocation(List.of(), 0);
        supervisors.sort(Comparator.comparing(StaffMember::getId));
        Map<String, Double> free = new HashMap<>();
        for (StaffMember s : supervisors) free.put(s.getId(), (double) s.fteCenti());
        supervisees.sort(Comparator.comparingLong((StaffMember p) ->
                        supervisors.stream().filter(s -> ratio(p, s) > 0).count())
                .thenComparing(StaffMember::getId));
        List<Link> links = new ArrayList<>();
        long unsupervised = 0;
        for (StaffMember p : supervisees) {
            double need = p.fteCenti();
            for (StaffMember s : supervisors) {
                double n = ratio(p, s);
                double left = free.get(s.getId());
                if (need <= 1e-9) break;
                if (n <= 0 || left <= 1e-9) continue;
                // A supervisee of FTE f under a supervisor who takes n per FTE uses f / n of the supervisor's FTE.
                double take = Math.min(need, left * n);
                free.put(s.getId(), left - take / n);
                need -= take;
                links.add(new Link(p, s, (int) Math.round(take)));
            }
            unsupervised += Math.round(need);
        }
        return new Allocation(links, unsupervised);
    }

    private double ratio(StaffMember supervisee, StaffMember supervisor) {
        return places.getOrDefault(supervisee.getRoleCode(), Map.of()).getOrDefault(supervisor.getRoleCode(), 0.0);
    }
}
