package org.skillmix.core.system;

/**
 * A row of sickness_seasonality.csv: sickness absence in a calendar month relative to the year's average (winter
 * above 1, summer below). The twelve factors average 1, so workforce.csv's annual sickness rate is kept over a
 * year: sickness in month m = sickness_rate x factor(m).
 *
 * @param month 1 = January
 */
public record SicknessSeason(int month, double factor, String source) {}
