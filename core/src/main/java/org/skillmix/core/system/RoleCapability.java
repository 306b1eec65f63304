package org.skillmix.core.system;

/** A capability a role can deliver, with the largest share of the role's time it may take (0, 1]. */
public record RoleCapability(String roleCode, String capabilityCode, double maxShare) {}
