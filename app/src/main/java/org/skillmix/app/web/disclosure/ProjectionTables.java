package org.skillmix.app.web.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillmix.app.web.disclosure.SmallNumbers.Relation;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.scenario.Intervention;
import org.skillmix.core.scenario.InterventionKind;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;

/**
 * A projection's series as the two tables they are sums of, each cell with the organisations and people behind
 * it, for {@link SmallNumbers}:
 *
 * <ul>
 *   <li>the staff table (staff in post, effective FTE, vacancies, flows, pay cost): role × organisation, summed
 *       by sector, role, organisation, home place and all;
 *   <li>the capability table (supply, unmet need and gap; demand is the population's, no organisation's):
 *       capability × sector × place, with every margin. An organisation supplies a capability in a place when
 *       it serves the place (its catchment, else its home place) and one of its roles delivers the capability
 *       (the role's capabilities and the upskilling of the run's scenarios that reaches it).
 * </ul>
 *
 * The people behind an organisation's part are its staff at the base month: the headcount, or where the dataset
 * does not know it the FTE in post (never more than the headcount, so the rule errs on the side of suppressing).
 * A line the dataset does not hold (a new role a scenario creates) has no people yet.
 */
public final class ProjectionTables {
    static final String ALL = SeriesKey.ALL;

    /** A cell: a series key without its measure. */
    public record CellKey(String capability, String role, String sector, String organisation, String place)
            implements Comparable<CellKey> {
        private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::capability)
                .thenComparing(CellKey::role)
                .thenComparing(CellKey::sector)
                .thenComparing(CellKey::organisation)
                .thenComparing(CellKey::place);

        public static CellKey of(SeriesKey key) {
            return new CellKey(key.capability(), key.role(), key.sector(), key.organisation(), key.place());
        }

        @Override
        public int compareTo(CellKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** A workforce line of the run: a role in an organisation. */
    private record Line(String organisation, String role, String sector, String homePlace) {}

    final SmallNumbers<CellKey> staff;
    final SmallNumbers<CellKey> capability;

    private ProjectionTables(SmallNumbers<CellKey> staff, SmallNumbers<CellKey> capability) {
        this.staff = staff;
        this.capability = capability;
    }

    /** Whether a measure is one of the capability table's (demand, supply, unmet, gap). */
    public static boolean capabilityMeasure(Measure m) {
        return m == Measure.DEMAND_FTE || m == Measure.SUPPLY_FTE || m == Measure.UNMET_FTE || m == Measure.GAP_FTE;
    }

    /**
     * @param keys      every series key the run stored
     * @param scenarios the scenarios the run projected (their upskilling widens who supplies a capability)
     */
    public static ProjectionTables of(SystemModel model, Collection<SeriesKey> keys, Collection<String> scenarios) {
        Map<String, Organisation> orgs = new HashMap<>();
        for (Organisation o : model.organisations()) orgs.put(o.code(), o);
        Map<String, Double> people = new HashMap<>();
        for (WorkforceLine w : model.workforce()) {
            double p = Double.isFinite(w.headcount()) ? w.headcount() : w.fteInPost();
            people.merge(w.orgCode() + "|" + w.roleCode(), Double.isFinite(p) ? Math.max(0, p) : 0, Double::sum);
        }
        Set<CellKey> staffKeys = new TreeSet<>();
        Set<CellKey> capabilityKeys = new TreeSet<>();
        Set<Line> lines = new TreeSet<>(Comparator.comparing(Line::organisation).thenComparing(Line::role));
        for (SeriesKey k : keys) {
            CellKey cell = CellKey.of(k);
            if (capabilityMeasure(k.measure())) {
                capabilityKeys.add(cell);
            } else {
                staffKeys.add(cell);
                if (!k.role().equals(ALL) && !k.organisation().equals(ALL)) {
                    lines.add(new Line(k.organisation(), k.role(), k.sector(), k.place()));
                }
            }
        }
        List<Line> lineList = List.copyOf(lines);
        Map<Line, Double> peopleOf = new HashMap<>();
        for (Line l : lineList) peopleOf.put(l, people.getOrDefault(l.organisation() + "|" + l.role(), 0.0));
        return new ProjectionTables(
                staffTable(staffKeys, lineList, peopleOf),
                capabilityTable(model, capabilityKeys, lineList, peopleOf, orgs, scenarios));
    }

    /**
     * The tables of a comparison, which stores totals by capability, sector and place only (comparison.csv): the
     * lines are the dataset's workforce and the posts the scenarios' new roles create in their scope.
     */
    public static ProjectionTables ofComparison(SystemModel model, Collection<String> scenarios) {
        List<SeriesKey> keys = new ArrayList<>();
        Map<String, Organisation> orgs = new HashMap<>();
        for (Organisation o : model.organisations()) orgs.put(o.code(), o);
        for (WorkforceLine w : model.workforce()) {
            Organisation o = orgs.get(w.orgCode());
            if (o != null)
                keys.add(new SeriesKey(
                        Measure.STAFF_IN_POST_FTE, ALL, w.roleCode(), o.sector().code(), o.code(), o.placeCode()));
        }
        for (String code : scenarios) {
            model.scenario(code)
                    .ifPresent(s -> s.interventions().stream()
                            .filter(i -> i.kind() == InterventionKind.NEW_ROLE
                                    || i.kind() == InterventionKind.HOMECARE_EXPANSION)
                            .forEach(i -> {
                                for (Organisation o : model.organisations()) {
                                    Line line = new Line(
                                            o.code(), i.targetRole(), o.sector().code(), o.placeCode());
                                    if (!i.targetRole().equals(ALL) && reaches(i.scope(), line)) {
                                        keys.add(new SeriesKey(
                                                Measure.STAFF_IN_POST_FTE,
                                                ALL,
                                                line.role(),
                                                line.sector(),
                                                line.organisation(),
                                                line.homePlace()));
                                    }
                                }
                            }));
        }
        keys.add(new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, ALL));
        model.capabilities().forEach(c -> keys.add(new SeriesKey(Measure.GAP_FTE, c.code(), ALL, ALL, ALL, ALL)));
        orgs.values().stream()
                .map(o -> o.sector().code())
                .distinct()
                .forEach(sector -> keys.add(new SeriesKey(Measure.GAP_FTE, ALL, ALL, sector, ALL, ALL)));
        model.places().forEach(p -> keys.add(new SeriesKey(Measure.GAP_FTE, ALL, ALL, ALL, ALL, p.code())));
        return of(model, keys, scenarios);
    }

    private static SmallNumbers<CellKey> staffTable(Set<CellKey> keys, List<Line> lines, Map<Line, Double> peopleOf) {
        Map<CellKey, Map<String, Double>> cells = new LinkedHashMap<>();
        for (CellKey k : keys) {
            Map<String, Double> parts = new TreeMap<>();
            for (Line l : lines) {
                boolean in = (k.organisation().equals(ALL) || k.organisation().equals(l.organisation()))
                        && (k.role().equals(ALL) || k.role().equals(l.role()))
                        && (k.sector().equals(ALL) || k.sector().equals(l.sector()))
                        && (k.place().equals(ALL) || k.place().equals(l.homePlace()));
                if (in) parts.merge(l.organisation(), peopleOf.get(l), Double::sum);
            }
            cells.put(k, parts);
        }
        List<Relation<CellKey>> relations = new ArrayList<>();
        Set<String> roles = new TreeSet<>(), sectors = new TreeSet<>(), places = new TreeSet<>();
        Map<String, Line> orgLine = new TreeMap<>();
        for (Line l : lines) {
            roles.add(l.role());
            sectors.add(l.sector());
            places.add(l.homePlace());
            orgLine.putIfAbsent(l.organisation(), l);
        }
        CellKey all = new CellKey(ALL, ALL, ALL, ALL, ALL);
        for (String r : roles) {
            List<CellKey> bySector = new ArrayList<>();
            for (String s : sectors) {
                CellKey rs = new CellKey(ALL, r, s, ALL, ALL);
                bySector.add(rs);
                relations.add(new Relation<>(
                        rs,
                        lines.stream()
                                .filter(l -> l.role().equals(r) && l.sector().equals(s))
                                .map(ProjectionTables::fine)
                                .toList()));
            }
            relations.add(new Relation<>(new CellKey(ALL, r, ALL, ALL, ALL), present(bySector, keys)));
        }
        for (String s : sectors) {
            CellKey sector = new CellKey(ALL, ALL, s, ALL, ALL);
            relations.add(new Relation<>(
                    sector,
                    present(
                            roles.stream()
                                    .map(r -> new CellKey(ALL, r, s, ALL, ALL))
                                    .toList(),
                            keys)));
            relations.add(new Relation<>(
                    sector,
                    orgLine.values().stream()
                            .filter(l -> l.sector().equals(s))
                            .map(ProjectionTables::orgTotal)
                            .toList()));
        }
        for (Line o : orgLine.values()) {
            relations.add(new Relation<>(
                    orgTotal(o),
                    lines.stream()
                            .filter(l -> l.organisation().equals(o.organisation()))
                            .map(ProjectionTables::fine)
                            .toList()));
        }
        for (String p : places) {
            relations.add(new Relation<>(
                    new CellKey(ALL, ALL, ALL, ALL, p),
                    orgLine.values().stream()
                            .filter(l -> l.homePlace().equals(p))
                            .map(ProjectionTables::orgTotal)
                            .toList()));
        }
        relations.add(new Relation<>(
                all,
                present(
                        roles.stream()
                                .map(r -> new CellKey(ALL, r, ALL, ALL, ALL))
                                .toList(),
                        keys)));
        relations.add(new Relation<>(
                all,
                present(
                        sectors.stream()
                                .map(s -> new CellKey(ALL, ALL, s, ALL, ALL))
                                .toList(),
                        keys)));
        relations.add(new Relation<>(
                all,
                present(
                        places.stream()
                                .map(p -> new CellKey(ALL, ALL, ALL, ALL, p))
                                .toList(),
                        keys)));
        return new SmallNumbers<>(cells, relations);
    }

    private static SmallNumbers<CellKey> capabilityTable(
            SystemModel model,
            Set<CellKey> keys,
            List<Line> lines,
            Map<Line, Double> peopleOf,
            Map<String, Organisation> orgs,
            Collection<String> scenarios) {
        Map<String, Set<String>> capabilitiesOfRole = new HashMap<>();
        for (RoleCapability rc : model.roleCapabilities())
            capabilitiesOfRole
                    .computeIfAbsent(rc.roleCode(), r -> new HashSet<>())
                    .add(rc.capabilityCode());
        List<Intervention> upskilling = new ArrayList<>();
        for (String code : scenarios) {
            model.scenario(code)
                    .ifPresent(s -> s.interventions().stream()
                            .filter(i -> i.kind() == InterventionKind.UPSKILLING)
                            .forEach(upskilling::add));
        }
        Map<Line, Set<String>> capabilities = new HashMap<>();
        Map<Line, Set<String>> served = new HashMap<>();
        for (Line l : lines) {
            Set<String> caps = new HashSet<>(capabilitiesOfRole.getOrDefault(l.role(), Set.of()));
            for (Intervention i : upskilling) if (reaches(i.scope(), l)) caps.add(i.capability());
            capabilities.put(l, caps);
            Set<String> places = new HashSet<>();
            for (Catchment c : model.catchmentOf(l.organisation())) if (c.share() > 0) places.add(c.placeCode());
            if (places.isEmpty()) {
                Organisation o = orgs.get(l.organisation());
                places.add(o != null ? o.placeCode() : l.homePlace());
            }
            served.put(l, places);
        }
        Map<CellKey, Map<String, Double>> cells = new LinkedHashMap<>();
        for (CellKey k : keys) {
            Map<String, Double> parts = new TreeMap<>();
            for (Line l : lines) {
                boolean in = (k.sector().equals(ALL) || k.sector().equals(l.sector()))
                        && (k.place().equals(ALL) || served.get(l).contains(k.place()))
                        && (k.capability().equals(ALL)
                                ? !capabilities.get(l).isEmpty()
                                : capabilities.get(l).contains(k.capability()));
                if (in) parts.merge(l.organisation(), peopleOf.get(l), Double::sum);
            }
            cells.put(k, parts);
        }
        Set<String> caps = new TreeSet<>(), sectors = new TreeSet<>(), places = new TreeSet<>();
        for (CellKey k : keys) {
            if (!k.capability().equals(ALL)) caps.add(k.capability());
            if (!k.sector().equals(ALL)) sectors.add(k.sector());
            if (!k.place().equals(ALL)) places.add(k.place());
        }
        caps.add(ALL);
        sectors.add(ALL);
        places.add(ALL);
        List<Relation<CellKey>> relations = new ArrayList<>();
        // Each margin is the sum over one dimension of the cells finer in it: for every cell with an ALL, one
        // relation per dimension it totals.
        for (String k : caps) {
            for (String s : sectors) {
                for (String p : places) {
                    CellKey total = cap(k, s, p);
                    if (!keys.contains(total)) continue;
                    if (k.equals(ALL)) relations.add(new Relation<>(total, cells(caps, c -> cap(c, s, p), keys)));
                    if (s.equals(ALL)) relations.add(new Relation<>(total, cells(sectors, x -> cap(k, x, p), keys)));
                    if (p.equals(ALL)) relations.add(new Relation<>(total, cells(places, x -> cap(k, s, x), keys)));
                }
            }
        }
        return new SmallNumbers<>(cells, relations);
    }

    private static CellKey cap(String capability, String sector, String place) {
        return new CellKey(capability, ALL, sector, ALL, place);
    }

    private static List<CellKey> cells(
            Set<String> codes, java.util.function.Function<String, CellKey> key, Set<CellKey> keys) {
        return codes.stream()
                .filter(c -> !c.equals(ALL))
                .map(key)
                .filter(keys::contains)
                .toList();
    }

    private static List<CellKey> present(List<CellKey> cells, Set<CellKey> keys) {
        return cells.stream().filter(keys::contains).toList();
    }

    private static CellKey fine(Line l) {
        return new CellKey(ALL, l.role(), l.sector(), l.organisation(), l.homePlace());
    }

    private static CellKey orgTotal(Line l) {
        return new CellKey(ALL, ALL, l.sector(), l.organisation(), l.homePlace());
    }

    /** Whether an upskilling intervention's scope reaches a line (ALL matches anything). */
    private static boolean reaches(Intervention.Scope scope, Line l) {
        return matches(scope.sector(), l.sector())
                && matches(scope.role(), l.role())
                && matches(scope.organisation(), l.organisation())
                && matches(scope.place(), l.homePlace());
    }

    private static boolean matches(String scope, String value) {
        return scope == null || scope.equals(ALL) || scope.equalsIgnoreCase(value);
    }
}
