package org.skillmix.core.system;

/**
 * A unit of skill that demand is stated in (wound care, personal care, triage, ...).
 *
 * @param productiveHoursPerFteMonth H in the demand formula: contracted hours less annual leave, bank
 *                                   holidays and training, per FTE per month. Sickness is not taken off
 *                                   here because supply already removes it (effective FTE).
 */
public record Capability(String code, String name, double productiveHoursPerFteMonth) {}
