package org.skillmix.data.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillmix.core.system.Sector;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.core.uncertainty.TriangularFit;

/**
 * How fast the establishment has grown, from the published history: the current-trends baseline's growth, the
 * growth the fill rates and labour pools are calibrated to, and what a back-test projects with.
 *
 * <p>For each trust sector (acute, mental health, community, ambulance): England's trusts of the sector together,
 * g = (Σ mean FTE 2024/25 / Σ FTE at the base)^(1 / years), the mode; and the spread of the trusts' own growth
 * (each trust's (mean / base)^(1 / years)): the triangle whose P10 and P90 are the trusts' P10 and P90 (type 7
 * quantiles over the trusts, {@link TriangularFit}), so a trust's growth drawn from it spreads as England's
 * trusts' did. Trusts with no base row (community interest companies, new since) are left out. A back-test
 * leaves out the ICB's own trusts too, so it is not calibrated on what it is tested against.
 *
 * <p>Sectors the trust files do not cover (general practice, adult social care) and roles whose published
 * history differs from their sector's (GPs, practice nurses) take documented defaults (defaults.csv
 * trend_establishment_growth), each with its source.
 */
final class HistoricalGrowth {

    /** Sectors whose history the trust files give. */
    static final List<String> TRUST_SECTORS = Arrays.stream(Sector.values())
            .filter(Sector::nhsTrusts)
            .map(Sector::code)
            .toList();

    /** One scope's growth with where it comes from. */
    record Trend(String scope, Interval growth, String source) {}

    /** A trust sector's measured growth: the trend, and the figures it is computed from for the report. */
    record SectorHistory(
            Trend trend, int trusts, double baseFte, double observedFte, double p10, double p90, double local) {}

    private final Map<String, SectorHistory> sectors;
    private final Map<String, Trend> defaults;
    private final double years;
    private final GrowthCorrelation correlation;
    private final SectorParts sectorParts;
    /** Whether the ICB's own trusts were left out of the history (a back-test). */
    private final boolean leftOut;

    private HistoricalGrowth(
            Map<String, SectorHistory> sectors,
            Map<String, Trend> defaults,
            double years,
            GrowthCorrelation correlation,
            SectorParts sectorParts,
            boolean leftOut) {
        this.sectors = sectors;
        this.sectorParts = sectorParts;
        this.defaults = defaults;
        this.years = years;
        this.correlation = correlation;
        this.leftOut = leftOut;
    }

    /**
     * The growth of every trust sector over England's trusts less those in leaveOut, the ICB's own shown beside it
     * (its trusts: icbTrusts), and the defaults for the other sectors and roles.
     */
    static HistoricalGrowth measure(
            ImportContext ctx, TrustHistory history, Set<String> icbTrusts, Set<String> leaveOut)
            throws ImportException {
        double years = history.years();
        Map<String, SectorHistory> sectors = new LinkedHashMap<>();
        List<GrowthCorrelation.Growth> growths = new ArrayList<>();
        for (String sector : TRUST_SECTORS) {
            List<TrustHistory.Trust> trusts = new ArrayList<>();
            double base = 0, observed = 0, localBase = 0, localObserved = 0;
            for (TrustHistory.Trust t : history.trusts().values()) {
                if (!t.sector().equals(sector)) continue;
                if (icbTrusts.contains(t.code())) {
                    localBase += t.baseFte();
                    localObserved += t.meanObserved();
                }
                if (leaveOut.contains(t.code())) continue;
                trusts.add(t);
                base += t.baseFte();
                observed += t.meanObserved();
            }
            if (trusts.isEmpty())
                throw ImportException.file(
                        history.file(),
                        "has no " + sector + " trust with a " + history.base()
                                + " row and FTE in the sickness files: the growth of the sector cannot be measured");
            double g = Math.pow(observed / base, 1 / years);
            double[] each = trusts.stream()
                    .mapToDouble(t -> t.annualGrowth(history.base()))
                    .sorted()
                    .toArray();
            double p10 = type7(each, 0.1), p90 = type7(each, 0.9);
            Interval growth = TriangularFit.fromDeciles(g, p10, p90);
            // what a trust's own draw gives ln(growth over the history): years² × var(ln g) ≈ years² × var(g) / E[g]²
            double drawn = years * years * growth.variance() / (growth.mean() * growth.mean());
            for (TrustHistory.Trust t : trusts)
                growths.add(new GrowthCorrelation.Growth(
                        t.icb(), sector, t.baseFte(), t.meanObserved(), observed / base, drawn));
            double local = localBase > 0 ? Math.pow(localObserved / localBase, 1 / years) : Double.NaN;
            String source = "England's " + trusts.size() + " " + sector.replace('_', ' ') + " trusts"
                    + (leaveOut.isEmpty()
                            ? ""
                            : " less " + ctx.icb() + "'s own (a back-test is not calibrated on"
                                    + " what it is tested against)")
                    + ": " + OutputTable.num(base, 0) + " FTE in " + history.file() + " (" + history.base()
                    + ", every staff group, over trust_predecessors.csv) to a mean " + OutputTable.num(observed, 0)
                    + " FTE over " + history.months().get(0) + ".."
                    + history.months().get(history.months().size() - 1)
                    + " (nhs-sickness-absence FTE days available / days), " + OutputTable.num(years, 2)
                    + " years: g = (" + OutputTable.num(observed, 0) + "/" + OutputTable.num(base, 0) + ")^(1/"
                    + OutputTable.num(years, 2) + ") = " + OutputTable.num(g, 4) + "; low/high: the triangle whose"
                    + " P10/P90 are the trusts' own P10/P90 " + OutputTable.num(p10, 4) + "/" + OutputTable.num(p90, 4)
                    + (Double.isNaN(local) ? "" : "; " + ctx.icb() + "'s own trusts: " + OutputTable.num(local, 4));
            sectors.put(
                    sector,
                    new SectorHistory(
                            new Trend(sector, growth, source), trusts.size(), base, observed, p10, p90, local));
            ctx.report()
                    .mapped(
                            "trend growth " + sector,
                            OutputTable.num(g, 4) + " a year",
                            "low/mode/high " + OutputTable.num(growth.low(), 4) + "/" + OutputTable.num(g, 4) + "/"
                                    + OutputTable.num(growth.high(), 4) + "; " + source);
        }
        Map<String, Trend> defaults = new LinkedHashMap<>();
        for (String scope : List.of("primary_care", "adult_social_care", "GP", "PRACTICE_NURSE")) {
            if (!ctx.defaults().has("trend_establishment_growth", scope)) continue;
            Defaults.Default d =
                    ctx.defaults().use("trend_establishment_growth", scope, "the current-trends growth of " + scope);
            defaults.put(
                    scope,
                    new Trend(
                            scope,
                            new Interval(d.lowNumber(), d.number(), d.highNumber()),
                            "Documented default: " + d.source() + " (" + d.date() + ")"));
        }
        GrowthCorrelation correlation = GrowthCorrelation.estimate(growths);
        ctx.report()
                .mapped(
                        "trend growth correlation",
                        OutputTable.num(correlation.rho(), 3),
                        correlationSource(ctx, correlation, !leaveOut.isEmpty()));
        SectorParts parts = SectorParts.estimate(growths, correlation.totalsSquare());
        for (SectorParts.Part part : parts.parts().values())
            ctx.report()
                    .mapped(
                            "trend growth sector part " + part.sector(),
                            "variance " + OutputTable.fine(part.variance(), 5) + " over the history",
                            "the " + part.icbs() + " ICBs' " + part.sector().replace('_', ' ') + " totals: mean square"
                                    + " log deviation " + OutputTable.fine(part.totalsSquare(), 5)
                                    + ", the trusts' own draws " + OutputTable.fine(part.drawnSquare(), 5)
                                    + ", the common part " + OutputTable.fine(parts.commonVariance(), 5));
        return new HistoricalGrowth(sectors, defaults, years, correlation, parts, !leaveOut.isEmpty());
    }

    /** Where the correlation of trusts' growth within an ICB comes from, for the report and assumptions.csv. */
    static String correlationSource(ImportContext ctx, GrowthCorrelation c, boolean leftOut) {
        return "Correlation of England's trusts' annual establishment growth within their ICBs, "
                + c.trusts() + " trusts in " + c.icbs() + " ICBs"
                + (leftOut ? " (less " + ctx.icb() + "'s own trusts)" : "")
                + ", the same history as trend_establishment_growth (HCHS June 2018 to the sickness-absence FTE of"
                + " 2024/25), ln growth less its sector's, the ICBs' totals against their trusts' variance (method"
                + " of moments): common variance " + OutputTable.num(c.commonVariance(), 5) + " of "
                + OutputTable.num(c.totalVariance(), 5) + ", rho = " + OutputTable.num(c.rho(), 3)
                + "; the ICBs' totals against England's sectors vary (mean r^2) "
                + OutputTable.fine(c.totalsSquare(), 5)
                + " against " + OutputTable.fine(c.drawnSquare(), 5) + " that independent draws of their trusts would"
                + " give them, which narrow with the number of trusts as the history's errors do not; so the engine"
                + " centres the trusts' own draws on their system and draws a part common to them with the totals'"
                + " mean square (trend_growth_common)"
                + "; docs/backtest.md)";
    }

    /**
     * The growth common to an ICB's trusts, a factor a year around 1 (trend_growth_common): the engine centres the
     * trusts' own draws on the system and multiplies them by it, so an ICB's total spreads as history spread the
     * ICBs' totals about England's, whatever its number of trusts. Over the history (years Y) the totals' log
     * deviation from what England's sector growth gives their trusts has mean square r² (GrowthCorrelation, less
     * the tested ICB's trusts in a back-test), of which the sector parts carry some ({@link SectorParts}); what is
     * left, V_c, is a growth-rate difference held over the years, sd a year sqrt(V_c) / Y, and the symmetric
     * triangle with that sd has half-width sqrt(6) sqrt(V_c) / Y.
     */
    Trend commonGrowth(ImportContext ctx) {
        double common = sectorParts.commonVariance();
        double half = Math.sqrt(6 * common) / years;
        return new Trend(
                "ALL",
                new Interval(1 - half, 1, 1 + half),
                "How an ICB's trusts together grew unlike England's: the " + correlation.icbs() + " ICBs' trust totals"
                        + " against what England's sector growth gives their trusts from June 2018 to 2024/25, "
                        + correlation.trusts() + " trusts"
                        + (leftOut ? " less " + ctx.icb() + "'s own, which a back-test is tested on" : "")
                        + ": mean square log deviation " + OutputTable.fine(correlation.totalsSquare(), 5)
                        + ", less what the sector parts give the totals (trend_growth_sector): "
                        + OutputTable.fine(common, 5) + " over " + OutputTable.num(years, 2) + " years, an sd of "
                        + OutputTable.num(Math.sqrt(common) / years * 100, 2)
                        + "% a year; low/high the triangle with that sd (half-width sqrt(6) sd). Each trust's own"
                        + " draw is centred on the system, so this and the sector parts alone move the system's"
                        + " total (docs/method.md Baselines; docs/backtest.md)");
    }

    /**
     * The growth of a trust sector's part of an ICB, a factor a year around 1 (trend_growth_sector), or empty where
     * the history's sector totals spread no further than the common part and the trusts' own draws do: the triangle
     * whose sd a year is sqrt(v_k) / Y ({@link SectorParts}).
     */
    Optional<Trend> sectorGrowth(ImportContext ctx, String sector) {
        SectorParts.Part part = sectorParts.of(sector);
        if (part == null || !(part.variance() > 0)) return Optional.empty();
        double half = Math.sqrt(6 * part.variance()) / years;
        String name = sector.replace('_', ' ');
        return Optional.of(new Trend(
                sector,
                new Interval(1 - half, 1, 1 + half),
                "How an ICB's " + name + " trusts together grew unlike England's " + name + " trusts beyond the"
                        + " system's common part and their own draws (services carved out between sectors, a"
                        + " sector's own commissioning): the " + part.icbs() + " ICBs' " + name + " totals against"
                        + " England's " + name + " growth from June 2018 to 2024/25"
                        + (leftOut ? ", less " + ctx.icb() + "'s own trusts, which a back-test is tested on" : "")
                        + ": mean square log deviation " + OutputTable.fine(part.totalsSquare(), 5)
                        + ", of which the trusts' own draws give " + OutputTable.fine(part.drawnSquare(), 5)
                        + " and the common part " + OutputTable.fine(sectorParts.commonVariance(), 5) + "; the rest "
                        + OutputTable.fine(part.variance(), 5) + " over " + OutputTable.num(years, 2)
                        + " years, an sd of " + OutputTable.num(Math.sqrt(part.variance()) / years * 100, 2)
                        + "% a year; low/high the triangle with that sd (method of moments, docs/method.md"
                        + " Baselines; docs/backtest.md)"));
    }

    /** The correlation of the ICB's trusts' growth: the share of a trust's growth it shares with its ICB. */
    GrowthCorrelation correlation() {
        return correlation;
    }

    /** Type 7 quantile (Hyndman and Fan; Excel's PERCENTILE.INC) of sorted values. */
    static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= sorted.length) return sorted[lo];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    Map<String, SectorHistory> sectors() {
        return sectors;
    }

    /** The years of history the trust sectors' growth is measured over. */
    double years() {
        return years;
    }

    /** Every sector and role row: the trust sectors', then the defaults'. */
    List<Trend> rows() {
        List<Trend> rows = new ArrayList<>();
        sectors.values().forEach(s -> rows.add(s.trend()));
        rows.addAll(defaults.values());
        return rows;
    }

    /** The trend of a trust sector, or empty for a sector the trust files do not cover. */
    Optional<Trend> sector(String sector) {
        SectorHistory s = sectors.get(sector);
        return s != null ? Optional.of(s.trend()) : Optional.ofNullable(defaults.get(sector));
    }

    /** The trend a line takes for its role, then sector (as the engine resolves it after the organisation). */
    Optional<Trend> of(String role, String sector) {
        Trend byRole = defaults.get(role);
        return byRole != null ? Optional.of(byRole) : sector(sector);
    }
}
