package org.skillmix.core.discharge;

import java.time.LocalDate;

/**
 * An observed daily series: patients not meeting the criteria to reside (the sitrep's count on each day)
 * and patients discharged that day, for one ICB or trust, on consecutive days from {@code start}.
 */
public record NctrSeries(String code, LocalDate start, double[] backlog, double[] discharges) {

    public NctrSeries {
        if (backlog.length != discharges.length)
            throw new IllegalArgumentException("backlog and discharges differ in length");
        backlog = backlog.clone();
        discharges = discharges.clone();
    }

    public int days() {
        return backlog.length;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public int indexOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(start, date);
    }

    /**
     * The same series with days that hold no submission (zero or missing, as in the published files) filled
     * with the day before, so one missing return does not read as the whole backlog leaving and returning.
     */
    public NctrSeries filled() {
        double[] b = backlog.clone();
        double[] d = discharges.clone();
        for (int t = 1; t < b.length; t++) {
            if (!(b[t] > 0)) b[t] = b[t - 1];
            if (!(d[t] > 0)) d[t] = d[t - 1];
        }
        return new NctrSeries(code, start, b, d);
    }

    /**
     * {@link #impliedArrivals()} for the days from {@code from} up to (not including) {@code to}, ending early when
     * {@code to} is past the last counted day: that day has no next count, so its arrivals are not known (a run
     * over them must not read a 0 as "nobody arrived").
     */
    public double[] impliedArrivals(LocalDate from, LocalDate to) {
        double[] all = impliedArrivals();
        return java.util.Arrays.copyOfRange(all, indexOf(from), Math.min(indexOf(to), all.length));
    }

    /**
     * Arrivals implied by conservation: a[t] = B[t+1] − B[t] + D[t] (one fewer than the days), floored at 0
     * on the rare day when the counts disagree.
     */
    public double[] impliedArrivals() {
        double[] a = new double[Math.max(0, days() - 1)];
        for (int t = 0; t < a.length; t++) a[t] = Math.max(0, backlog[t + 1] - backlog[t] + discharges[t]);
        return a;
    }
}
