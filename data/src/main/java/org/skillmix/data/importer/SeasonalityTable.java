package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * seasonality.csv: each service's monthly multipliers from the ICB's trusts' own monthly figures, per day:
 * multiplier[m] = (count[m] / days[m]) / (sum of counts / sum of days), activity per day in the calendar month over
 * the year's mean activity per day (so the day-weighted mean of the 12 multipliers is 1).
 */
final class SeasonalityTable {

    private SeasonalityTable() {}

    static OutputTable build(ImportContext ctx, ServiceCatalogue catalogue, TrustActivity trusts) {
        OutputTable seasonality =
                new OutputTable("seasonality.csv", "service_code", "place_code", "month", "multiplier", "source");
        for (ServiceCatalogue.Service s : catalogue.services()) {
            Map<YearMonth, Double> months = switch (s.seasonalityFrom()) {
                case "ae_attendances" -> trusts.ae().all;
                case "ae_type1" -> trusts.ae().type1;
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
                case "ae_type1" ->
                    "Proxy (no AmbSYS data): nhs-ae-attendances-monthly, the ICB's trusts' Type 1 attendances per day in the calendar month / their mean per day over the 12 months";
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
