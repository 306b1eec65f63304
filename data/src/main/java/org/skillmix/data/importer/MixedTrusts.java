package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * mixed_trusts.csv: trusts that run the services of more than one sector (a mental health trust that runs community
 * services, Somerset's acute trust with its community and mental health services). The sickness files give a trust
 * one type, so without this an ICB whose community or mental health services are run by such a trust had no
 * workforce in that sector. Each such trust is split into one organisation per sector it runs: its own code for the
 * sector of its type, code-MH / code-COM / code-ACU for the others, each with the trust's FTE x the sector's share,
 * split into roles by that sector's staff-group mapping. A share is the row's when given, else the sector's share of
 * England's FTE in trusts of the sectors the trust runs (sickness files; a stated default, in the report).
 */
final class MixedTrusts {

    /** One sector's part of a trust: its organisation code, sector, share of the trust's FTE and how found. */
    record Part(String code, String nameSuffix, String sector, double share, String note) {}

    private static final Map<String, String[]> SUFFIX = Map.of(
            "acute", new String[] {"ACU", "acute services"},
            "mental_health", new String[] {"MH", "mental health services"},
            "community", new String[] {"COM", "community health services"},
            "ambulance", new String[] {"AMB", "ambulance services"});

    private final Map<String, List<String>> sectors = new HashMap<>();
    private final Map<String, double[]> shares = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, Double> englandFte = new HashMap<>();

    static MixedTrusts read(Mappings mappings, SicknessAbsenceFiles sickness) throws ImportException {
        MixedTrusts mixed = new MixedTrusts();
        for (SicknessAbsenceFiles.Org o : sickness.all()) {
            String sector = IcbTrusts.SECTOR_OF_TYPE.get(o.type);
            if (sector != null) mixed.englandFte.merge(sector, o.meanFte(), Double::sum);
        }
        mappings.table("mixed_trusts.csv", "org_code", "sectors", "shares", "source")
                .forEach(row -> {
                    List<String> list = ServedAreas.split(row.text("sectors"));
                    for (String s : list) {
                        if (!SUFFIX.containsKey(s))
                            throw row.error("sectors", s + " is not a trust sector (" + SUFFIX.keySet() + ")");
                    }
                    List<String> given = ServedAreas.split(row.text("shares"));
                    if (!given.isEmpty()) {
                        if (given.size() != list.size())
                            throw row.error("shares", "give one share per sector, or none");
                        double[] v = new double[given.size()];
                        double sum = 0;
                        for (int i = 0; i < v.length; i++) {
                            try {
                                v[i] = Double.parseDouble(given.get(i));
                            } catch (NumberFormatException e) {
                                throw row.error("shares", "\"" + given.get(i) + "\" is not a number");
                            }
                            sum += v[i];
                        }
                        if (Math.abs(sum - 1) > 0.001)
                            throw row.error("shares", "the shares add up to " + sum + ", not 1");
                        mixed.shares.put(row.text("org_code"), v);
                    }
                    mixed.sectors.put(row.text("org_code"), list);
                    mixed.sources.put(row.text("org_code"), row.text("source"));
                });
        return mixed;
    }

    /** The parts of a trust of the given sector (its type): one, itself whole, unless the table lists it. */
    List<Part> of(String code, String sector) throws ImportException {
        List<String> list = sectors.get(code);
        if (list == null) return List.of(new Part(code, "", sector, 1, ""));
        if (!list.contains(sector))
            throw ImportException.file(
                    "mappings/mixed_trusts.csv",
                    "trust " + code + " is a " + sector + " trust in the sickness files; list " + sector
                            + " among its sectors");
        double[] v = shares.get(code);
        double all =
                list.stream().mapToDouble(s -> englandFte.getOrDefault(s, 0.0)).sum();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            double share = v != null ? v[i] : englandFte.getOrDefault(s, 0.0) / all;
            String note = (v != null
                            ? "share " + OutputTable.num(share, 3) + " (mixed_trusts.csv)"
                            : String.format(
                                    Locale.ROOT,
                                    "share %s = England's %,.0f FTE in %s trusts / %,.0f in trusts of the sectors it"
                                            + " runs (documented default)",
                                    OutputTable.num(share, 3),
                                    englandFte.getOrDefault(s, 0.0),
                                    s,
                                    all))
                    + "; " + sources.get(code);
            boolean own = s.equals(sector);
            parts.add(new Part(
                    own ? code : code + "-" + SUFFIX.get(s)[0], " (" + SUFFIX.get(s)[1] + ")", s, share, note));
        }
        return parts;
    }
}
