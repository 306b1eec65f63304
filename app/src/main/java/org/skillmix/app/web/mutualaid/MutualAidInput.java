package org.skillmix.app.web.mutualaid;

import java.time.Instant;
import java.time.LocalDate;
import org.skillmix.app.web.account.AccessPolicy;
import org.skillmix.app.web.account.Account;

/**
 * A staff file and a surge file stored for a system after they passed validation: what the API and the pages
 * show of it (never the staff file's contents).
 *
 * @param firstDay the first day of the surge: week w ends on day 7w, and passports were checked against it
 * @param weeks    the weeks the surge spans
 * @param willingStaff how many of the file's staff are willing to move; null for a reader who may not see every
 *     organisation whose staff the file holds (docs/web.md, "Small numbers": another organisation's count of its
 *     people, often below 5 for those not willing)
 * @param notWilling how many are not; null as willingStaff is
 * @param staffOrganisations the organisations whose people the staff file holds (who may plan from it depends
 *     on them); null for files stored before version 0.1, which only analysts may plan from
 */
public record MutualAidInput(
        long id,
        long datasetId,
        LocalDate firstDay,
        String staffFileName,
        String surgeFileName,
        Integer willingStaff,
        Integer notWilling,
        int shortfalls,
        int weeks,
        String uploadedBy,
        Instant uploadedAt,
        java.util.List<String> staffOrganisations) {

    /** The file as this reader may see it: without the staff counts unless they see every organisation in it. */
    MutualAidInput seenBy(Account reader) {
        boolean seesAll = AccessPolicy.seesEveryOrganisation(reader)
                || (staffOrganisations != null
                        && staffOrganisations.stream().allMatch(o -> AccessPolicy.seesOrganisation(reader, o)));
        if (seesAll) return this;
        return new MutualAidInput(
                id,
                datasetId,
                firstDay,
                staffFileName,
                surgeFileName,
                null,
                null,
                shortfalls,
                weeks,
                uploadedBy,
                uploadedAt,
                staffOrganisations);
    }
}
