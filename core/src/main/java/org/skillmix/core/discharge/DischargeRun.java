package org.skillmix.core.discharge;

import java.time.LocalDate;
import java.util.Map;

/**
 * A day-by-day run of the flow model at one site. Day t counts the backlog as the sitrep does (a snapshot
 * at the start of the day), then the day's arrivals join and the day's exits leave:
 * backlogEnd = backlogStart + arrivals − exits, and the next day starts where this one ended.
 */
public final class DischargeRun {
    private final DischargeSite site;
    private final LocalDate start;
    private final double[][] backlog; // [pathway][day 0..n], day n = after the last day
    private final double[][] arrivals; // [pathway][day]
    private final double[][] exits; // [pathway][day]

    DischargeRun(DischargeSite site, LocalDate start, double[][] backlog, double[][] arrivals, double[][] exits) {
        this.site = site;
        this.start = start;
        this.backlog = backlog;
        this.arrivals = arrivals;
        this.exits = exits;
    }

    public DischargeSite site() {
        return site;
    }

    public int days() {
        return arrivals[0].length;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public double backlogStart(Pathway p, int day) {
        return backlog[p.ordinal()][day];
    }

    public double backlogEnd(Pathway p, int day) {
        return backlog[p.ordinal()][day + 1];
    }

    public double arrivals(Pathway p, int day) {
        return arrivals[p.ordinal()][day];
    }

    public double exits(Pathway p, int day) {
        return exits[p.ordinal()][day];
    }

    /** The NCTR backlog counted on day t (all pathways). */
    public double backlog(int day) {
        double s = 0;
        for (double[] b : backlog) s += b[day];
        return s;
    }

    public double discharges(int day) {
        double s = 0;
        for (double[] e : exits) s += e[day];
        return s;
    }

    public double[] backlogSeries() {
        double[] out = new double[days()];
        for (int t = 0; t < out.length; t++) out[t] = backlog(t);
        return out;
    }

    /** Bed days lost to delayed discharge: every NCTR patient counted occupies a bed for that day. */
    public double bedDaysLost() {
        double s = 0;
        for (int t = 0; t < days(); t++) s += backlog(t);
        return s;
    }

    public double bedDaysLost(Pathway p) {
        double s = 0;
        for (int t = 0; t < days(); t++) s += backlog[p.ordinal()][t];
        return s;
    }

    /** Adult G&A occupancy on day t: (beds of patients who need them + NCTR backlog) / beds. */
    public double occupancy(int day) {
        return site.gaBeds() == 0 ? Double.NaN : (site.otherOccupied() + backlog(day)) / site.gaBeds();
    }

    public double meanOccupancy() {
        double s = 0;
        for (int t = 0; t < days(); t++) s += occupancy(t);
        return s / days();
    }

    public double meanBacklog() {
        return bedDaysLost() / days();
    }

    /** Days on which occupancy is above the threshold (92% in NHS planning guidance). */
    public int daysAbove(double occupancy) {
        int n = 0;
        for (int t = 0; t < days(); t++) if (occupancy(t) > occupancy) n++;
        return n;
    }

    public Map<Pathway, Double> finalBacklog() {
        var out = new java.util.EnumMap<Pathway, Double>(Pathway.class);
        for (Pathway p : Pathway.values()) out.put(p, backlog[p.ordinal()][days()]);
        return out;
    }
}
