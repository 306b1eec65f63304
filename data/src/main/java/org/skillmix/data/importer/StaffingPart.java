package org.skillmix.data.importer;

import java.util.List;
import java.util.Map;

/** One part of the ICB's staffing (trusts, community aggregates, primary care, social care): its organisations, their workforce lines and sickness rates. */
record StaffingPart(List<Organisation> organisations, WorkforceLines lines, Map<String, Rate> sickness) {}
