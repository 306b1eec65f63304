package org.skillmix.core.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.skillmix.core.demand.DemandModel;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.supply.SupplyModel;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Sector;

/**
 * Which series a projection has, how each is summed from the finest figures of a month, and the fixed
 * priority order in which series get per-draw storage for quantiles.
 *
 * <p>The finest figures of a month form one vector: demand, supply and unmet FTE of every active
 * capability x sector x place cell, then the ten line measures of every workforce line. Every series is
 * a sum of some of them (gap = demand - supply), reached through a tree of levels so that each level is
 * summed from the next finer one, not from the finest vector again.
 */
final class SeriesLayout {
    static final Measure[] CAPABILITY_MEASURES = {
        Measure.DEMAND_FTE, Measure.SUPPLY_FTE, Measure.UNMET_FTE, Measure.GAP_FTE
    };
    static final int CAPABILITY_SUMMED = 3;
    static final Measure[] ROLE_MEASURES = SupplyModel.LINE_MEASURES.toArray(Measure[]::new);
    private static final String ALL = SeriesKey.ALL;

    /** One series: level, measure position and index in the level. */
    record Spec(int level, int measure, int index, SeriesKey key) {}

    final List<SeriesLevel> levels = new ArrayList<>();
    /** All series, in priority order (the order of the projection's series too). */
    final List<Spec> specs = new ArrayList<>();

    final int cells;
    final int lines;
    final int vectorLength;

    SeriesLayout(ProjectionKernel kernel) {
        DemandModel demand = kernel.demand();
        SupplyModel supply = kernel.supply();
        int[] active = kernel.activeCells();
        cells = active.length;
        lines = supply.lines();
        vectorLength = CAPABILITY_SUMMED * cells + ROLE_MEASURES.length * lines;
        List<String> caps = demand.capabilities(), places = demand.places();
        int nP = places.size(), S = DemandModel.SECTORS;
        Sector[] sectors = Sector.values();
        int[] cellK = new int[cells], cellS = new int[cells], cellP = new int[cells];
        for (int j = 0; j < cells; j++) {
            int c = active[j];
            cellP[j] = c % nP;
            cellS[j] = (c / nP) % S;
            cellK[j] = c / nP / S;
        }

        // capability levels
        int capF = addLevel(
                "capability x sector x place",
                true,
                -1,
                identity(cells),
                j -> capKey(caps.get(cellK[j]), sectors[cellS[j]].code(), places.get(cellP[j])));
        int capKS = addGrouped(
                "capability x sector",
                true,
                capF,
                cells,
                j -> cellK[j] * S + cellS[j],
                code -> capKey(caps.get(code / S), sectors[code % S].code(), ALL));
        int capKP = addGrouped(
                "capability x place",
                true,
                capF,
                cells,
                j -> cellK[j] * nP + cellP[j],
                code -> capKey(caps.get(code / nP), ALL, places.get(code % nP)));
        int capSP = addGrouped(
                "sector x place",
                true,
                capF,
                cells,
                j -> cellS[j] * nP + cellP[j],
                code -> capKey(ALL, sectors[code / nP].code(), places.get(code % nP)));
        int capK = addGrouped(
                "capability",
                true,
                capKS,
                levels.get(capKS).size,
                j -> codeOf(capKS, j) / S,
                code -> capKey(caps.get(code), ALL, ALL));
        int capS = addGrouped(
                "sector",
                true,
                capKS,
                levels.get(capKS).size,
                j -> codeOf(capKS, j) % S,
                code -> capKey(ALL, sectors[code].code(), ALL));
        int capP = addGrouped(
                "place",
                true,
                capSP,
                levels.get(capSP).size,
                j -> codeOf(capSP, j) % nP,
                code -> capKey(ALL, ALL, places.get(code)));
        // the grand totals are one contiguous sum of the finest vector, cheaper than any path through the tree
        int capA = addGrouped("all", true, -1, cells, j -> 0, code -> capKey(ALL, ALL, ALL));

        // role levels
        List<Organisation> orgs = supply.organisations();
        List<String> roleCodes = supply.roles().stream().map(r -> r.code()).toList();
        int nO = orgs.size();
        Map<Integer, Integer> placeOfOrg = new LinkedHashMap<>();
        for (int o = 0; o < nO; o++)
            placeOfOrg.put(o, places.indexOf(orgs.get(o).placeCode()));
        int roleL = addGrouped(
                "role x organisation",
                false,
                -1,
                lines,
                i -> supply.roleIndex(i) * nO + supply.organisationIndex(i),
                code -> roleKey(roleCodes.get(code / nO), orgs.get(code % nO)));
        int roleRS = addGrouped(
                "role x sector",
                false,
                roleL,
                levels.get(roleL).size,
                j -> (codeOf(roleL, j) / nO) * S
                        + orgs.get(codeOf(roleL, j) % nO).sector().ordinal(),
                code -> key(ALL, roleCodes.get(code / S), sectors[code % S].code(), ALL, ALL));
        int roleO = addGrouped(
                "organisation",
                false,
                roleL,
                levels.get(roleL).size,
                j -> codeOf(roleL, j) % nO,
                code -> roleKey(ALL, orgs.get(code)));
        // role and sector totals straight from the lines: many members per total, gathered into registers,
        // and they do not need role x sector (low in the priority order) to be summed first
        int roleR = addGrouped(
                "role",
                false,
                -1,
                lines,
                i -> supply.roleIndex(i),
                code -> key(ALL, roleCodes.get(code), ALL, ALL, ALL));
        int roleSec = addGrouped(
                "role sector",
                false,
                -1,
                lines,
                i -> supply.sectorOf(i),
                code -> key(ALL, ALL, sectors[code].code(), ALL, ALL));
        // SystemModel guarantees every organisation's place is defined
        int rolePl = addGrouped(
                "role place",
                false,
                roleO,
                levels.get(roleO).size,
                j -> placeOfOrg.get(codeOf(roleO, j)),
                code -> key(ALL, ALL, ALL, ALL, places.get(code)));
        int roleA = addGrouped("role all", false, -1, lines, j -> 0, code -> key(ALL, ALL, ALL, ALL, ALL));

        int[] priority = {
            capA, roleA, capK, capP, capS, roleR, roleSec, rolePl, capKP, roleO, roleRS, capKS, capSP, capF, roleL
        };
        for (int l : priority) {
            SeriesLevel level = levels.get(l);
            for (int m = 0; m < level.measures.length; m++) {
                for (int j = 0; j < level.size; j++) specs.add(new Spec(l, m, j, level.keys[m][j]));
            }
        }
    }

    private final Map<Integer, int[]> codes = new LinkedHashMap<>();

    /** The grouping code of index j of a level made by addGrouped. */
    private int codeOf(int level, int j) {
        return codes.get(level)[j];
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) id[i] = i;
        return id;
    }

    private int addLevel(String name, boolean capability, int source, int[] map, IntFunction<SeriesKey> keyOf) {
        int size = map.length;
        int[] code = identity(size);
        int id = levels.size();
        codes.put(id, code);
        levels.add(new SeriesLevel(name, capability, source, map, size, m -> {
            SeriesKey[] ks = new SeriesKey[size];
            for (int j = 0; j < size; j++)
                ks[j] = withMeasure(keyOf.apply(j), capability ? CAPABILITY_MEASURES[m] : ROLE_MEASURES[m]);
            return ks;
        }));
        return id;
    }

    /** A level whose members are the distinct codes of the source's members, in ascending code order. */
    private int addGrouped(
            String name,
            boolean capability,
            int source,
            int sourceSize,
            java.util.function.IntUnaryOperator codeOfSource,
            IntFunction<SeriesKey> keyOfCode) {
        int[] sourceCodes = new int[sourceSize];
        for (int j = 0; j < sourceSize; j++) sourceCodes[j] = codeOfSource.applyAsInt(j);
        int[] distinct = Arrays.stream(sourceCodes).distinct().sorted().toArray();
        int[] map = new int[sourceSize];
        for (int j = 0; j < sourceSize; j++) map[j] = Arrays.binarySearch(distinct, sourceCodes[j]);
        int id = levels.size();
        codes.put(id, distinct);
        int size = distinct.length;
        levels.add(new SeriesLevel(name, capability, source, map, size, m -> {
            SeriesKey[] ks = new SeriesKey[size];
            for (int j = 0; j < size; j++)
                ks[j] = withMeasure(
                        keyOfCode.apply(distinct[j]), capability ? CAPABILITY_MEASURES[m] : ROLE_MEASURES[m]);
            return ks;
        }));
        return id;
    }

    private static SeriesKey capKey(String capability, String sector, String place) {
        return new SeriesKey(null, capability, ALL, sector, ALL, place);
    }

    private static SeriesKey roleKey(String role, Organisation org) {
        return new SeriesKey(null, ALL, role, org.sector().code(), org.code(), org.placeCode());
    }

    private static SeriesKey key(String capability, String role, String sector, String organisation, String place) {
        return new SeriesKey(null, capability, role, sector, organisation, place);
    }

    private static SeriesKey withMeasure(SeriesKey k, Measure m) {
        return new SeriesKey(m, k.capability(), k.role(), k.sector(), k.organisation(), k.place());
    }

    /** Where level l starts in a flat buffer of all levels ({@link #newBuffer}), and the buffer's length. */
    int[] levelOffsets() {
        int[] offsets = new int[levels.size() + 1];
        for (int l = 0; l < levels.size(); l++)
            offsets[l + 1] = offsets[l] + levels.get(l).measures.length * levels.get(l).size;
        return offsets;
    }

    /** One month of every level: level l at levelOffsets()[l], measure m of it at + m * size. */
    double[] newBuffer() {
        return new double[levelOffsets()[levels.size()]];
    }

    /** Position of a series' value in a flat buffer. */
    int position(Spec spec, int[] offsets) {
        return offsets[spec.level()] + spec.measure() * levels.get(spec.level()).size + spec.index();
    }

    /** need[l][m] for every level and measure: everything (the means at the end of a run). */
    boolean[][] needAll() {
        boolean[][] need = new boolean[levels.size()][];
        for (int l = 0; l < levels.size(); l++) {
            need[l] = new boolean[levels.get(l).measures.length];
            Arrays.fill(need[l], true);
        }
        return need;
    }

    /** The (level, measure) pairs to sum so that the first count series in priority order are available. */
    boolean[][] needFor(int count) {
        boolean[][] need = new boolean[levels.size()][];
        for (int l = 0; l < levels.size(); l++) need[l] = new boolean[levels.get(l).measures.length];
        for (int s = 0; s < count; s++) {
            Spec spec = specs.get(s);
            need[spec.level()][spec.measure()] = true;
            if (levels.get(spec.level()).capability && spec.measure() == CAPABILITY_SUMMED) {
                need[spec.level()][0] = true; // gap = demand - supply
                need[spec.level()][1] = true;
            }
        }
        // sources come before the levels summed from them, so walk from the coarsest back
        for (int l = levels.size() - 1; l >= 0; l--) {
            int source = levels.get(l).source;
            if (source < 0) continue;
            for (int m = 0; m < levels.get(l).summedMeasures(); m++) if (need[l][m]) need[source][m] = true;
        }
        return need;
    }

    /**
     * Sums the finest vector (v from offset) into the needed levels of the flat buffer. Each target is
     * summed in a register over its members (a fixed order), rather than by scattered adds.
     */
    void aggregate(double[] v, int offset, double[] buffer, int[] offsets, boolean[][] need) {
        for (int l = 0; l < levels.size(); l++) {
            boolean[] measures = need[l];
            SeriesLevel level = levels.get(l);
            int at = offsets[l];
            int summed = level.summedMeasures();
            int size = level.size;
            double[] in;
            int inAt, width;
            SeriesLevel source = level.source < 0 ? null : levels.get(level.source);
            if (source == null || source.identity) {
                SeriesLevel finest = source == null ? level : source;
                in = v;
                inAt = offset + (finest.capability ? 0 : CAPABILITY_SUMMED * cells);
                width = finest.capability ? cells : lines;
            } else {
                in = buffer;
                inAt = offsets[level.source];
                width = source.size;
            }
            int[] order = level.order, start = level.start;
            for (int m = 0; m < summed; m++) {
                if (!measures[m]) continue;
                int from = inAt + m * width, to = at + m * size;
                if (level.identity) {
                    System.arraycopy(in, from, buffer, to, size);
                    continue;
                }
                if (size == 1) {
                    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    int i = 0;
                    for (; i + 3 < width; i += 4) {
                        s0 += in[from + i];
                        s1 += in[from + i + 1];
                        s2 += in[from + i + 2];
                        s3 += in[from + i + 3];
                    }
                    for (; i < width; i++) s0 += in[from + i];
                    buffer[to] = (s0 + s1) + (s2 + s3);
                    continue;
                }
                if (level.scatter) {
                    Arrays.fill(buffer, to, to + size, 0);
                    int[] map = level.map;
                    for (int i = 0; i < width; i++) buffer[to + map[i]] += in[from + i];
                    continue;
                }
                for (int j = 0; j < size; j++) {
                    // four partial sums in a fixed pattern: independent add chains, same result every run
                    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    int q = start[j], end = start[j + 1];
                    for (; q + 3 < end; q += 4) {
                        s0 += in[from + order[q]];
                        s1 += in[from + order[q + 1]];
                        s2 += in[from + order[q + 2]];
                        s3 += in[from + order[q + 3]];
                    }
                    for (; q < end; q++) s0 += in[from + order[q]];
                    buffer[to + j] = (s0 + s1) + (s2 + s3);
                }
            }
            if (level.capability && measures[CAPABILITY_SUMMED]) {
                for (int j = 0; j < size; j++) buffer[at + 3 * size + j] = buffer[at + j] - buffer[at + size + j];
            }
        }
    }
}
