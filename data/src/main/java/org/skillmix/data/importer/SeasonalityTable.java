package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;

/**
 * seasonality.csv: each service's monthly multipliers from the ICB's trusts' own monthly figures, per day:
 * multiplier[m] = (count[m] / days[m]) / (sum of counts / sum of days), activity per day in the calendar month over
 * the year's mean activity per day (so the day-weighted mean of the 12 multipliers is 1).
 *
 * <p>The ambulance service ({@code seasonality_from} = {@code ambulance_incidents}) takes the incidents of the
 * ambulance services serving the ICB (AmbSYS A7, each service weighted by its share in the ICB), the activity it
 * counts; only without them does it fall back on the ICB's trusts' Type 1 A&amp;E attendances as a proxy. The proxy
 * missed ambulance demand's winter (Greater Manchester: January 0.97 of the mean day against North West Ambulance
 * Service's incidents, 1.03) and follows a trust's reclassification of a department between Type 1 and other A&amp;E
 * (Lincolnshire: its Type 1 rose 50% in January 2025 when United Lincolnshire's other attendances fell by as many,
 * so its proxy put January to March at 1.33-1.41).
 */
final class SeasonalityTable {

    private SeasonalityTable() {}

    private static final String TYPE1_PROXY =
            "Proxy (no AmbSYS incidents for the ICB's ambulance services): nhs-ae-attendances-monthly, the ICB's trusts' Type 1 attendances per day in the calendar month / their mean per day over the 12 months";

    static OutputTable build(ImportContext ctx, ServiceCatalogue catalogue, TrustActivity trusts) {
        return build(ctx, catalogue, trusts, null, Map.of());
    }

    /**
     * @param ambulance   the AmbSYS file, or null when the --from folder has none
     * @param trustShares the ICB's trusts with each one's share in the ICB (an ambulance service's is its population
     *                    share)
     */
    static OutputTable build(
            ImportContext ctx,
            ServiceCatalogue catalogue,
            TrustActivity trusts,
            AmbulanceIndicators ambulance,
            Map<String, Double> trustShares) {
        NavigableMap<YearMonth, Double> incidents =
                ambulance == null ? new java.util.TreeMap<>() : ambulance.incidents(trustShares);
        OutputTable seasonality =
                new OutputTable("seasonality.csv", "service_code", "place_code", "month", "multiplier", "source");
        for (ServiceCatalogue.Service s : catalogue.services()) {
            Map<YearMonth, Double> months = switch (s.seasonalityFrom()) {
                case "ae_attendances" -> trusts.ae().all;
                case "ae_type1" -> trusts.ae().type1;
                case "ambulance_incidents" -> incidents.isEmpty() ? trusts.ae().type1 : incidents;
                case "ga_bed_days" -> trusts.beds().bedDays;
                default -> null;
            };
            if (months == null) continue;
            if (!AeActivity.fullYear(months)) {
                ctx.report()
                        .skipped(
                                "seasonality of " + s.code(),
                                months.size() + " months",
                                "needs 12 consecutive months of "
                                        + s.seasonalityFrom().replace('_', ' ')
                                        + " for the ICB's trusts; the service is flat");
                continue;
            }
            // Activity per day: a month's count over its days, against the year's mean per day (count / days of
            // the 12 months), so the day-weighted mean of the 12 multipliers is 1 and February is not low for
            // being short.
            Map<Integer, Double> perDay = new HashMap<>();
            double count = 0;
            int days = 0;
            for (var m : months.entrySet()) {
                perDay.put(m.getKey().getMonthValue(), m.getValue() / m.getKey().lengthOfMonth());
                count += m.getValue();
                days += m.getKey().lengthOfMonth();
            }
            double mean = count / days;
            String src = switch (s.seasonalityFrom()) {
                case "ae_attendances" ->
                    "nhs-ae-attendances-monthly: the ICB's trusts' Type 1+2+Other attendances per day in the calendar month / their mean per day over the 12 months";
                case "ae_type1" -> TYPE1_PROXY;
                case "ambulance_incidents" ->
                    incidents.isEmpty()
                            ? TYPE1_PROXY
                            : ambulance.file() + ": A7 (all incidents) of "
                                    + ambulance.serving(trustShares).entrySet().stream()
                                            .map(e -> e.getKey() + " x its share in the ICB "
                                                    + OutputTable.num(e.getValue(), 4))
                                            .collect(Collectors.joining(" + "))
                                    + ", per day in the calendar month / their mean per day over the 12 months";
                default ->
                    "nhs-beds-ga-critical-care: the ICB's trusts' general_acute_beds_occupied (bed-days per day) in the calendar month / their mean per day over the 12 months";
            };
            for (int m = 1; m <= 12; m++)
                seasonality.add(
                        s.code(),
                        "ALL",
                        Integer.toString(m),
                        OutputTable.num(perDay.get(m) / mean, 4),
                        src + " (" + months.keySet().iterator().next() + ".."
                                + ((NavigableMap<YearMonth, Double>) months).lastKey() + ")");
        }
        return seasonality;
    }
}
