package org.skillmix.data.importer;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;

/** seasonality.csv: each service's monthly multipliers from the ICB's trusts' own monthly figures. */
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
            Map<Integer, Double> byMonth = AeActivity.byCalendarMonth(months);
            double mean =
                    byMonth.values().stream().mapToDouble(Double::doubleValue).sum() / 12;
            String src = switch (s.seasonalityFrom()) {
                case "ae_attendances" ->
                    "nhs-ae-attendances-monthly: the ICB's trusts' Type 1+2+Other attendances in the calendar month / 12-month mean";
                case "ae_type1" ->
                    "Proxy (no AmbSYS data): nhs-ae-attendances-monthly, the ICB's trusts' Type 1 attendances by month / 12-month mean";
                default ->
                    "nhs-beds-ga-critical-care: the ICB's trusts' general_acute_beds_occupied x days in month / 12-month mean";
            };
            for (int m = 1; m <= 12; m++)
                seasonality.add(
                        s.code(),
                        "ALL",
                        Integer.toString(m),
                        OutputTable.num(byMonth.get(m) / mean, 4),
                        src + " (" + months.keySet().iterator().next() + ".."
                                + ((NavigableMap<YearMonth, Double>) months).lastKey() + ")");
        }
        return seasonality;
    }
}
