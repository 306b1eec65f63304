package org.skillmix.data.dataset;

import static org.skillmix.data.dataset.DatasetTable.CAPABILITY_HOURS;
import static org.skillmix.data.dataset.DatasetTable.CATCHMENTS;
import static org.skillmix.data.dataset.DatasetTable.ORGANISATIONS;
import static org.skillmix.data.dataset.DatasetTable.PLACES;
import static org.skillmix.data.dataset.DatasetTable.POPULATION;
import static org.skillmix.data.dataset.DatasetTable.ROLE_CAPABILITIES;
import static org.skillmix.data.dataset.DatasetTable.SEASONALITY;
import static org.skillmix.data.dataset.DatasetTable.SERVICES;
import static org.skillmix.data.dataset.DatasetTable.UTILISATION;
import static org.skillmix.data.dataset.DatasetTable.WORKFORCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.Utilisation;
import org.skillmix.core.system.WorkforceLine;

/**
 * Rules that span tables, run once every table is read. Each check runs only when the tables it
 * needs were read, so a missing file gives one problem rather than a cascade.
 */
final class CrossTableChecks {

    /** How far a seasonality profile's average may be from 1 before it is an error, not rounding. */
    static final double SEASONALITY_TOLERANCE = 0.01;
    /** How far an organisation's catchment shares may add up to from 1 before it is an error, not rounding. */
    static final double CATCHMENT_TOLERANCE = 0.01;

    private final LoadedTables tables;
    private final ProblemLog log;

    CrossTableChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run(SystemInfo info) {
        ageBandsOfUtilisationArePopulationBands();
        utilisationAllDoesNotOverlapSexes();
        seasonalityProfilesAreWhole();
        catchmentSharesAddUpToOne();
        rolesWithStaffHaveCapabilities();
        populationCoversPlaces(info);
        servicesCreateDemand();
        capabilitiesHaveRoles();
        servicesHaveOrganisations();
        interventionsMakeSense(info);
        metricsNameOrganisationsOrTheIcs(info);
        dischargeIsComplete(info);
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
        var rows = tables.rows(table, org.skillmix.core.system.DischargeValue.class);
        if (rows.isEmpty()) return;
        Set<String> places = new java.util.LinkedHashSet<>();
        tables.values(PLACES, Place.class).forEach(p -> places.add(p.code()));
        Set<String> seen = new HashSet<>();
        double shares = 0;
        boolean scopesOk = true;
        for (Parsed<org.skillmix.core.system.DischargeValue> p : rows) {
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
            if (v.parameter() == org.skillmix.core.system.DischargeParameter.ARRIVAL_SHARE) shares += v.value();
            seen.add(v.parameter() + "|" + v.scope());
        }
        if (!scopesOk) return;
        List<String> missing = new ArrayList<>();
        for (var parameter : org.skillmix.core.system.DischargeParameter.values()) {
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
                org.skillmix.core.discharge.DischargeInputs.from(
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
        for (Parsed<org.skillmix.core.metrics.MetricPoint> p :
                tables.rows(table, org.skillmix.core.metrics.MetricPoint.class)) {
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
     * Scenario names agree; an intervention starting before the base month is a warning (it acts from month 0);
     * the same intervention code in two scenarios with a different effect is a warning, since such
     * interventions share their random effect draws (common random numbers) and should be the same thing.
     */
    private void interventionsMakeSense(SystemInfo info) {
        DatasetTable table = DatasetTable.INTERVENTIONS;
        if (!tables.loaded(table) || log.hasErrors(tables.file(table))) return;
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, org.skillmix.core.scenario.Intervention> byCode = new LinkedHashMap<>();
        for (Parsed<InterventionsTable.Row> p : tables.rows(table, InterventionsTable.Row.class)) {
            InterventionsTable.Row row = p.value();
            if (!row.scenarioName().isEmpty()) {
                String before = names.putIfAbsent(row.scenarioCode(), row.scenarioName());
                if (before != null && !before.equals(row.scenarioName())) {
                    log.error(
                            tables.file(table),
                            p.row(),
                            "scenario_name",
                            "scenario " + row.scenarioCode() + " is named both \"" + before + "\" and \""
                                    + row.scenarioName() + "\"; give one name (on one row is enough)");
                }
            }
            var iv = row.intervention();
            if (info != null && iv.start().isBefore(info.baseMonth())) {
                log.warning(
                        tables.file(table),
                        p.row(),
                        "start_month",
                        iv.start() + " is before the base month " + info.baseMonth()
                                + "; the intervention acts from the base month, as if it had started then");
            }
            var same = byCode.putIfAbsent(iv.code(), iv);
            if (same != null && (!same.effect().equals(iv.effect()) || same.kind() != iv.kind())) {
                log.warning(
                        tables.file(table),
                        p.row(),
                        "intervention_code",
                        "intervention " + iv.code()
                                + " appears in several scenarios with a different kind or effect; scenarios share an intervention's"
                                + " random effect by its code, so give different interventions different codes");
            }
        }
    }

    private void ageBandsOfUtilisationArePopulationBands() {
        if (!tables.loaded(POPULATION) || !tables.loaded(UTILISATION)) return;
        Set<String> bands = new LinkedHashSet<>();
        tables.values(POPULATION, PopulationCount.class).forEach(p -> bands.add(p.ageBand()));
        if (bands.isEmpty()) return;
        Set<String> reported = new HashSet<>();
        for (Parsed<Utilisation> u : tables.rows(UTILISATION, Utilisation.class)) {
            String band = u.value().ageBand();
            if (!bands.contains(band) && reported.add(band)) {
                log.error(
                        tables.file(UTILISATION),
                        u.row(),
                        "age_band",
                        "age band " + DataRow.quote(band) + " is not in " + tables.file(POPULATION) + " (its bands are "
                                + String.join(", ", bands) + ")");
            }
        }
    }

    /** ALL already covers both sexes: an F or M row beside it would count that demand twice. */
    private void utilisationAllDoesNotOverlapSexes() {
        Map<String, Map<String, Integer>> sexesByServiceBand = new HashMap<>();
        for (Parsed<Utilisation> u : tables.rows(UTILISATION, Utilisation.class)) {
            String key = u.value().serviceCode() + " " + u.value().ageBand();
            Map<String, Integer> sexes = sexesByServiceBand.computeIfAbsent(key, k -> new HashMap<>());
            String sex = u.value().sex();
            Integer clash = sex.equals(DataRow.ALL)
                    ? sexes.entrySet().stream()
                            .filter(e -> !e.getKey().equals(DataRow.ALL))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse(null)
                    : sexes.get(DataRow.ALL);
            if (clash != null) {
                log.error(
                        tables.file(UTILISATION),
                        u.row(),
                        "sex",
                        "service " + u.value().serviceCode() + " age band "
                                + u.value().ageBand() + " has an ALL row and a row for one sex (row " + clash
                                + "); ALL already covers both sexes, so give either ALL or F and M");
            }
            sexes.putIfAbsent(sex, u.row());
        }
    }

    private void seasonalityProfilesAreWhole() {
        Map<String, List<Parsed<Seasonality>>> profiles = new LinkedHashMap<>();
        for (Parsed<Seasonality> s : tables.rows(SEASONALITY, Seasonality.class)) {
            profiles.computeIfAbsent(
                            s.value().serviceCode() + " in place " + s.value().placeCode(), k -> new ArrayList<>())
                    .add(s);
        }
        profiles.forEach((profile, rows) -> {
            int firstRow = rows.get(0).row();
            Set<Integer> months =
                    rows.stream().map(r -> r.value().month()).collect(Collectors.toCollection(TreeSet::new));
            if (months.size() < 12) {
                List<String> missing = new ArrayList<>();
                for (int m = 1; m <= 12; m++) if (!months.contains(m)) missing.add(Integer.toString(m));
                log.error(
                        tables.file(SEASONALITY),
                        firstRow,
                        "month",
                        "the profile of service " + profile + " has no row for month " + String.join(", ", missing)
                                + "; a profile needs all 12 months");
                return;
            }
            double[] multipliers = new double[12];
            rows.forEach(r -> multipliers[r.value().month() - 1] += r.value().multiplier());
            double average = Seasonality.dayWeightedMean(multipliers);
            if (Math.abs(average - 1) > SEASONALITY_TOLERANCE) {
                log.error(
                        tables.file(SEASONALITY),
                        firstRow,
                        "multiplier",
                        "the profile of service " + profile
                                + " has a day-weighted mean of " + String.format(Locale.ROOT, "%.3f", average)
                                + "; a multiplier is the month's activity per day over the year's mean per day,"
                                + " so the 12 weighted by the days of their month must average 1 (within 0.01)");
            }
        });
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

    /**
     * Population is carried forward past its last year and back before its first; say so when one
     * place stops earlier than the rest, or everything stops before the projection starts.
     */
    private void populationCoversPlaces(SystemInfo info) {
        if (!tables.loaded(POPULATION)) return;
        Map<String, int[]> yearsByPlace = new TreeMap<>();
        for (PopulationCount p : tables.values(POPULATION, PopulationCount.class)) {
            yearsByPlace.merge(p.placeCode(), new int[] {p.year(), p.year()}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        for (Parsed<Place> place : tables.rows(PLACES, Place.class)) {
            if (!yearsByPlace.containsKey(place.value().code())) {
                log.warning(
                        tables.file(PLACES),
                        place.row(),
                        "place_code",
                        "place " + place.value().code() + " has no rows in " + tables.file(POPULATION)
                                + "; services there will have no demand");
            }
        }
        int lastYear = yearsByPlace.values().stream().mapToInt(y -> y[1]).max().orElse(0);
        yearsByPlace.forEach((place, years) -> {
            if (years[1] < lastYear) {
                log.warning(
                        tables.file(POPULATION),
                        0,
                        "",
                        "population of place " + place + " stops at " + years[1] + " (other places go to " + lastYear
                                + "); later years use " + years[1] + "'s figures");
            }
        });
        if (info != null && lastYear > 0 && lastYear < info.baseMonth().getYear()) {
            log.warning(
                    tables.file(POPULATION),
                    0,
                    "",
                    "population stops at " + lastYear + ", before base_month " + info.baseMonth()
                            + "; every projected year uses " + lastYear + "'s figures (no growth)");
        }
    }

    private void servicesCreateDemand() {
        Set<String> withUse = tables.values(UTILISATION, Utilisation.class).stream()
                .map(Utilisation::serviceCode)
                .collect(Collectors.toSet());
        Set<String> withHours = tables.values(CAPABILITY_HOURS, CapabilityHours.class).stream()
                .map(CapabilityHours::serviceCode)
                .collect(Collectors.toSet());
        for (Parsed<Service> s : tables.rows(SERVICES, Service.class)) {
            String code = s.value().code();
            if (tables.loaded(UTILISATION) && !withUse.contains(code)) {
                log.warning(
                        tables.file(SERVICES),
                        s.row(),
                        "service_code",
                        "service " + code + " has no rows in " + tables.file(UTILISATION) + "; it creates no demand");
            } else if (tables.loaded(CAPABILITY_HOURS) && !withHours.contains(code)) {
                log.warning(
                        tables.file(SERVICES),
                        s.row(),
                        "service_code",
                        "service " + code + " has no rows in " + tables.file(CAPABILITY_HOURS)
                                + "; its activity needs no staff time");
            }
        }
    }

    private void capabilitiesHaveRoles() {
        if (!tables.loaded(ROLE_CAPABILITIES)) return;
        Set<String> delivered = tables.values(ROLE_CAPABILITIES, RoleCapability.class).stream()
                .map(RoleCapability::capabilityCode)
                .collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        for (Parsed<CapabilityHours> h : tables.rows(CAPABILITY_HOURS, CapabilityHours.class)) {
            String capability = h.value().capabilityCode();
            if (!delivered.contains(capability) && reported.add(capability)) {
                log.warning(
                        tables.file(CAPABILITY_HOURS),
                        h.row(),
                        "capability_code",
                        "no role in "
                                + tables.file(ROLE_CAPABILITIES) + " delivers capability " + capability
                                + "; its demand will all be unmet");
            }
        }
    }

    private void servicesHaveOrganisations() {
        if (!tables.loaded(ORGANISATIONS)) return;
        Set<Sector> sectors = tables.values(ORGANISATIONS, Organisation.class).stream()
                .map(Organisation::sector)
                .collect(Collectors.toSet());
        for (Parsed<Service> s : tables.rows(SERVICES, Service.class)) {
            if (!sectors.contains(s.value().sector())) {
                log.warning(
                        tables.file(SERVICES),
                        s.row(),
                        "sector",
                        "no organisation in "
                                + tables.file(ORGANISATIONS) + " is in sector "
                                + s.value().sector().code()
                                + ", so no staff can deliver service "
                                + s.value().code());
            }
        }
    }
}
