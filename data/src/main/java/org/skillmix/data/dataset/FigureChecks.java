package org.skillmix.data.dataset;

import static org.skillmix.data.dataset.DatasetTable.ORGANISATIONS;
import static org.skillmix.data.dataset.DatasetTable.PLACES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillmix.core.discharge.DischargeInputs;
import org.skillmix.core.metrics.MetricPoint;
import org.skillmix.core.system.DischargeParameter;
import org.skillmix.core.system.DischargeValue;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.SystemInfo;

/**
 * Checks of the ICS's figures against the system: metrics name its organisations or the ICB, and the discharge model has every figure it needs. Each runs only when the tables it needs were read, so a missing file gives one problem rather than a
 * cascade.
 */
final class FigureChecks {

    private final LoadedTables tables;
    private final ProblemLog log;

    FigureChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run(SystemInfo info) {
        metricsNameOrganisationsOrTheIcs(info);
        occupiedBedsAreBeds();
        dischargeIsComplete(info);
    }

    /** A place cannot have more of its G&A beds occupied than it has. */
    private void occupiedBedsAreBeds() {
        Map<String, Double> beds = new HashMap<>();
        for (DischargeValue v : tables.values(DatasetTable.DISCHARGE, DischargeValue.class)) {
            if (v.parameter() == DischargeParameter.GA_BEDS) beds.put(v.scope(), v.value());
        }
        for (Parsed<DischargeValue> p : tables.rows(DatasetTable.DISCHARGE, DischargeValue.class)) {
            DischargeValue v = p.value();
            Double available = beds.get(v.scope());
            if (v.parameter() == DischargeParameter.GA_OCCUPIED && available != null && v.value() > available) {
                log.error(
                        tables.file(DatasetTable.DISCHARGE),
                        p.row(),
                        "value",
                        "GA_OCCUPIED of " + v.scope() + " is " + DataRow.format(v.value()) + ", more than its GA_BEDS "
                                + DataRow.format(available) + "; occupied beds are some of the beds");
            }
        }
    }
    /** A metric's org_code is an organisation of the dataset or, for the whole ICS, the ICB's ODS code. */
    private void metricsNameOrganisationsOrTheIcs(SystemInfo info) {
        DatasetTable table = DatasetTable.METRICS;
        // A bad organisations row is already reported; its code missing here would only add a cascade.
        if (!tables.loaded(table)
                || !tables.loaded(ORGANISATIONS)
                || log.hasErrors(tables.file(ORGANISATIONS))
                || info == null) return;
        Set<String> orgs = new HashSet<>();
        tables.values(ORGANISATIONS, Organisation.class).forEach(o -> orgs.add(o.code()));
        Set<String> reported = new HashSet<>();
        for (Parsed<MetricPoint> p : tables.rows(table, MetricPoint.class)) {
            String org = p.value().orgCode();
            if (!orgs.contains(org) && !org.equals(info.icbOdsCode()) && reported.add(org)) {
                log.error(
                        tables.file(table),
                        p.row(),
                        "org_code",
                        DataRow.quote(org) + " is neither an organisation in " + tables.file(ORGANISATIONS)
                                + " nor the ICB's code " + info.icbOdsCode() + " (the ICS as a whole)");
            }
        }
    }
    /**
     * discharge.csv: an ICB figure's scope is the ICB's code and a place figure's a place; every ICB figure is
     * given, and every place has every place figure (a place missing from the table entirely is an error too, since
     * the places' arrival shares must cover the ICB); the arrival shares add to 1. The model needs them all.
     */
    private void dischargeIsComplete(SystemInfo info) {
        DatasetTable table = DatasetTable.DISCHARGE;
        if (!tables.loaded(table) || !tables.loaded(PLACES) || log.hasErrors(tables.file(PLACES)) || info == null)
            return;
        if (log.hasErrors(tables.file(table))) return;
        var rows = tables.rows(table, DischargeValue.class);
        if (rows.isEmpty()) return;
        Set<String> places = new LinkedHashSet<>();
        tables.values(PLACES, Place.class).forEach(p -> places.add(p.code()));
        Set<String> seen = new HashSet<>();
        double shares = 0;
        boolean scopesOk = true;
        for (Parsed<DischargeValue> p : rows) {
            var v = p.value();
            if (v.parameter().icb() && !v.scope().equals(info.icbOdsCode())) {
                log.error(
                        tables.file(table),
                        p.row(),
                        "scope",
                        v.parameter() + " is an ICB figure: its scope is the ICB's code " + info.icbOdsCode() + ", not "
                                + DataRow.quote(v.scope()));
                scopesOk = false;
            } else if (!v.parameter().icb() && !places.contains(v.scope())) {
                log.error(
                        tables.file(table),
                        p.row(),
                        "scope",
                        v.parameter() + " is a place figure: " + DataRow.quote(v.scope()) + " is not a place in "
                                + tables.file(PLACES));
                scopesOk = false;
            }
            if (v.parameter() == DischargeParameter.ARRIVAL_SHARE) shares += v.value();
            seen.add(v.parameter() + "|" + v.scope());
        }
        if (!scopesOk) return;
        List<String> missing = new ArrayList<>();
        for (var parameter : DischargeParameter.values()) {
            if (parameter.icb()) {
                if (!seen.contains(parameter + "|" + info.icbOdsCode()))
                    missing.add(parameter + " for " + info.icbOdsCode());
            } else {
                for (String place : places)
                    if (!seen.contains(parameter + "|" + place)) missing.add(parameter + " for " + place);
            }
        }
        int last = rows.get(rows.size() - 1).row();
        if (!missing.isEmpty()) {
            log.error(
                    tables.file(table),
                    last,
                    "parameter",
                    "the discharge model needs every figure; missing: "
                            + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                            + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : ""));
        } else if (Math.abs(shares - 1) > 1e-4) {
            log.error(
                    tables.file(table), last, "value", "the places' ARRIVAL_SHARE values add to " + shares + ", not 1");
        } else {
            // The model itself has the last word (e.g. a pathway no place has staff for): say so now, not at a
            // comparison.
            try {
                DischargeInputs.from(
                        info.icbOdsCode(),
                        tables.values(PLACES, Place.class),
                        rows.stream().map(Parsed::value).toList());
            } catch (IllegalArgumentException e) {
                log.error(
                        tables.file(table),
                        last,
                        "value",
                        "the discharge model cannot run on these figures: " + e.getMessage());
            }
        }
    }
}
