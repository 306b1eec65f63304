package org.skillmix.core.mutualaid;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Demand one service cannot meet from its own staff in one week of a surge, for one capability.
 *
 * @param week       1 = the first week of the surge
 * @param weekEnding the last day of that week: a passport must still be valid on it
 * @param placeCode  where the work is (travel is measured from the person's base place to here)
 * @param minLevel   the lowest competency level (1-5) at which a person may be sent to do this work alone
 */
public final class Shortfall {

    /**
     * Default minimum competency for a critical shortfall: level 3, "competent" in Benner's novice-to-expert scale
     * (1 novice, 2 advanced beginner, 3 competent, 4 proficient, 5 expert) on which the staff file's levels sit: a
     * person who works independently. Critical work (UEC, cancer, insulin in a surge) is not where a redeployed
     * novice learns.
     */
    public static final int DEFAULT_MIN_LEVEL_CRITICAL = 3;
    /** Default for other work: level 2, an advanced beginner who needs support with the unusual but not the usual. */
    public static final int DEFAULT_MIN_LEVEL_OTHER = 2;

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    private final String id;
    private final int week;
    private final LocalDate weekEnding;
    private final HomeService service;
    private final String placeCode;
    private final String capabilityCode;
    private final double fteNeeded;
    private final boolean critical;
    private final int minLevel;

    /** A shortfall at the default minimum level for its criticality. */
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
        this(
                id,
                week,
                weekEnding,
                orgCode,
                serviceCode,
                placeCode,
                capabilityCode,
                fteNeeded,
                critical,
                defaultMinLevel(critical));
    }

    public Shortfall(
            String id,
            int week,
            LocalDate weekEnding,
            String orgCode,
            String serviceCode,
            String placeCode,
            String capabilityCode,
            double fteNeeded,
            boolean critical,
            int minLevel) {
        if (minLevel < MIN_LEVEL || minLevel > MAX_LEVEL)
            throw new IllegalArgumentException(id + ": minimum level must be 1-5, not " + minLevel);
        if (fteNeeded < 0) throw new IllegalArgumentException(id + ": FTE needed must be >= 0");
        this.id = Objects.requireNonNull(id);
        this.week = week;
        this.weekEnding = weekEnding;
        this.service = new HomeService(orgCode, serviceCode);
        this.placeCode = placeCode;
        this.capabilityCode = capabilityCode;
        this.fteNeeded = fteNeeded;
        this.critical = critical;
        this.minLevel = minLevel;
    }

    public static int defaultMinLevel(boolean critical) {
        return critical ? DEFAULT_MIN_LEVEL_CRITICAL : DEFAULT_MIN_LEVEL_OTHER;
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

    public int getMinLevel() {
        return minLevel;
    }

    public int neededCenti() {
        return (int) Math.round(fteNeeded * 100);
    }

    @Override
    public String toString() {
        return id;
    }
}
