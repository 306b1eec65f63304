package org.skillmix.app.web.mutualaid;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff file and a surge file stored for a system after they passed validation: what the API and the pages
 * show of it (never the staff file's contents).
 *
 * @param firstDay the first day of the surge: week w ends on day 7w, and passports were checked against it
 * @param weeks    the weeks the surge spans
 * @param staffOrganisations the organisations whose people the staff file holds (who may plan from it depends
 *     on them); null for files stored before version 0.1, which only analysts may plan from
 */
public record MutualAidInput(
        long id,
        long datasetId,
        LocalDate firstDay,
        String staffFileName,
        String surgeFileName,
        int willingStaff,
        int notWilling,
        int shortfalls,
        int weeks,
        String uploadedBy,
        Instant uploadedAt,
        java.util.List<String> staffOrganisations) {}
