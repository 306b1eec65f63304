package org.skillmix.data.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * How much ONS population projections get revised, measured on the published files, as the interval of the
 * population error the engine samples (assumptions.csv population_error_per_year: each projected figure x
 * (1 + e x (year - base year)), e drawn once per draw). For every ICB, the growth of its population over ten years
 * from mid-2022 in the 2022-based projection by sub-ICB location is set against the growth of the same ICB's LAs in
 * the 2018-based projection: r = (g2022 / g2018 - 1) / 10, the revision per year. The interval is symmetric around
 * 0 (the projection is taken as unbiased) with half-width the 90th percentile of |r| over the ICBs. Without the
 * sub-ICB file the documented default of that name is used. The ICB's own projected total is also checked against
 * the 2022-based one (a report line).
 */
record PopulationRevision(double low, double mode, double high, String source) {

    static final int FROM = 2022;
    static final int YEARS = 10;
    static final double QUANTILE = 0.9;

    static PopulationRevision measure(ImportContext ctx, ProjectedPopulation projected) throws ImportException {
        ImportReport report = ctx.report();
        SubIcbProjection2022 sub = SubIcbProjection2022.read(ctx.folder(), ctx.geo(), report);
        check(ctx, projected, sub);
        LaProjection2018 snpp18 = projected.snpp2018();
        List<Double> revisions = new ArrayList<>();
        for (String icb : ctx.geo().icbCodes()) {
            TreeMap<Integer, Double> p22 = sub.of(icb);
            List<String> las = ctx.geo().lasOf(icb);
            double a18 = snpp18.total(las, FROM);
            double b18 = snpp18.total(las, FROM + YEARS);
            if (!p22.containsKey(FROM) || !p22.containsKey(FROM + YEARS) || a18 <= 0 || b18 <= 0) continue;
            double g22 = p22.get(FROM + YEARS) / p22.get(FROM);
            revisions.add((g22 / (b18 / a18) - 1) / YEARS);
        }
        if (revisions.size() < 10) {
            Defaults.Default d =
                    ctx.defaults().use("population_error_per_year", "population growth error sampled by the engine");
            report.defaulted(
                    "population error per year",
                    d.low() + "/" + d.value() + "/" + d.high(),
                    "the 2022-based projections by sub-ICB location are not in --from (" + revisions.size()
                            + " ICBs measured): documented default");
            return new PopulationRevision(d.lowNumber(), d.number(), d.highNumber(), d.source());
        }
        List<Double> abs = revisions.stream().map(Math::abs).sorted().toList();
        double x = abs.get((int) Math.ceil(QUANTILE * abs.size()) - 1);
        double mean =
                revisions.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String source = String.format(
                Locale.ROOT,
                "Revision of ONS projections measured on the published files: for each of %d ICBs, r = (g2022 / g2018 - 1)"
                        + " / %d with g the growth of the ICB's population mid-%d to mid-%d in the 2022-based projection by"
                        + " sub-ICB location (%s) and in the 2018-based SNPP of its LAs (%s); low/high = -/+ the %.0fth"
                        + " percentile of |r| (%s), mode 0 (projections taken as unbiased; the mean revision was %s a"
                        + " year, range %s to %s). The engine multiplies each projected figure by"
                        + " (1 + e x (year - base year)), e drawn once per draw",
                revisions.size(),
                YEARS,
                FROM,
                FROM + YEARS,
                sub.file(),
                snpp18.file(),
                QUANTILE * 100,
                fmt(x),
                fmt(mean),
                fmt(revisions.stream().mapToDouble(Double::doubleValue).min().orElseThrow()),
                fmt(revisions.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
        report.mapped(
                "population error per year (assumptions.csv population_error_per_year)",
                "-" + fmt(x) + "/0/+" + fmt(x),
                "revision of the 2018-based projection by the 2022-based one over " + revisions.size() + " ICBs");
        return new PopulationRevision(-x, 0, x, source);
    }

    /** The ICB's projected total (anchored, as written) against the 2022-based projection of its sub-ICB locations. */
    private static void check(ImportContext ctx, ProjectedPopulation projected, SubIcbProjection2022 sub) {
        TreeMap<Integer, Double> p22 = new TreeMap<>();
        for (String code : ctx.icbCodes()) sub.of(code).forEach((y, v) -> p22.merge(y, v, Double::sum));
        if (p22.isEmpty()) {
            ctx.report()
                    .skipped(
                            "population check against the 2022-based projection by sub-ICB location",
                            "0",
                            sub.file().isEmpty()
                                    ? "the file is not in --from"
                                    : "the file has no sub-ICB of " + ctx.icb());
            return;
        }
        StringBuilder detail = new StringBuilder();
        int base = ctx.baseMonth().getYear();
        for (int y : new int[] {base, base + 5, base + 10}) {
            if (!p22.containsKey(y) || y > projected.endYear()) continue;
            double ours = projected.total(ctx.places(), y);
            if (detail.length() > 0) detail.append("; ");
            detail.append(String.format(
                    Locale.ROOT,
                    "mid-%d %,.0f against %,.0f (%+.1f%%)",
                    y,
                    ours,
                    p22.get(y),
                    (ours / p22.get(y) - 1) * 100));
        }
        ctx.report()
                .mapped(
                        "population check: the ICB's projection against the 2022-based projection by sub-ICB location",
                        ctx.places().size() + " LAs",
                        detail + " (" + sub.file() + "; the sub-ICB locations are on 2023 ICB boundaries, the LAs are"
                                + " whole, so a difference in level is expected where an LA is split across ICBs)");
    }

    /** Six decimals, as written to assumptions.csv (a share a year is small). */
    static String fmt(double x) {
        return new BigDecimal(x)
                .setScale(6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }
}
