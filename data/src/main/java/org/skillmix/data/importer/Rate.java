package org.skillmix.data.importer;

/** A rate (a share, e.g. sickness absence) with the text that says where it comes from. */
record Rate(double value, String source) {}
