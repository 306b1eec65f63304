package org.skillmix.data.dataset;

import static org.skillmix.data.dataset.DatasetTable.CATCHMENTS;
import static org.skillmix.data.dataset.DatasetTable.ROLE_CAPABILITIES;
import static org.skillmix.data.dataset.DatasetTable.WORKFORCE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.WorkforceLine;

/**
 * Checks of where staff work and what they can do: catchment shares, and roles with staff that deliver nothing. Each runs only when the tables it needs were read, so a missing file gives one problem rather than a
 * cascade.
 */
final class WorkforceChecks {

    /** How far an organisation's catchment shares may add up to from 1 before it is an error, not rounding. */
    static final double CATCHMENT_TOLERANCE = 0.01;

    private final LoadedTables tables;
    private final ProblemLog log;

    WorkforceChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run() {
        catchmentSharesAddUpToOne();
        rolesWithStaffHaveCapabilities();
    }
    /**
     * An organisation's staff time is all spent in the places it serves, so its shares add up to 1. Not
     * checked when a catchment row was rejected: the sum would be off only because that row is missing.
     */
    private void catchmentSharesAddUpToOne() {
        if (!tables.loaded(CATCHMENTS) || log.hasErrors(tables.file(CATCHMENTS))) return;
        Map<String, List<Parsed<Catchment>>> byOrganisation = new LinkedHashMap<>();
        for (Parsed<Catchment> c : tables.rows(CATCHMENTS, Catchment.class)) {
            byOrganisation
                    .computeIfAbsent(c.value().orgCode(), k -> new ArrayList<>())
                    .add(c);
        }
        byOrganisation.forEach((organisation, rows) -> {
            double total = rows.stream().mapToDouble(r -> r.value().share()).sum();
            if (Math.abs(total - 1) > CATCHMENT_TOLERANCE) {
                String rowList =
                        rows.stream().map(r -> Integer.toString(r.row())).collect(Collectors.joining(", "));
                log.error(
                        tables.file(CATCHMENTS),
                        rows.get(0).row(),
                        "share",
                        "the shares of organisation "
                                + organisation + " add up to " + String.format(Locale.ROOT, "%.3f", total) + " (rows "
                                + rowList
                                + "); an organisation's shares must add up to 1 (within 0.01): all its staff time is spent"
                                + " in the places it serves");
            }
        });
    }

    private void rolesWithStaffHaveCapabilities() {
        if (!tables.loaded(ROLE_CAPABILITIES)) return;
        Set<String> rolesWithCapabilities = tables.values(ROLE_CAPABILITIES, RoleCapability.class).stream()
                .map(RoleCapability::roleCode)
                .collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        for (Parsed<WorkforceLine> w : tables.rows(WORKFORCE, WorkforceLine.class)) {
            WorkforceLine line = w.value();
            double staff = line.fteInPost() + line.vacancyFte() + line.bankFte() + line.agencyFte();
            if (staff > 0 && !rolesWithCapabilities.contains(line.roleCode()) && reported.add(line.roleCode())) {
                log.error(
                        tables.file(WORKFORCE),
                        w.row(),
                        "role_code",
                        "role " + line.roleCode()
                                + " has staff but no row in " + tables.file(ROLE_CAPABILITIES)
                                + "; add the capabilities it can deliver");
            }
        }
    }
}
