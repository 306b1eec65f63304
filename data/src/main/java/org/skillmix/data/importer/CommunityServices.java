package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Community health services run by trusts of other sectors: where community_hosts.csv names the trust running an
 * LA's community services (or, in an ICB with no community trust, the acute trust whose home is the LA, else its
 * largest acute trust), a share of the host's nurses, NAs, HCSWs and AHPs (community_carve_share) is carved out
 * into CHS-&lt;LA&gt; aggregates, split between the host's LAs by population.
 */
record CommunityServices(Map<String, String> hosts, Map<String, String> hostNames) {

    static CommunityServices read(ImportContext ctx, IcbTrusts trusts) throws ImportException {
        IcbPlaces places = ctx.places();
        Map<String, String> hosts = new LinkedHashMap<>();
        Map<String, String> hostNames = new HashMap<>();
        ctx.mappings()
                .table("community_hosts.csv", "place_code", "host_org_code", "host_name", "source")
                .forEach(row -> {
                    if (places.contains(row.text("place_code"))
                            && trusts.orgCodes().contains(row.text("host_org_code"))) {
                        hosts.put(row.text("place_code"), row.text("host_org_code"));
                        hostNames.put(row.text("host_org_code"), row.text("host_name"));
                    }
                });
        List<Organisation> orgs = trusts.organisations();
        boolean communityTrusts = orgs.stream().anyMatch(o -> o.sector().equals("community"));
        if (hosts.isEmpty() && communityTrusts) {
            ctx.report()
                    .mapped(
                            "community health services",
                            orgs.stream()
                                            .filter(o -> o.sector().equals("community"))
                                            .count() + " community trusts",
                            "provided by the ICB's community provider trusts; no carve-out from acute trusts");
            return new CommunityServices(Map.of(), Map.of());
        }
        for (String la : places.codes()) {
            if (hosts.containsKey(la)) continue;
            Optional<Organisation> local = orgs.stream()
                    .filter(o -> o.sector().equals("acute") && o.place().equals(la))
                    .findFirst();
            String host = local.map(Organisation::code).orElse(trusts.largestAcute());
            if (host == null) continue;
            hosts.put(la, host);
            hostNames.putIfAbsent(
                    host,
                    orgs.stream()
                            .filter(o -> o.code().equals(host))
                            .findFirst()
                            .map(Organisation::name)
                            .orElse(host));
            ctx.report()
                    .defaulted(
                            "community services host of " + la + " " + places.name(la),
                            host,
                            local.isPresent()
                                    ? "not in community_hosts.csv: the acute trust whose home is the LA"
                                    : "not in community_hosts.csv and no acute trust"
                                            + " has its home there: the ICB's largest acute trust");
        }
        return new CommunityServices(hosts, hostNames);
    }

    /** The trusts' workforce lines, less the community carve-out where the trust hosts community services. */
    StaffingPart trusts(ImportContext ctx, IcbTrusts trusts, double minFte) throws ImportException {
        Defaults defaults = ctx.defaults();
        Set<String> hostCodes = new LinkedHashSet<>(hosts.values());
        String carveNote = hostCodes.isEmpty() ? "" : carveNote(defaults);
        WorkforceLines lines = new WorkforceLines(minFte);
        for (var trust : trusts.roles().entrySet()) {
            for (var role : trust.getValue().entrySet()) {
                double fte = role.getValue();
                boolean carved =
                        hostCodes.contains(trust.getKey()) && defaults.has("community_carve_share", role.getKey());
                if (carved) {
                    fte -= fte
                            * defaults.number(
                                    "community_carve_share", role.getKey(), "community carve-out from host trusts");
                }
                lines.add(
                        trust.getKey(),
                        role.getKey(),
                        fte,
                        trusts.roleSources().get(trust.getKey()).get(role.getKey())
                                + (carved ? "; less the " + carveNote : ""));
            }
        }
        return new StaffingPart(trusts.organisations(), lines, trusts.sicknessRates());
    }

    /** The CHS-&lt;LA&gt; aggregates: each host's carved-out FTE shared between its LAs by mid-2023 population. */
    StaffingPart aggregates(ImportContext ctx, IcbTrusts trusts, double minFte) throws ImportException {
        WorkforceLines lines = new WorkforceLines(minFte);
        List<Organisation> orgs = new ArrayList<>();
        Map<String, Rate> sickness = new HashMap<>();
        if (hosts.isEmpty()) return new StaffingPart(orgs, lines, sickness);
        Defaults defaults = ctx.defaults();
        IcbPlaces places = ctx.places();
        Map<String, Map<String, Double>> pool = new LinkedHashMap<>();
        Set<String> hostCodes = new LinkedHashSet<>(hosts.values());
        for (var trust : trusts.roles().entrySet()) {
            if (!hostCodes.contains(trust.getKey())) continue;
            for (var role : trust.getValue().entrySet()) {
                if (!defaults.has("community_carve_share", role.getKey())) continue;
                double carve = role.getValue()
                        * defaults.number(
                                "community_carve_share", role.getKey(), "community carve-out from host trusts");
                pool.computeIfAbsent(trust.getKey(), k -> new LinkedHashMap<>())
                        .merge(role.getKey(), carve, Double::sum);
            }
        }
        String carveNote = carveNote(defaults);
        for (String la : places.codes()) {
            String host = hosts.get(la);
            if (host == null) continue;
            List<String> hostLas = places.codes().stream()
                    .filter(l -> host.equals(hosts.get(l)))
                    .toList();
            double share = places.population(la)
                    / hostLas.stream().mapToDouble(places::population).sum();
            String code = "CHS-" + la;
            orgs.add(new Organisation(
                    code,
                    "Community health services, " + places.name(la) + " (" + hostNames.get(host) + ")",
                    "community",
                    la,
                    "Aggregate defined by this dataset: community services of " + host + " in " + places.name(la)));
            for (var role : pool.getOrDefault(host, Map.of()).entrySet()) {
                lines.add(
                        code,
                        role.getKey(),
                        role.getValue() * share,
                        carveNote + "; host " + host + ", " + places.name(la) + " share " + OutputTable.num(share, 3)
                                + " of the host's LAs; host FTE from "
                                + firstPart(trusts.roleSources().get(host)));
            }
            sickness.put(
                    code,
                    new Rate(
                            trusts.sicknessRates().get(host).value(),
                            trusts.englandSickness().source() + " for host trust " + host));
        }
        return new StaffingPart(orgs, lines, sickness);
    }

    private static String carveNote(Defaults defaults) throws ImportException {
        return "community carve-out: "
                + IcbTrusts.pct(defaults.use("community_carve_share", "RN_ADULT", "community carve-out")
                        .number())
                + " of the host trust's nurses/NA/HCSW and "
                + IcbTrusts.pct(defaults.use("community_carve_share", "AHP", "community carve-out")
                        .number())
                + " of its AHPs (documented default: NHS Workforce Statistics put roughly 10-15% of HCHS nurses in community services; "
                + "community services here are run by the integrated trusts), split between the LAs a host serves by mid-2023 population";
    }

    private static String firstPart(Map<String, String> sources) {
        String s = sources.values().iterator().next();
        int cut = s.indexOf("; role = ");
        return cut > 0 ? s.substring(0, cut) : s;
    }
}
