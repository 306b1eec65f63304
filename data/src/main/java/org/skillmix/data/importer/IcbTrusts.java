package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ICB's NHS trusts: the organisations the sickness files map to it (acute, mental health, community,
 * ambulance) and the ambulance services that serve it (with the ICB's population share of their FTE); each
 * trust's mean FTE split by its June 2018 staff-group mix (its predecessors' together, or its sector's national
 * mix) and the staff groups split into roles; its sickness rate; its home place.
 */
record IcbTrusts(
        SicknessAbsenceFiles sickness,
        Map<String, SicknessAbsenceFiles.Org> files,
        List<Organisation> organisations,
        Map<String, Map<String, Double>> roles,
        Map<String, Map<String, String>> roleSources,
        Map<String, Rate> sicknessRates,
        Map<String, IcbImport.TrustBaseline> baselines,
        Rate englandSickness,
        String largestAcute) {

    static final Map<String, String> SECTOR_OF_TYPE = Map.of(
            "Acute",
            "acute",
            "Mental Health",
            "mental_health",
            "Community Provider Trust",
            "community",
            "Ambulance",
            "ambulance");

    /** The trusts' ODS codes (as the published files name them). */
    Set<String> codes() {
        return files.keySet();
    }

    /** The dataset's organisation codes of the trusts: a mixed trust's parts (code-MH, code-COM...) included. */
    Set<String> orgCodes() {
        Set<String> codes = new java.util.LinkedHashSet<>();
        organisations.forEach(o -> codes.add(o.code()));
        return codes;
    }

    static IcbTrusts read(ImportContext ctx) throws ImportException {
        return read(ctx, TrustSources.read(ctx));
    }

    static IcbTrusts read(ImportContext ctx, TrustSources files) throws ImportException {
        ImportReport report = ctx.report();
        String icb = ctx.icb();
        SicknessAbsenceFiles sickness = files.sickness();
        TrustNames names = files.names();
        String month = ctx.hchsMonth();
        HchsWorkforceWorkbook hchs = files.hchs();
        TrustLineage lineage = files.lineage();

        // The ICB's trusts: the sickness files' map, plus ambulance services that serve it.
        Map<String, SicknessAbsenceFiles.Org> trusts = new TreeMap<>();
        Map<String, Double> shareInIcb = new HashMap<>();
        Map<String, String> shareNote = new HashMap<>();
        List<SicknessAbsenceFiles.Org> others = new ArrayList<>();
        for (String code : ctx.icbCodes()) {
            for (SicknessAbsenceFiles.Org org : sickness.trustsOf(code)) trusts.put(org.code, org);
            others.addAll(sickness.othersOf(code));
        }
        for (SicknessAbsenceFiles.Org other : others) {
            report.skipped(
                    "organisation " + other.code + " " + other.name + " (" + other.type + ")",
                    "1 organisation",
                    "mapped to " + icb
                            + " by the sickness files but not a trust (the ICB itself, a support unit or other body)");
        }
        Map<String, ServedAreas.Area> areas = ServedAreas.read(ctx.mappings(), ctx.geo());
        for (ServedAreas.Area area : areas.values()) {
            if (area.places().stream().noneMatch(ctx.places()::contains)) {
                if (trusts.containsKey(area.code())) {
                    report.skipped(
                            area.kind() + " " + area.code(),
                            "1 organisation",
                            "mapped to " + icb + " by the sickness files, but " + area.file()
                                    + " says it does not serve " + icb);
                    trusts.remove(area.code());
                }
                continue;
            }
            SicknessAbsenceFiles.Org org = sickness.org(area.code());
            if (org == null) {
                report.skipped(
                        area.kind() + " " + area.code(),
                        "0 FTE",
                        "listed as serving " + icb + " in " + area.file() + " but absent from the sickness files");
                continue;
            }
            trusts.put(area.code(), org);
            double inIcb = 0;
            double all = 0;
            for (String la : area.places()) {
                double p =
                        ctx.mye().la(la).map(MidYearEstimates.LaPopulation::all).orElse(0.0);
                all += p;
                if (ctx.places().contains(la)) inIcb += p;
            }
            double share = inIcb / all;
            shareInIcb.put(area.code(), share);
            String covered = area.ambulance()
                    ? area.places().size() + " LAs of " + String.join(", ", area.icbs())
                            + (area.extra().isEmpty() ? "" : " + " + String.join(", ", area.extra()))
                    : area.places().size() + " LAs in " + String.join(", ", area.icbs());
            shareNote.put(
                    area.code(),
                    "; x " + icb + " share of the population the service covers " + OutputTable.num(share, 3) + " ("
                            + covered + "; MYE 2023)");
            report.mapped(
                    area.kind() + " " + area.code() + " " + org.name,
                    OutputTable.num(share, 4) + " of its FTE",
                    "serves " + icb + "; share = the ICB's mid-2023 population / the population of the LAs it covers "
                            + "(" + area.file() + ": " + area.source() + ")");
        }
        for (SicknessAbsenceFiles.Org org : trusts.values()) {
            if (org.fteByMonth.size() < sickness.months().size()) {
                report.mapped(
                        "trust " + org.code + " in some months only",
                        org.fteByMonth.size() + " of " + sickness.months().size() + " months",
                        "FTE averaged and sickness summed over the months it appears in");
            }
            if (org.names.size() > 1) {
                report.mapped(
                        "trust " + org.code + " renamed",
                        org.names.size() + " names",
                        String.join(" -> ", org.names) + "; the code is kept");
            }
        }

        TrustHomes homes = TrustHomes.read(ctx.mappings(), ctx.places(), ctx.geo(), names);
        StaffGroupRoles split = StaffGroupRoles.read(ctx.mappings());
        MixedTrusts mixed = MixedTrusts.read(ctx.mappings(), sickness);

        String sickSrc =
                "nhs-sickness-absence " + sickness.range() + ": sum FTE_DAYS_LOST / sum FTE_DAYS_AVAILABLE over "
                        + sickness.months().size() + " months";
        String hchsSrc = ctx.asAtBase()
                ? hchs.file() + " (NHS Digital, " + month + "): the trust's FTE in the staff group (summed over "
                        + "nationality%s), as it stood at the base month"
                : hchs.file() + " (NHS Digital, " + month
                        + "): share of the trust's total FTE in the staff group (summed over "
                        + "nationality%s) x mean FTE from sickness-absence FTE_DAYS_AVAILABLE/days, "
                        + sickness.range();
        List<Organisation> orgs = new ArrayList<>();
        Map<String, Map<String, Double>> trustRoles = new LinkedHashMap<>();
        Map<String, Map<String, String>> trustRoleSource = new LinkedHashMap<>();
        Map<String, Rate> sicknessRate = new HashMap<>();
        Map<String, IcbImport.TrustBaseline> baselines = new LinkedHashMap<>();
        Map<String, Double> largestAcute = new TreeMap<>();
        for (SicknessAbsenceFiles.Org org : trusts.values()) {
            String sector = SECTOR_OF_TYPE.get(org.type);
            String name = names.name(org.code).orElse(org.name);
            ServedAreas.Area area = areas.get(org.code);
            // A trust serving part of the ICB only (shared_trusts.csv) has its home, when its head office is
            // elsewhere, among the places it serves here.
            TrustHomes.Home home = homes.of(
                    org.code,
                    name,
                    area == null || area.ambulance()
                            ? ctx.places().codes()
                            : ctx.places().codes().stream()
                                    .filter(area.places()::contains)
                                    .toList());
            if (home.guessed())
                report.defaulted(
                        "home place of " + org.code + " " + name, ctx.places().name(home.place()), home.why());
            // Staff-group mix of the trust's predecessors in the HCHS file.
            List<String> preds = lineage.codesOf(org.code);
            Map<String, Double> basis = new TreeMap<>();
            for (String p : preds) hchs.of(p).ifPresent(m -> m.forEach((g, v) -> basis.merge(g, v, Double::sum)));
            boolean national = basis.isEmpty();
            String mixNote = preds.size() > 1
                    ? " of " + String.join("+", preds) + " (predecessors: " + lineage.note(org.code) + ")"
                    : "";
            if (national && ctx.asAtBase()) {
                report.skipped(
                        "trust " + org.code + " " + name,
                        ImportReport.figure(org.meanFte(), 0) + " FTE today",
                        "no row in the HCHS " + month + " file for " + String.join("+", preds)
                                + ": a dataset as it stood then cannot hold it (not an NHS trust then, or a merger"
                                + " trust_predecessors.csv does not list)");
                continue;
            }
            if (national) {
                for (var e : hchs.all().entrySet()) {
                    SicknessAbsenceFiles.Org now = sickness.org(lineage.heirOf(e.getKey()));
                    if (now != null && sector.equals(SECTOR_OF_TYPE.get(now.type)))
                        e.getValue().forEach((g, v) -> basis.merge(g, v, Double::sum));
                }
                mixNote = " of every " + sector + " trust in England in the file (national-average mix: " + org.code
                        + " has no row in the HCHS file; a new or merged trust)";
                report.defaulted(
                        "staff-group mix of " + org.code + " " + name,
                        "national " + sector + " mix",
                        "no HCHS " + month + " row for " + String.join("+", preds)
                                + "; add its predecessors to trust_predecessors.csv to use their mix");
            }
            double total =
                    basis.values().stream().mapToDouble(Double::doubleValue).sum();
            double share = shareInIcb.getOrDefault(org.code, 1.0);
            // Today's FTE split by the staff-group mix; or, as it stood at the base month, the file's own FTE.
            double scale = (ctx.asAtBase() ? total : org.meanFte()) * share;
            Map<String, Double> groupFte = new TreeMap<>();
            basis.forEach((g, v) -> groupFte.put(g, v / total * scale));
            baselines.put(
                    org.code,
                    new IcbImport.TrustBaseline(
                            org.code,
                            sector,
                            org.meanFte(),
                            share,
                            preds,
                            national ? Map.of() : basis,
                            groupFte,
                            national));
            String origin = "ODS " + org.code + "; name from "
                    + (names.name(org.code).isPresent()
                            ? "geography-lookups/nhs_trust22_points.csv"
                            : "the sickness files")
                    + "; ICB " + icb + " per nhs-sickness-absence ICS_CODE"
                    + (area == null ? "" : " / " + area.file()) + "; " + home.why();
            for (MixedTrusts.Part part : mixed.of(org.code, sector)) {
                orgs.add(new Organisation(
                        part.code(),
                        name + part.nameSuffix(),
                        part.sector(),
                        home.place(),
                        origin + (part.note().isEmpty() ? "" : "; " + part.sector() + " part: " + part.note())));
                if (!part.note().isEmpty())
                    report.defaulted(
                            "sectors of " + org.code + " " + name, part.code() + " " + part.sector(), part.note());
                if (part.sector().equals("acute")) largestAcute.put(part.code(), scale * part.share());
                Map<String, Map<String, Double>> sectorSplit = split.of(part.sector());
                if (sectorSplit == null) {
                    throw ImportException.file(
                            "mappings/staff_group_roles.csv",
                            "has no rows for sector " + part.sector() + " (trust " + org.code + ")");
                }
                Map<String, Double> byRole = new LinkedHashMap<>();
                Map<String, List<String>> parts = new LinkedHashMap<>();
                for (var g : sectorSplit.entrySet()) {
                    for (var r : g.getValue().entrySet()) {
                        double fte = groupFte.getOrDefault(g.getKey(), 0.0) * part.share() * r.getValue();
                        byRole.merge(r.getKey(), fte, Double::sum);
                        parts.computeIfAbsent(r.getKey(), k -> new ArrayList<>())
                                .add(pct(r.getValue()) + " of " + g.getKey());
                    }
                }
                Set<String> notModelled = new TreeSet<>(groupFte.keySet());
                notModelled.removeAll(sectorSplit.keySet());
                double left = notModelled.stream().mapToDouble(groupFte::get).sum() * part.share();
                report.mapped(
                        "trust " + part.code() + " " + name + part.nameSuffix() + " (" + part.sector() + ")",
                        ImportReport.figure(scale * part.share(), 1) + " FTE",
                        (ctx.asAtBase()
                                        ? "HCHS " + month + " FTE " + ImportReport.figure(total, 1)
                                        : "mean FTE " + ImportReport.figure(org.meanFte(), 1))
                                + (share < 1 ? " x " + OutputTable.num(share, 4) : "")
                                + (part.share() < 1 ? " x " + OutputTable.num(part.share(), 3) : "") + "; "
                                + ImportReport.figure(left, 1) + " FTE in staff groups not modelled ("
                                + String.join(", ", notModelled) + ")");
                trustRoles.put(part.code(), byRole);
                Map<String, String> sources = new LinkedHashMap<>();
                for (var r : byRole.entrySet()) {
                    sources.put(
                            r.getKey(),
                            String.format(hchsSrc, mixNote) + shareNote.getOrDefault(org.code, "")
                                    + (part.share() < 1
                                            ? "; x " + OutputTable.num(part.share(), 3) + " " + part.sector() + " part"
                                            : "")
                                    + "; role = " + String.join(" + ", parts.get(r.getKey())) + " (split: "
                                    + split.note(part.sector()) + ")");
                }
                trustRoleSource.put(part.code(), sources);
                sicknessRate.put(part.code(), new Rate(org.sicknessRate(), sickSrc + " for " + org.code));
            }
        }
        String largest = largestAcute.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        return new IcbTrusts(
                sickness,
                trusts,
                List.copyOf(orgs),
                trustRoles,
                trustRoleSource,
                sicknessRate,
                baselines,
                new Rate(sickness.englandRate(), sickSrc),
                largest);
    }

    static String pct(double share) {
        return OutputTable.num(share * 100, 0) + "%";
    }
}
