package org.skillmix.app.web.system;

/** One canonical CSV file of a stored dataset. */
public record DatasetFile(String name, byte[] content) {}
