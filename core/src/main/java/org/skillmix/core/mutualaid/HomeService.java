package org.skillmix.core.mutualaid;

/** A service line of one organisation: where a person works and what a donor gives from. */
public record HomeService(String orgCode, String serviceCode) {}
