package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * catchments.csv: the LAs each trust serves and its share of staff in each, by its sector's need there (population
 * where none is measured). trust_footprints.csv lists a trust's LAs; an ambulance service serves every LA of the ICB;
 * a trust of shared_trusts.csv the LAs of its area in the ICB;
 * a trust without a row serves its home LA, unless no trust of its sector has a row, when the sector's trusts are
 * pooled over all the ICB's LAs.
 *
 * <p>The shipped footprints are mental health trusts' only. Acute patients cross LA boundaries (a regional centre such
 * as Manchester University FT or the Christie serves every LA of Greater Manchester, and residents of an LA without a
 * hospital use its neighbours'), and the shared data have no LA-level patient flows (the OHID catchments are by ICB).
 * Tying a hospital trust's staff to the LAs it has sites in made those LAs a surplus and the others a shortfall that
 * is only where the hospitals stand: in GM the April 2025 acute shortfall by place was 11,692 FTE against a net acute
 * gap of 3,976. So acute trusts are pooled over the ICB by need, as in every ICB without footprints.
 */
final class CatchmentsTable {

    private CatchmentsTable() {}

    /**
     * need: sector -> place -> the base month's demand FTE ({@link NeedByPlace}); a trust's staff are shared over the
     * places it serves by its sector's need there (by population where need is null or none of those places has any).
     */
    static OutputTable build(
            ImportContext ctx,
            List<Organisation> organisations,
            Set<String> trusts,
            Map<String, Map<String, Double>> need)
            throws ImportException {
        ImportReport report = ctx.report();
        IcbPlaces places = ctx.places();
        List<String> las = places.codes();
        Map<String, String[]> footprints = new HashMap<>();
        ctx.mappings()
                .table("trust_footprints.csv", "org_code", "place_codes", "source")
                .forEach(row -> footprints.put(
                        row.text("org_code"), new String[] {row.text("place_codes"), row.text("source")}));
        Map<String, ServedAreas.Area> shared = new HashMap<>();
        ServedAreas.read(ctx.mappings(), ctx.geo()).forEach((code, area) -> {
            if (!area.ambulance()) shared.put(code, area);
        });
        OutputTable out = new OutputTable("catchments.csv", "org_code", "place_code", "share", "source");
        String src =
                "documented default: the LAs the trust serves (its trust_footprints.csv row, or every LA of the ICB "
                        + "for an ambulance service or a sector without footprints), shared by its sector's need there "
                        + "(the base month's demand, from population by age and sex, utilisation and deprivation), or by "
                        + "mid-2023 population where there is none; OHID trust catchments at LA level are not in the "
                        + "shared data";
        Map<String, List<Organisation>> bySector = new TreeMap<>();
        for (Organisation o : organisations)
            if (trusts.contains(o.code()))
                bySector.computeIfAbsent(o.sector(), k -> new ArrayList<>()).add(o);
        for (Organisation o : organisations) {
            if (!trusts.contains(o.code())) continue;
            List<String> served;
            String note;
            String[] fp = footprints.get(o.code());
            if (fp != null) {
                List<String> listed = ServedAreas.split(fp[0]);
                served = listed.stream().filter(places::contains).toList();
                note = fp[1];
                if (served.size() < listed.size())
                    report.skipped(
                            "footprint places of " + o.code() + " outside " + ctx.icb(),
                            (listed.size() - served.size()) + " places",
                            "trust_footprints.csv lists LAs that are not places of " + ctx.icb());
                if (served.isEmpty()) continue;
            } else if (shared.containsKey(baseCode(o.code()))) {
                ServedAreas.Area area = shared.get(baseCode(o.code()));
                served = las.stream().filter(area.places()::contains).toList();
                note = "the trust's staff in this dataset are already its " + ctx.icb()
                        + " share (shared_trusts.csv); they serve the LAs of its area in " + ctx.icb();
                report.mapped("catchment of " + o.code(), served.size() + " places", note);
            } else if (o.sector().equals("ambulance")) {
                served = las;
                note = "the ambulance service's staff in this dataset are already its " + ctx.icb()
                        + " share; they serve every LA of " + ctx.icb();
                report.mapped("catchment of " + o.code(), las.size() + " places", note);
            } else {
                boolean noneHasRow = bySector.get(o.sector()).stream().noneMatch(t -> footprints.containsKey(t.code()));
                if (!noneHasRow || las.size() == 1) {
                    report.defaulted(
                            "catchment of " + o.code() + " " + o.name(),
                            "home place",
                            "not in trust_footprints.csv: serves its " + "home LA " + places.name(o.place()));
                    continue;
                }
                served = las;
                note = "not in trust_footprints.csv and no " + o.sector() + " trust of " + ctx.icb()
                        + " has a footprint: the ICB's " + o.sector()
                        + " trusts are pooled over all its LAs (so no LA is left without " + o.sector() + " staff)"
                        + (o.sector().equals("acute")
                                ? "; acute patients cross LA boundaries to regional centres and neighbouring"
                                        + " hospitals, and no LA-level patient flows are published in the shared data"
                                : "");
                report.defaulted("catchment of " + o.code() + " " + o.name(), las.size() + " places", note);
            }
            Map<String, Double> sectorNeed = need == null ? null : need.get(o.sector());
            double needTotal = sectorNeed == null
                    ? 0
                    : served.stream()
                            .mapToDouble(la -> sectorNeed.getOrDefault(la, 0.0))
                            .sum();
            boolean byNeed = needTotal > 0;
            double total = byNeed
                    ? needTotal
                    : served.stream().mapToDouble(places::population).sum();
            double given = 0;
            for (int i = 0; i < served.size(); i++) {
                String la = served.get(i);
                double weight = byNeed ? sectorNeed.getOrDefault(la, 0.0) : places.population(la);
                double share =
                        i < served.size() - 1 ? OutputTable.round(weight / total, 4) : OutputTable.round(1 - given, 4);
                given += share;
                String basis = byNeed
                        ? places.name(la) + " " + o.sector() + " demand in the base month "
                                + String.format(Locale.ROOT, "%,.1f", weight) + " FTE of "
                                + String.format(Locale.ROOT, "%,.1f", total) + " in the footprint"
                        : places.name(la) + " mid-2023 population " + String.format(Locale.ROOT, "%,.0f", weight)
                                + " of " + String.format(Locale.ROOT, "%,.0f", total) + " in the footprint ("
                                + ctx.mye().file() + ")";
                out.add(o.code(), la, OutputTable.num(share, 4), src + ". " + note + "; " + basis);
            }
        }
        return out;
    }

    /** The trust's code without the sector part's suffix (RWK-COM is a part of RWK). */
    private static String baseCode(String code) {
        return code.replaceFirst("-[A-Z]+$", "");
    }
}
