package org.skillmix.core.system;

/**
 * Persons in a place, in a mid-year (30 June) estimate or projection year, by sex ("F", "M") and age
 * band ("0-4", ..., "85+"). Financial year Y/Y+1 uses the mid-year Y figure.
 */
public record PopulationCount(String placeCode, int year, String sex, String ageBand, double persons) {}
