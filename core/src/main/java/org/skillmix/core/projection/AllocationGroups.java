package org.skillmix.core.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.skillmix.core.allocation.SkillMixProblem;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.SystemModel;

/**
 * Builds the skill-mix allocations of a kernel ({@link AllocationGroup}): one per place x sector with
 * staff, each pooling the lines of the sector's organisations that serve the place (by catchment share)
 * and, for a scenario's upskillings, a trained version of each upskilled role beside it.
 */
final class AllocationGroups {
    /**
     * @param lineTrainedRole per group, per line of the group: the local index of its trained version, or -1
     * @param lineUpskill     per group, per line of the group: which upskilling trains it, or -1
     */
    record Built(List<AllocationGroup> groups, List<int[]> lineTrainedRole, List<int[]> lineUpskill) {}

    /** Per line, the allocation groups it serves (groups[line]) and its catchment share in each (shares[line]). */
    record Memberships(int[][] groups, double[][] shares) {}

    /** One line's place in one allocation group: the group's index and the line's catchment share in it. */
    private record Membership(int group, double share) {}

    private AllocationGroups() {}

    static Memberships memberships(List<AllocationGroup> groups, int lines) {
        List<List<Membership>> memberships = new ArrayList<>();
        for (int i = 0; i < lines; i++) memberships.add(new ArrayList<>());
        for (int g = 0; g < groups.size(); g++) {
            int[] ls = groups.get(g).lines();
            double[] share = groups.get(g).lineShare();
            for (int j = 0; j < ls.length; j++) memberships.get(ls[j]).add(new Membership(g, share[j]));
        }
        int[][] lineGroups = new int[lines][];
        double[][] lineGroupShares = new double[lines][];
        for (int i = 0; i < lines; i++) {
            List<Membership> m = memberships.get(i);
            lineGroups[i] = m.stream().mapToInt(Membership::group).toArray();
            lineGroupShares[i] = m.stream().mapToDouble(Membership::share).toArray();
        }
        return new Memberships(lineGroups, lineGroupShares);
    }

    static Built build(SystemModel model, DemandModel demand, SupplyModel supply, List<Upskill> upskills) {
        List<AllocationGroup> groups = new ArrayList<>();
        List<int[]> lineTrainedRole = new ArrayList<>();
        List<int[]> lineUpskill = new ArrayList<>();
        Map<String, Integer> roleIndex = new HashMap<>();
        for (int r = 0; r < model.roles().size(); r++)
            roleIndex.put(model.roles().get(r).code(), r);
        List<List<RoleCapability>> capsOfRole = new ArrayList<>();
        for (int r = 0; r < model.roles().size(); r++) capsOfRole.add(new ArrayList<>());
        for (RoleCapability rc : model.roleCapabilities()) {
            Integer r = roleIndex.get(rc.roleCode());
            if (r != null && model.capability(rc.capabilityCode()).isPresent() && rc.maxShare() > 0)
                capsOfRole.get(r).add(rc);
        }
        // an upskilled role's trained version: global index roles + u, its role's capabilities with one widened
        int[] upskillBase = new int[upskills.size()];
        for (int u = 0; u < upskills.size(); u++) {
            Upskill up = upskills.get(u);
            Integer base = roleIndex.get(up.roleCode());
            if (base == null || model.capability(up.capabilityCode()).isEmpty()) {
                throw new IllegalArgumentException("upskilling refers to unknown role or capability: " + up);
            }
            upskillBase[u] = base;
            List<RoleCapability> widened = new ArrayList<>();
            boolean found = false;
            for (RoleCapability rc : capsOfRole.get(base)) {
                if (rc.capabilityCode().equals(up.capabilityCode())) {
                    widened.add(new RoleCapability(
                            rc.roleCode(), rc.capabilityCode(), Math.max(rc.maxShare(), up.maxShare())));
                    found = true;
                } else {
                    widened.add(rc);
                }
            }
            if (!found) widened.add(new RoleCapability(up.roleCode(), up.capabilityCode(), up.maxShare()));
            capsOfRole.add(widened);
        }
        // A line joins the group of every place its organisation serves, weighted by that place's share
        // (the home place alone, share 1, for an organisation without catchment rows). Lines stay in line
        // order within a group, so the pooled FTE is summed in the same order every run.
        Map<String, List<Catchment>> catchmentOfOrg = new HashMap<>();
        Map<Long, List<Integer>> linesByGroup = new LinkedHashMap<>();
        Map<Long, List<Double>> sharesByGroup = new HashMap<>();
        for (int i = 0; i < supply.lines(); i++) {
            List<Catchment> catchment =
                    catchmentOfOrg.computeIfAbsent(supply.organisationOf(i).code(), o -> servedPlaces(model, o));
            for (Catchment c : catchment) {
                Integer p = placeIndexOrNull(demand, c.placeCode());
                if (p == null) continue;
                long key = (long) p * DemandModel.SECTORS + supply.sectorOf(i);
                linesByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                sharesByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c.share());
            }
        }
        List<Long> keys = new ArrayList<>(linesByGroup.keySet());
        keys.sort(null);
        for (long key : keys) {
            int place = (int) (key / DemandModel.SECTORS), sector = (int) (key % DemandModel.SECTORS);
            int[] lines =
                    linesByGroup.get(key).stream().mapToInt(Integer::intValue).toArray();
            double[] lineShare = sharesByGroup.get(key).stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            int[] baseRoles = Arrays.stream(lines)
                    .map(supply::roleIndex)
                    .distinct()
                    .sorted()
                    .toArray();
            int nRoles = model.roles().size();
            int[] trainedRoles = java.util.stream.IntStream.range(0, upskillBase.length)
                    .filter(u -> Arrays.binarySearch(baseRoles, upskillBase[u]) >= 0)
                    .map(u -> nRoles + u)
                    .toArray();
            int[] roles = java.util.stream.IntStream.concat(Arrays.stream(baseRoles), Arrays.stream(trainedRoles))
                    .toArray();
            int[] lineLocalRole = new int[lines.length];
            int[] trainedOf = new int[lines.length];
            int[] upskillOf = new int[lines.length];
            for (int j = 0; j < lines.length; j++) {
                lineLocalRole[j] = Arrays.binarySearch(baseRoles, supply.roleIndex(lines[j]));
                trainedOf[j] = -1;
                upskillOf[j] = -1;
                for (int q = 0; q < trainedRoles.length; q++) {
                    int u = trainedRoles[q] - nRoles;
                    if (upskillBase[u] == supply.roleIndex(lines[j])) { // a line follows its role's first upskilling
                        trainedOf[j] = baseRoles.length + q;
                        upskillOf[j] = u;
                        break;
                    }
                }
            }
            lineTrainedRole.add(trainedOf);
            lineUpskill.add(upskillOf);
            // the group's capabilities in the catalogue's order, not in the order role_capabilities.csv lists them:
            // a dataset's row order must not change an allocation (SkillMixProblem)
            List<Integer> caps = new ArrayList<>(new TreeSet<>(Arrays.stream(roles)
                    .boxed()
                    .flatMap(r -> capsOfRole.get(r).stream())
                    .map(rc -> demand.capabilityIndex(rc.capabilityCode()))
                    .toList()));
            List<int[]> arcs = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int lr = 0; lr < roles.length; lr++) {
                for (RoleCapability rc : capsOfRole.get(roles[lr])) {
                    int local = caps.indexOf(demand.capabilityIndex(rc.capabilityCode()));
                    arcs.add(new int[] {lr, local});
                    shares.add(Math.min(1.0, rc.maxShare()));
                }
            }
            double[] cost = Arrays.stream(roles)
                    .mapToDouble(r -> model.roles()
                            .get(r < nRoles ? r : upskillBase[r - nRoles])
                            .annualCost())
                    .toArray();
            SkillMixProblem problem = new SkillMixProblem(
                    cost,
                    caps.size(),
                    arcs.stream().mapToInt(a -> a[0]).toArray(),
                    arcs.stream().mapToInt(a -> a[1]).toArray(),
                    shares.stream().mapToDouble(Double::doubleValue).toArray());
            int[] capabilities = caps.stream().mapToInt(Integer::intValue).toArray();
            int[] cells = Arrays.stream(capabilities)
                    .map(k -> demand.cell(k, sector, place))
                    .toArray();
            groups.add(new AllocationGroup(
                    place, sector, roles, lines, lineLocalRole, lineShare, capabilities, cells, problem));
        }
        return new Built(groups, lineTrainedRole, lineUpskill);
    }

    /**
     * An organisation's catchment with its positive shares rescaled to add up to 1: the dataset allows
     * rounding (within 0.01), but no staff time may be made or lost by it. Shares that already add up
     * to exactly 1 are used as given (x / 1 is x).
     */
    private static List<Catchment> servedPlaces(SystemModel model, String orgCode) {
        List<Catchment> rows =
                model.catchmentOf(orgCode).stream().filter(c -> c.share() > 0).toList();
        double total = rows.stream().mapToDouble(Catchment::share).sum();
        return rows.stream()
                .map(c -> new Catchment(c.orgCode(), c.placeCode(), c.share() / total))
                .toList();
    }

    private static Integer placeIndexOrNull(DemandModel demand, String code) {
        try {
            return demand.placeIndex(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
