package org.skillmix.data.dataset;

/** A record read from a table, with the row it came from, so later checks can point at it. */
record Parsed<T>(T value, int row) {}
