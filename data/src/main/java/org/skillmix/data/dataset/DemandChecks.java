package org.skillmix.data.dataset;

import static org.skillmix.data.dataset.DatasetTable.CAPABILITY_HOURS;
import static org.skillmix.data.dataset.DatasetTable.ORGANISATIONS;
import static org.skillmix.data.dataset.DatasetTable.POPULATION;
import static org.skillmix.data.dataset.DatasetTable.ROLE_CAPABILITIES;
import static org.skillmix.data.dataset.DatasetTable.SEASONALITY;
import static org.skillmix.data.dataset.DatasetTable.SERVICES;
import static org.skillmix.data.dataset.DatasetTable.UTILISATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.Utilisation;

/**
 * Checks of what creates demand: utilisation's age bands and sexes, seasonality profiles, and services and capabilities that nothing delivers. Each runs only when the tables it needs were read, so a missing file gives one problem rather than a
 * cascade.
 */
final class DemandChecks {

    /** How far a seasonality profile's average may be from 1 before it is an error, not rounding. */
    static final double SEASONALITY_TOLERANCE = 0.01;

    private final LoadedTables tables;
    private final ProblemLog log;

    DemandChecks(LoadedTables tables, ProblemLog log) {
        this.tables = tables;
        this.log = log;
    }

    void run() {
        ageBandsOfUtilisationArePopulationBands();
        utilisationAllDoesNotOverlapSexes();
        seasonalityProfilesAreWhole();
        servicesCreateDemand();
        capabilitiesHaveRoles();
        servicesHaveOrganisations();
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
