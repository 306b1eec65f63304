package org.skillmix.core.bank;

import java.util.List;

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
}
