package org.skillmix.core.system;

/**
 * season[s,p,m]: monthly demand multiplier of a service in a place (placeCode "ALL" for every place
 * without its own profile); month is the calendar month 1-12. Each profile averages 1 over a year.
 */
public record Seasonality(String serviceCode, String placeCode, int month, double multiplier) {}
