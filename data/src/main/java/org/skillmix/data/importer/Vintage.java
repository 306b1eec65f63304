package org.skillmix.data.importer;

/**
 * Which published figures a dataset's workforce and population are taken from: the newest, or those of the base
 * month, so a projection can be set against what happened since (the back-test).
 */
public enum Vintage {
    /**
     * The newest published files: trust FTE from the twelve sickness-absence months split by the June 2018
     * staff-group mix, population estimated at mid-2023 and projected from it.
     */
    CURRENT,
    /**
     * As the system stood at the base month: each trust's FTE by staff group from the HCHS workforce file of that
     * month (summed over the trusts it has since absorbed), and the population of the ONS projection whose base
     * year is the base month's, as published. Every other input is the closest published one, and the import
     * report names each such stand-in.
     */
    AS_AT_BASE
}
