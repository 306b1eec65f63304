package org.skillmix.data.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each LA's population by band for every mid-year after the estimate up to the end year: the ONS projection for
 * the LA (the 2022-based file where it covers the LA, else the 2018-based one) anchored to the mid-2023 estimate by
 * ratio, P(y)[b] = estimate[b] x projection(y)[b] / projection(2023)[b], so the projection gives the growth and the
 * estimate the level. Beyond a file's last year L each band continues its growth of the last five years,
 * P(y) = P(L) x (P(L) / P(L-5))^((y-L)/5) (a documented extrapolation). The end year is the last year every file
 * used has, or the base year + 10 if later.
 */
record ProjectedPopulation(
        Map<String, LaProjection> las, int endYear, SnppProjection snpp2022, LaProjection2018 snpp2018) {

    /** One LA's projected persons by band, by year, and where they come from. */
    record LaProjection(TreeMap<Integer, double[]> persons, String source, int lastFileYear) {}

    /** Years a band's growth is taken over when a file is extrapolated. */
    static final int TREND_YEARS = 5;

    static ProjectedPopulation build(ImportContext ctx) throws ImportException {
        ImportReport report = ctx.report();
        IcbPlaces places = ctx.places();
        SnppProjection snpp22 = SnppProjection.read(ctx.folder(), report);
        LaProjection2018 snpp18 = LaProjection2018.read(ctx.folder(), ctx.mappings(), ctx.geo(), report);
        int anchor = ctx.populationYear();
        Map<String, TreeMap<Integer, double[]>> chosen = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        int common = Integer.MAX_VALUE;
        int from2022 = 0;
        for (String la : places.codes()) {
            TreeMap<Integer, double[]> p = snpp22.of(la);
            boolean is2022 = !p.isEmpty();
            String src;
            if (is2022) {
                src = snpp22.file()
                        + ": ONS 2022-based SNPP (migration category variant), single years summed to the band";
                from2022++;
            } else {
                p = snpp18.of(la);
                if (p.isEmpty()) {
                    throw ImportException.file(
                            snpp18.file().isEmpty() ? ctx.folder().root().toString() : snpp18.file(),
                            snpp18.file().isEmpty()
                                    ? "no ONS population projection found: expected the 2018-based SNPP Table 2 for "
                                            + "every LA (ons_2018based_projection_table2_..._las_....csv, columns "
                                            + "CODE, AREA, AGE GROUP, 2018 ... 2043)"
                                    : "has no rows for LA " + la + " (" + places.name(la) + ") of " + ctx.icb());
                }
                List<String> parts = snpp18.parts(la);
                src = snpp18.file() + ": ONS 2018-based SNPP (principal), 85-89 + 90+ as 85+"
                        + (parts.size() > 1 || !parts.get(0).equals(la)
                                ? ", the 2018 districts " + String.join("+", parts) + " summed"
                                : "");
            }
            if (!p.containsKey(anchor))
                throw ImportException.file(
                        is2022 ? snpp22.file() : snpp18.file(),
                        "has no mid-" + anchor + " column to anchor LA " + la + " to the mid-" + anchor + " estimate");
            chosen.put(la, p);
            sources.put(la, src);
            common = Math.min(common, p.lastKey());
        }
        int end = Math.max(common, ctx.baseMonth().getYear() + 10);
        Map<String, LaProjection> out = new HashMap<>();
        int extrapolated = 0;
        for (String la : places.codes()) {
            TreeMap<Integer, double[]> p = chosen.get(la);
            double[][] estimate = places.persons(la);
            double[] base = p.get(anchor);
            TreeMap<Integer, double[]> anchored = new TreeMap<>();
            int last = p.lastKey();
            for (int y = anchor + 1; y <= end; y++) {
                double[] v = new double[AgeBands.BANDS.size()];
                for (int b = 0; b < v.length; b++) {
                    double growth = y <= last
                            ? ratio(p.get(y)[b], base[b])
                            : ratio(p.get(last)[b], base[b])
                                    * Math.pow(
                                            ratio(p.get(last)[b], p.get(last - TREND_YEARS)[b]),
                                            (y - last) / (double) TREND_YEARS);
                    v[b] = (estimate[0][b] + estimate[1][b]) * growth;
                }
                anchored.put(y, v);
            }
            if (last < end) extrapolated++;
            out.put(la, new LaProjection(anchored, sources.get(la), last));
        }
        report.mapped(
                "population projections",
                places.size() + " of " + places.size() + " LAs, mid-" + (anchor + 1) + " to mid-" + end,
                (from2022 > 0 ? from2022 + " from the 2022-based SNPP, " : "") + (places.size() - from2022)
                        + " from the 2018-based SNPP (" + snpp18.file() + "); each band anchored to the mid-"
                        + anchor + " estimate by ratio"
                        + (extrapolated > 0
                                ? "; " + extrapolated + " LAs beyond their file's last year by each band's growth of "
                                        + "its last " + TREND_YEARS + " years (documented extrapolation)"
                                : ""));
        return new ProjectedPopulation(out, end, snpp22, snpp18);
    }

    /** a / b, or 1 when the band is empty in the projection (no growth can be read from it). */
    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 1;
    }

    /** The ICB's projected persons of all ages in a year (the estimate in the anchor year). */
    double total(IcbPlaces places, int year) {
        double sum = 0;
        for (String la : places.codes()) {
            double[] v = las.get(la).persons().get(year);
            if (v != null) for (double x : v) sum += x;
            else sum += places.population(la);
        }
        return sum;
    }
}
