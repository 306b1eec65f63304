package org.skillmix.core.system;

/** u[s,a]: units of activity of a service per person-year, by age band and sex ("F", "M" or "ALL"). */
public record Utilisation(String serviceCode, String ageBand, String sex, double activityPerPersonYear) {}
