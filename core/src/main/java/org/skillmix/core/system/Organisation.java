package org.skillmix.core.system;

/** A provider or commissioner in the system, by ODS code, with its sector and home place. */
public record Organisation(String code, String name, Sector sector, String placeCode) {}
