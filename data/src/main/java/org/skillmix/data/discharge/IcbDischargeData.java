package org.skillmix.data.discharge;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.skillmix.core.discharge.NctrSeries;

/**
 * What the published files hold for one ICB's discharge flow: its daily NCTR and discharge series, its
 * acute trusts and their adult G&A beds (available and occupied, monthly means) and NCTR (monthly means).
 */
public record IcbDischargeData(
        String icbOds,
        String icbOns,
        String icbName,
        NctrSeries series,
        List<String> trusts,
        Map<String, Map<YearMonth, Beds>> adultBeds,
        Map<String, Map<YearMonth, Double>> trustNctr) {

    /** A trust's (or the ICB's) adult G&A beds in a month: mean available and mean occupied. */
    public record Beds(double available, double occupied) {
        /** No beds: where sums start, so a sum of one trust's beds is that trust's to the last bit. */
        public static final Beds NONE = new Beds(0, 0);

        public Beds plus(Beds other) {
            return new Beds(available + other.available, occupied + other.occupied);
        }

        /** The beds times a share (a trust's beds in one place of its catchment). */
        public Beds times(double share) {
            return new Beds(available * share, occupied * share);
        }
    }

    /**
     * The ICB's adult G&A beds, summed over its trusts and averaged over the last published months.
     *
     * @param available mean beds available (NaN when no trust's beds were published)
     * @param occupied  mean beds occupied (NaN likewise)
     * @param months    the months averaged (up to 12; 0 when none)
     */
    public record AdultBeds(double available, double occupied, int months) {}

    /**
     * The same data with each trust that merged into another since the files' 2022 codes (heirs: predecessor to the
     * trust of today, trust_predecessors.csv) added into its successor month by month and dropped from the trusts:
     * North Middlesex (RAP) reports its ready-to-leave patients to December 2024 and the Royal Free (RAL) both
     * trusts' from January, so RAL's months before hold RAP's patients only once added. The ICB's series is not
     * touched (it is the ICB's, whatever its trusts).
     */
    public IcbDischargeData withMergers(Map<String, String> heirs) {
        List<String> kept = trusts.stream()
                .filter(t -> !heirs.containsKey(t) || !trusts.contains(heirs.get(t)))
                .toList();
        Map<String, Map<YearMonth, Beds>> beds = new java.util.TreeMap<>();
        adultBeds.forEach((trust, months) -> months.forEach(
                (month, b) -> beds.computeIfAbsent(heirIn(heirs, trust, kept), k -> new java.util.TreeMap<>())
                        .merge(month, b, Beds::plus)));
        Map<String, Map<YearMonth, Double>> nctr = new java.util.TreeMap<>();
        trustNctr.forEach((trust, months) -> months.forEach(
                (month, n) -> nctr.computeIfAbsent(heirIn(heirs, trust, kept), k -> new java.util.TreeMap<>())
                        .merge(month, n, Double::sum)));
        return new IcbDischargeData(icbOds, icbOns, icbName, series, kept, beds, nctr);
    }

    /** The trust a code's figures belong to: its successor when that is one of the kept trusts, else itself. */
    private static String heirIn(Map<String, String> heirs, String trust, List<String> kept) {
        String heir = heirs.get(trust);
        return heir != null && kept.contains(heir) ? heir : trust;
    }

    /** The ICB's adult G&A beds available and occupied, summed over its trusts, mean over its last 12 months. */
    public AdultBeds recentAdultBeds() {
        java.util.TreeMap<YearMonth, Beds> sum = new java.util.TreeMap<>();
        adultBeds
                .values()
                .forEach(m -> m.forEach((month, v) ->
                        sum.put(month, sum.getOrDefault(month, Beds.NONE).plus(v))));
        if (sum.isEmpty()) return new AdultBeds(Double.NaN, Double.NaN, 0);
        var last = sum.descendingMap().entrySet().stream().limit(12).toList();
        double avail = last.stream()
                .mapToDouble(e -> e.getValue().available())
                .average()
                .orElse(Double.NaN);
        double occ = last.stream()
                .mapToDouble(e -> e.getValue().occupied())
                .average()
                .orElse(Double.NaN);
        return new AdultBeds(avail, occ, last.size());
    }
}
