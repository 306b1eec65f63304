package org.skillmix.core.system;

/**
 * The share of an organisation's staff time that serves a place. A trust that runs hospitals in
 * several local authorities is one employer (its workforce is counted once, at its home place) but its
 * staff meet demand in each of those places; an organisation's shares add up to 1.
 *
 * @param share in (0, 1]
 */
public record Catchment(String orgCode, String placeCode, double share) {}
