package org.skillmix.data.discharge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /**
     * Several ICBs' data as one system's (a combined footprint; an ICB of the April 2026 mergers, whose own series the
     * files, on the 42-ICB geography, do not hold): patients waiting and discharged are added day by day over the days
     * every ICB covers, each ICB's unsubmitted days (0) first filled from its own day before as the fit does for one
     * ICB, so the system's counts are the ICBs' counts added and one ICB's missing return does not read as half
     * the system's patients leaving; a day some ICB has no count for yet stays unsubmitted. Trusts (each counted in the
     * ICB most of its patients come from) and their beds and counts are the parts' together.
     */
    public static IcbDischargeData combined(String label, List<IcbDischargeData> parts) {
        if (parts.size() == 1) return parts.get(0);
        LocalDate start = parts.stream()
                .map(p -> p.series().start())
                .max(LocalDate::compareTo)
                .orElseThrow();
        LocalDate end = parts.stream()
                .map(p -> p.series().date(p.series().days() - 1))
                .min(LocalDate::compareTo)
                .orElseThrow();
        if (end.isBefore(start)) throw new IllegalArgumentException("the ICBs' daily discharge series share no day");
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        List<NctrSeries> filled = parts.stream().map(p -> p.series().filled()).toList();
        double[] waiting = new double[days];
        double[] discharged = new double[days];
        for (int t = 0; t < days; t++) {
            waiting[t] = sumIfAllSubmitted(filled, start.plusDays(t), true);
            discharged[t] = sumIfAllSubmitted(filled, start.plusDays(t), false);
        }
        List<String> trusts = new ArrayList<>();
        Map<String, Map<YearMonth, Beds>> beds = new TreeMap<>();
        Map<String, Map<YearMonth, Double>> nctr = new TreeMap<>();
        for (IcbDischargeData p : parts) {
            trusts.addAll(p.trusts());
            beds.putAll(p.adultBeds());
            nctr.putAll(p.trustNctr());
        }
        return new IcbDischargeData(
                label,
                String.join("+", parts.stream().map(IcbDischargeData::icbOns).toList()),
                String.join(" + ", parts.stream().map(IcbDischargeData::icbName).toList()),
                new NctrSeries(label, start, waiting, discharged),
                List.copyOf(trusts),
                beds,
                nctr);
    }

    /** The filled series' counts of the day added, or 0 (unsubmitted) when one of them has none yet. */
    private static double sumIfAllSubmitted(List<NctrSeries> filled, LocalDate day, boolean waiting) {
        double sum = 0;
        for (NctrSeries series : filled) {
            int t = series.indexOf(day);
            double v = waiting ? series.backlog()[t] : series.discharges()[t];
            if (!(v > 0)) return 0;
            sum += v;
        }
        return sum;
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
