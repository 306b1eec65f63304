package org.skillmix.core.system;

/** One row of discharge.csv: a figure for the ICB (scope = its ODS code) or for a place (scope = the place code). */
public record DischargeValue(DischargeParameter parameter, String scope, double value, String source) {}
