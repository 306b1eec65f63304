package org.skillmix.core.system;

/** h[s,k]: hours of a capability needed per unit of a service's activity. */
public record CapabilityHours(String serviceCode, String capabilityCode, double hoursPerActivity) {}
