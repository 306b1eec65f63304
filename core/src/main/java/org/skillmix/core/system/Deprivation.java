package org.skillmix.core.system;

/** IMD 2019 population-weighted average score of a place (higher is more deprived). */
public record Deprivation(String placeCode, double imdScore) {}
