package org.skillmix.core.demand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.Utilisation;

/**
 * Capability demand in FTE, by capability x sector x place x month (DESIGN section 5):
 *
 * <pre>
 * D[k,p,t] = sum_s sum_a Pop[p,a,y(t)] * u[s,a] * g[s]^(t/12) * season[s,p,m(t)] * dep[s,p] * unmet[s] * h[s,k] / H[k] / 12
 * </pre>
 *
 * Staff are a stock: the FTE needed in a month is the month's activity per day times the hours per
 * activity over the productive hours of an FTE per day, so season is the month's activity per day over the
 * year's mean per day, and a short month (February) needs as many staff as a long one at the same daily
 * rate. With H per average month (365.2425 / 12 days), Pop * u / 12 * season * h / H is exactly that.
 *
 * Everything but g and unmet is certain, so the product of the certain factors is computed once per
 * service x place x month here; a draw then costs one multiply per (service, place, capability).
 * Demand of a service is attributed to the service's sector, so cells are capability x sector x place.
 *
 * <p>Rules: population is summed over sexes; a utilisation row for sex "ALL" applies to a sex that has
 * no row of its own; financial year Y/Y+1 uses the mid-year Y population, the latest year at or before
 * Y, or the first year when Y precedes them all; seasonality profiles (service, place) override
 * (service, "ALL") and are rescaled to a day-weighted mean of exactly 1 ({@link Seasonality#dayWeightedMean}); dep = (IMD score / reference)^elasticity,
 * 1 for a place without a deprivation row.
 */
public final class DemandModel {
    public static final int SECTORS = Sector.values().length;

    private final YearMonth baseMonth;
    private final int months;
    private final List<String> places = new ArrayList<>();
    private final List<String> capabilities = new ArrayList<>();
    private final List<Service> services;
    private final Map<String, Integer> placeIndex = new HashMap<>();
    private final Map<String, Integer> capabilityIndex = new HashMap<>();
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final int[] sectorOfService;
    private final int[][] capsOfService;
    private final double[][] hoursOverH;
    private final double[] productiveHours;
    /** [service][place][month]: sum_a Pop*u * season * dep / 12. */
    private final double[][][] certain;

    private final int[] yearsAhead;
    private final double[][][] season;
    private final double[][] dep;
    private final DeprivationShift deprivationShift;
    private final List<NavigableMap<Integer, Map<String, Double>>> population;
    private final List<Map<String, Double>> utilisation;

    public DemandModel(SystemModel model, int months) {
        this.baseMonth = model.info().baseMonth();
        this.months = months;
        model.places().forEach(p -> {
            placeIndex.put(p.code(), places.size());
            places.add(p.code());
        });
        model.capabilities().forEach(c -> {
            capabilityIndex.put(c.code(), capabilities.size());
            capabilities.add(c.code());
        });
        services = model.services();
        for (int s = 0; s < services.size(); s++)
            serviceIndex.put(services.get(s).code(), s);
        int nS = services.size(), nP = places.size();
        productiveHours = model.capabilities().stream()
                .mapToDouble(Capability::productiveHoursPerFteMonth)
                .toArray();

        sectorOfService = new int[nS];
        for (int s = 0; s < nS; s++)
            sectorOfService[s] = services.get(s).sector().ordinal();
        List<List<CapabilityHours>> hoursBy = new ArrayList<>();
        for (int s = 0; s < nS; s++) hoursBy.add(new ArrayList<>());
        for (CapabilityHours h : model.capabilityHours()) {
            Integer s = serviceIndex.get(h.serviceCode());
            if (s != null && capabilityIndex.containsKey(h.capabilityCode()) && h.hoursPerActivity() > 0)
                hoursBy.get(s).add(h);
        }
        capsOfService = new int[nS][];
        hoursOverH = new double[nS][];
        for (int s = 0; s < nS; s++) {
            List<CapabilityHours> hs = hoursBy.get(s);
            capsOfService[s] = new int[hs.size()];
            hoursOverH[s] = new double[hs.size()];
            for (int j = 0; j < hs.size(); j++) {
                int k = capabilityIndex.get(hs.get(j).capabilityCode());
                capsOfService[s][j] = k;
                hoursOverH[s][j] = hs.get(j).hoursPerActivity() / productiveHours[k];
            }
        }

        population = new ArrayList<>();
        for (int p = 0; p < nP; p++) population.add(new TreeMap<>());
        for (PopulationCount c : model.population()) {
            Integer p = placeIndex.get(c.placeCode());
            if (p == null) continue;
            population
                    .get(p)
                    .computeIfAbsent(c.year(), y -> new TreeMap<>())
                    .merge(c.sex() + "|" + c.ageBand(), c.persons(), Double::sum);
        }
        utilisation = new ArrayList<>();
        for (int s = 0; s < nS; s++) utilisation.add(new HashMap<>());
        for (Utilisation u : model.utilisation()) {
            Integer s = serviceIndex.get(u.serviceCode());
            if (s != null)
                utilisation.get(s).merge(u.sex() + "|" + u.ageBand(), u.activityPerPersonYear(), Double::sum);
        }

        season = new double[nS][nP][];
        buildSeasonality(model.seasonality());
        dep = new double[nS][nP];
        Map<String, Double> imd = new HashMap<>();
        for (Deprivation d : model.deprivation()) imd.put(d.placeCode(), d.imdScore());
        double reference = model.info().referenceImdScore();
        for (int s = 0; s < nS; s++) {
            double e = services.get(s).deprivationElasticity();
            for (int p = 0; p < nP; p++) {
                Double score = imd.get(places.get(p));
                dep[s][p] = (score == null || e == 0) ? 1.0 : Math.pow(score / reference, e);
            }
        }

        yearsAhead = new int[months];
        int baseYear = FinancialYear.of(baseMonth).startYear();
        for (int t = 0; t < months; t++)
            yearsAhead[t] = FinancialYear.of(baseMonth.plusMonths(t)).startYear() - baseYear;
        certain = new double[nS][nP][months];
        Map<Long, Double> activityCache = new HashMap<>();
        for (int t = 0; t < months; t++) {
            YearMonth month = baseMonth.plusMonths(t);
            int fy = FinancialYear.of(month).startYear();
            int m = month.getMonthValue() - 1;
            for (int s = 0; s < nS; s++) {
                for (int p = 0; p < nP; p++) {
                    int year = populationYear(p, fy);
                    long key = ((long) s * nP + p) * 100_000L + (year + 50_000);
                    final int ss = s, pp = p;
                    double activity = activityCache.computeIfAbsent(key, k -> annualActivity(ss, pp, year));
                    certain[s][p][t] = activity * season[s][p][m] * dep[s][p] / 12.0;
                }
            }
        }
        double[][] exponent = new double[nS][nP], weight = new double[nS][nP];
        for (int s = 0; s < nS; s++)
            for (int p = 0; p < nP; p++) {
                Double score = imd.get(places.get(p));
                double e = services.get(s).deprivationElasticity();
                exponent[s][p] = score == null || e == 0 ? 0 : e * Math.log(score / reference);
                for (int t = 0; t < Math.min(12, months); t++) weight[s][p] += certain[s][p][t];
            }
        deprivationShift = new DeprivationShift(exponent, weight);
    }

    /** How a draw's deprivation_elasticity_factor moves each service's demand between places. */
    public DeprivationShift deprivationShift() {
        return deprivationShift;
    }

    private void buildSeasonality(List<Seasonality> rows) {
        int nS = services.size(), nP = places.size();
        Map<String, double[]> profiles = new HashMap<>();
        for (Seasonality row : rows) {
            if (row.month() < 1 || row.month() > 12) continue;
            profiles.computeIfAbsent(row.serviceCode() + "|" + row.placeCode(), k -> new double[12])[row.month() - 1] +=
                    row.multiplier();
        }
        for (double[] profile : profiles.values()) {
            // The dataset promises a day-weighted mean of 1 within 0.01; rescaling makes it exactly 1, so the
            // year's FTE-days are the unseasonal figure's and a profile only moves demand between months.
            double mean = Seasonality.dayWeightedMean(profile);
            if (mean > 0) for (int m = 0; m < 12; m++) profile[m] = profile[m] / mean;
        }
        double[] flat = new double[12];
        java.util.Arrays.fill(flat, 1.0);
        for (int s = 0; s < nS; s++) {
            String code = services.get(s).code();
            double[] general = profiles.get(code + "|ALL");
            for (int p = 0; p < nP; p++) {
                double[] own = profiles.get(code + "|" + places.get(p));
                season[s][p] = own != null ? own : general != null ? general : flat;
            }
        }
    }

    /** The mid-year population year used for financial year fy in place p (or Integer.MIN_VALUE if it has none). */
    public int populationYear(int p, int fy) {
        NavigableMap<Integer, Map<String, Double>> byYear = population.get(p);
        if (byYear.isEmpty()) return Integer.MIN_VALUE;
        Integer year = byYear.floorKey(fy);
        return year != null ? year : byYear.firstKey();
    }

    /** Persons of a sex and age band in a place and population year (0 if none). */
    public double persons(int p, int year, String sex, String ageBand) {
        Map<String, Double> counts = population.get(p).get(year);
        return counts == null ? 0 : counts.getOrDefault(sex + "|" + ageBand, 0.0);
    }

    /** The (sex, age band) pairs counted in a place's population year, sorted. */
    public List<String[]> sexAgeBands(int p, int year) {
        Map<String, Double> counts = population.get(p).get(year);
        List<String[]> out = new ArrayList<>();
        if (counts != null) counts.keySet().stream().sorted().forEach(k -> out.add(k.split("\\|", 2)));
        return out;
    }

    /** u[s, band] for one sex: the sex's own row, else the "ALL" row, else 0. */
    public double utilisation(int s, String sex, String ageBand) {
        Map<String, Double> u = utilisation.get(s);
        Double own = u.get(sex + "|" + ageBand);
        if (own != null) return own;
        return u.getOrDefault("ALL|" + ageBand, 0.0);
    }

    /** sum over (sex, band) in key order of persons x u[s, sex, band]; the counts are sorted maps, keyed "sex|band". */
    private double annualActivity(int s, int p, int year) {
        if (year == Integer.MIN_VALUE) return 0;
        Map<String, Double> counts = population.get(p).get(year);
        Map<String, Double> u = utilisation.get(s);
        double total = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            String key = e.getKey();
            Double own = u.get(key);
            double rate = own != null ? own : u.getOrDefault("ALL" + key.substring(key.indexOf('|')), 0.0);
            total += e.getValue() * rate;
        }
        return total;
    }

    /**
     * Adds demand in FTE for month t into out, indexed by {@link #cell}. growthPower[s] is g[s]^(t/12)
     * and unmet[s] the unmet-need uplift of this draw.
     */
    public void addDemand(int t, double[] growthPower, double[] unmet, double[] out) {
        addDemand(t, growthPower, unmet, 1.0, out);
    }

    /**
     * As {@link #addDemand(int, double[], double[], double[])} with every population figure of month t
     * multiplied by populationFactor ({@link #populationFactor}); a factor of exactly 1 changes nothing.
     */
    public void addDemand(int t, double[] growthPower, double[] unmet, double populationFactor, double[] out) {
        add(t, growthPower, unmet, populationFactor, null, false, out);
    }

    /** As above with each service and place's demand multiplied by placeFactor[s][p] ({@link DeprivationShift}). */
    public void addDemand(
            int t,
            double[] growthPower,
            double[] unmet,
            double populationFactor,
            double[][] placeFactor,
            double[] out) {
        add(t, growthPower, unmet, populationFactor, placeFactor, false, out);
    }

    /**
     * As {@link #addDemand(int, double[], double[], double[])} at the year's mean activity per day: each service and
     * place's season of month t divided out. A funded establishment is set for the year, not the month, so this is
     * what it is set against when a gap is explained (core explain BaseGap).
     */
    public void addMeanDayDemand(int t, double[] growthPower, double[] unmet, double[] out) {
        add(t, growthPower, unmet, 1.0, null, true, out);
    }

    private void add(
            int t,
            double[] growthPower,
            double[] unmet,
            double populationFactor,
            double[][] placeFactor,
            boolean meanDay,
            double[] out) {
        int month = meanDay ? baseMonth.plusMonths(t).getMonthValue() - 1 : 0;
        for (int s = 0; s < certain.length; s++) {
            double factor = growthPower[s] * unmet[s] * populationFactor;
            int sector = sectorOfService[s];
            int[] caps = capsOfService[s];
            double[] hh = hoursOverH[s];
            double[][] bySp = certain[s];
            for (int p = 0; p < bySp.length; p++) {
                double f = placeFactor == null ? factor : factor * placeFactor[s][p];
                // a season of 0 leaves no activity in the month, so nothing to divide out
                double activityHours =
                        meanDay ? (season[s][p][month] > 0 ? bySp[p][t] * f / season[s][p][month] : 0) : bySp[p][t] * f;
                if (activityHours == 0) continue;
                for (int j = 0; j < caps.length; j++) {
                    out[cell(caps[j], sector, p)] += activityHours * hh[j];
                }
            }
        }
    }

    /**
     * The population projection's error in month t for a draw's error per year e: every projected
     * population figure is multiplied by 1 + e * (years ahead), years ahead = the month's financial year
     * minus the base month's (0 in the base year), floored at 0 so no draw has a negative population.
     * e = 0 gives exactly 1.
     */
    public double populationFactor(int t, double errorPerYear) {
        return Math.max(0, 1 + errorPerYear * yearsAhead[t]);
    }

    /** Financial years from the base month's to month t's. */
    public int yearsAhead(int t) {
        return yearsAhead[t];
    }

    /** Whether service s can ever create demand in place p (some population and utilisation). */
    public boolean demandPossible(int s, int p) {
        for (double v : certain[s][p]) if (v > 0) return true;
        return false;
    }

    public int cell(int capability, int sector, int place) {
        return (capability * SECTORS + sector) * places.size() + place;
    }

    public int cells() {
        return capabilities.size() * SECTORS * places.size();
    }

    public double season(int s, int p, int calendarMonth) {
        return season[s][p][calendarMonth - 1];
    }

    public double deprivationFactor(int s, int p) {
        return dep[s][p];
    }

    public int[] capabilitiesOf(int s) {
        return capsOfService[s].clone();
    }

    public double productiveHours(int k) {
        return productiveHours[k];
    }

    public int sectorOf(int s) {
        return sectorOfService[s];
    }

    public List<String> places() {
        return List.copyOf(places);
    }

    public List<String> capabilities() {
        return List.copyOf(capabilities);
    }

    public List<Service> services() {
        return services;
    }

    public int placeIndex(String code) {
        Integer p = placeIndex.get(code);
        if (p == null) throw new IllegalArgumentException("unknown place " + code);
        return p;
    }

    public int capabilityIndex(String code) {
        Integer k = capabilityIndex.get(code);
        if (k == null) throw new IllegalArgumentException("unknown capability " + code);
        return k;
    }

    public int months() {
        return months;
    }

    public YearMonth baseMonth() {
        return baseMonth;
    }
}
