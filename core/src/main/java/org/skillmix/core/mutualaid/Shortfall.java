package org.skillmix.core.mutualaid;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Demand one service cannot meet from its own staff in one week of a surge, for one capability.
 *
 * @param week       1 = the first week of the surge
 * @param weekEnding the last day of that week: a passport must still be valid on it
 * @param placeCode  where the work is (travel is measured from the person's base place to here)
 */
public final class Shortfall {

    private final String id;
    private final int week;
    private final LocalDate weekEnding;
    private final HomeService service;
    private final String placeCode;
    private final String capabilityCode;
    private final double fteNeeded;
    private final boolean critical;

    public Shortfall(
            String id,
            int week,
            LocalDate weekEnding,
            String orgCode,
            String serviceCode,
            String placeCode,
            String capabilityCode,
            double fteNeeded,
            boolean critical) {
        if (fteNeeded < 0) throw new IllegalArgumentException(id + ": FTE needed must be >= 0");
        this.id = Objects.requireNonNull(id);
        this.week = week;
        this.weekEnding = weekEnding;
        this.service = new HomeService(orgCode, serviceCode);
        this.placeCode = placeCode;
        this.capabilityCode = capabilityCode;
        this.fteNeeded = fteNeeded;
        this.critical = critical;
    }

    public String getId() {
        return id;
    }

    public int getWeek() {
        return week;
    }

    public LocalDate getWeekEnding() {
        return weekEnding;
    }

    public HomeService getService() {
        return service;
    }

    public String getOrgCode() {
        return service.orgCode();
    }

    public String getServiceCode() {
        return service.serviceCode();
    }

    public String getPlaceCode() {
        return placeCode;
    }

    public String getCapabilityCode() {
        return capabilityCode;
    }

    public double getFteNeeded() {
        return fteNeeded;
    }

    public boolean isCritical() {
        return critical;
    }

    public int neededCenti() {
        return (int) Math.round(fteNeeded * 100);
    }

    @Override
    public String toString() {
        return id;
    }
}
