package org.skillmix.data.importer;

/** An organisation of the dataset being built (a trust or an aggregate per LA), with the text of its source column. */
record Organisation(String code, String name, String sector, String place, String source) {}
