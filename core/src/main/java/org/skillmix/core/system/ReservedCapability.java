package org.skillmix.core.system;

/**
 * A row of reserved_capabilities.csv: a licensed role of a reserved capability. The licensed roles of a capability
 * (its rows) must together deliver at least minLicensedShare of it (a prescription needs a prescriber, a diagnosis a
 * registered doctor); other roles able to do the capability (role_capabilities.csv) deliver the rest under their
 * oversight. Every row of a capability gives the same share.
 */
public record ReservedCapability(
        String capabilityCode, String licensedRoleCode, double minLicensedShare, String source) {}
