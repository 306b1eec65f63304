package org.skillmix.core.system;

/** A local authority (ONS GSS code such as E08000003) or a neighbourhood within one. */
public record Place(String code, String name, String type) {}
