package org.skillmix.core.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the posted shifts were covered, and what the same cover costs with the pay cap and without it.
 *
 * @param fills  bank hours: one row per worker per shift they work
 * @param covers one per shift, in the order posted
 */
public record BankPlan(List<Fill> fills, List<Cover> covers) {

    public BankPlan {
        fills = List.copyOf(fills);
        covers = List.copyOf(covers);
    }

    /** Hours of one bank worker on one shift. */
    public record Fill(BankShift shift, BankWorker worker, double hours) {}

    /**
     * One shift: bank hours + agency hours = the shift's hours.
     *
     * @param cappedRate   the hourly rate a bank worker is paid under the cap: min(offered, cap)
     * @param uncappedRate the hourly rate the same bank hours would cost without the cap (competition model,
     *                     {@link CollaborativeBank})
     */
    public record Cover(BankShift shift, double bankHours, double agencyHours, double cappedRate, double uncappedRate) {
        public double spendCapped() {
            return bankHours * cappedRate + agencyHours * shift.agencyRate();
        }

        public double spendUncapped() {
            return bankHours * uncappedRate + agencyHours * shift.agencyRate();
        }
    }

    public double spendCapped() {
        return covers.stream().mapToDouble(Cover::spendCapped).sum();
    }

    public double spendUncapped() {
        return covers.stream().mapToDouble(Cover::spendUncapped).sum();
    }

    public double bankHours() {
        return covers.stream().mapToDouble(Cover::bankHours).sum();
    }

    public double agencyHours() {
        return covers.stream().mapToDouble(Cover::agencyHours).sum();
    }

    public double shiftHours() {
        return covers.stream().mapToDouble(c -> c.shift().hours()).sum();
    }

    /** Hours posted by critical services that went to agency. */
    public double criticalAgencyHours() {
        return covers.stream()
                .filter(c -> c.shift().critical())
                .mapToDouble(Cover::agencyHours)
                .sum();
    }

    /**
     * One organisation's week: hours posted, filled from the bank and left to agency.
     *
     * @return bankHours / postedHours (every posted shift has hours, so postedHours &gt; 0)
     */
    public record FillRate(String orgCode, int week, double postedHours, double bankHours, double agencyHours) {
        public double fillRate() {
            return bankHours / postedHours;
        }
    }

    /** Fill rates by organisation, then week, in code and week order. */
    public List<FillRate> fillRates() {
        Map<String, Map<Integer, List<Cover>>> byOrgWeek = new TreeMap<>();
        for (Cover c : covers) {
            byOrgWeek
                    .computeIfAbsent(c.shift().orgCode(), o -> new TreeMap<>())
                    .computeIfAbsent(c.shift().week(), w -> new ArrayList<>())
                    .add(c);
        }
        List<FillRate> rates = new ArrayList<>();
        byOrgWeek.forEach((org, weeks) -> weeks.forEach((week, list) -> {
            double posted = 0, bank = 0, agency = 0;
            // Summed in the order posted, as the hours were filled.
            for (Cover c : list) {
                posted += c.shift().hours();
                bank += c.bankHours();
                agency += c.agencyHours();
            }
            rates.add(new FillRate(org, week, posted, bank, agency));
        }));
        return rates;
    }

    /** The cover of the shift a fill is part of. */
    public Cover coverOf(Fill fill) {
        for (Cover c : covers) if (c.shift() == fill.shift()) return c;
        throw new IllegalArgumentException("shift " + fill.shift().id() + " is not in this plan");
    }
}
