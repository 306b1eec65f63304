package org.skillmix.data.synthetic;

import static org.skillmix.data.synthetic.SyntheticSystem.AGE_BANDS;
import static org.skillmix.data.synthetic.SyntheticSystem.YEARS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.Utilisation;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.synthetic.SyntheticSystem.Size;

/**
 * Builds a synthetic system, used once: the structure ({@link SyntheticStructure}), then demand, seasonality,
 * flows, the pipeline, assumptions and catchments, in the order the random stream is drawn.
 */
final class SyntheticBuilder extends SyntheticStructure {
    SyntheticBuilder(Size size, SplittableRandom random) {
        super(size, random);
    }

    SystemModel build(long seed) {
        SystemInfo info = new SystemInfo(
                "1", "QSY", "E54999999", "Synthetic ICS (seed " + seed + ")", YearMonth.of(2025, 4), 21.67);
        places();
        organisations();
        capabilities();
        roles();
        workforce();
        services();
        demand();
        seasonality();
        flows();
        pipeline();
        assumptions();
        catchments();
        return SystemModel.builder(info)
                .places(places)
                .organisations(organisations)
                .capabilities(capabilities)
                .roles(roles)
                .roleCapabilities(roleCapabilities)
                .services(services)
                .population(population)
                .deprivation(deprivation)
                .utilisation(utilisation)
                .capabilityHours(capabilityHours)
                .seasonality(seasonality)
                .workforce(workforce)
                .flows(flows)
                .pipeline(pipeline)
                .assumptions(assumptions)
                .catchments(catchments)
                .build();
    }

    /**
     * Utilisation by age band and capability hours, scaled so each sector's baseline demand (first
     * population year) is 90-115% of its establishment FTE.
     */
    void demand() {
        Map<Sector, Double> establishment = new LinkedHashMap<>();
        Map<Sector, Set<String>> sectorCapabilities = new LinkedHashMap<>();
        Map<String, Sector> sectorOf = new LinkedHashMap<>();
        organisations.forEach(o -> sectorOf.put(o.code(), o.sector()));
        for (WorkforceLine w : workforce) {
            Sector s = sectorOf.get(w.orgCode());
            establishment.merge(s, w.establishmentFte(), Double::sum);
            Set<String> caps = sectorCapabilities.computeIfAbsent(s, k -> new TreeSet<>());
            roleCapabilities.stream()
                    .filter(rc -> rc.roleCode().equals(w.roleCode()))
                    .forEach(rc -> caps.add(rc.capabilityCode()));
        }
        Map<Sector, Integer> servicesInSector = new LinkedHashMap<>();
        services.forEach(s -> servicesInSector.merge(s.sector(), 1, Integer::sum));
        double[] persons = personsByBand(YEARS.get(0));
        for (Service service : services) {
            // age profile: a U-shape rising steeply with age, with a child peak for some services
            double base = between(0.05, 3.0);
            double childPeak = random.nextBoolean() ? between(0.5, 2.0) : 0.2;
            double steepness = between(0.03, 0.09);
            boolean bySex = random.nextInt(4) == 0;
            double activity = 0;
            for (int a = 0; a < AGE_BANDS.size(); a++) {
                double age = a * 5 + 2.5;
                double rate = base * (Math.exp(steepness * (age - 40)) + (a == 0 ? childPeak : 0) + 0.3);
                if (bySex) {
                    double female = round(rate * 1.1, 5);
                    double male = round(rate * 0.9, 5);
                    utilisation.add(new Utilisation(service.code(), AGE_BANDS.get(a), "F", female));
                    utilisation.add(new Utilisation(service.code(), AGE_BANDS.get(a), "M", male));
                    activity += persons[a] * (female + male) / 2;
                } else {
                    double all = round(rate, 5);
                    utilisation.add(new Utilisation(service.code(), AGE_BANDS.get(a), "ALL", all));
                    activity += persons[a] * all;
                }
            }
            List<String> deliverable = new ArrayList<>(sectorCapabilities.getOrDefault(service.sector(), Set.of()));
            if (deliverable.size() < 2) {
                capabilities.forEach(c -> {
                    if (!deliverable.contains(c.code())) deliverable.add(c.code());
                });
            }
            int count = Math.min(deliverable.size(), 2 + random.nextInt(5)); // 2..6
            List<Integer> chosen = pick(deliverable.size(), count);
            double[] mix = new double[count];
            double mixSum = 0;
            for (int k = 0; k < count; k++) {
                mix[k] = between(0.2, 1.0);
                mixSum += mix[k];
            }
            double targetFte = establishment.getOrDefault(service.sector(), 100.0)
                    / servicesInSector.get(service.sector())
                    * between(0.9, 1.15);
            for (int k = 0; k < count; k++) {
                String cap = deliverable.get(chosen.get(k));
                double hoursPerMonth = capabilities.stream()
                        .filter(c -> c.code().equals(cap))
                        .findFirst()
                        .orElseThrow()
                        .productiveHoursPerFteMonth();
                double hours = targetFte * mix[k] / mixSum * 12 * hoursPerMonth / activity;
                capabilityHours.add(new CapabilityHours(service.code(), cap, Math.max(1e-6, round(hours, 6))));
            }
        }
    }

    /** Persons in each age band summed over places and sexes in a year. */
    double[] personsByBand(int year) {
        double[] persons = new double[AGE_BANDS.size()];
        for (PopulationCount p : population) {
            if (p.year() == year) persons[AGE_BANDS.indexOf(p.ageBand())] += p.persons();
        }
        return persons;
    }

    /** A winter-peaked profile for about half the services, and a summer (tourism) profile in one place. */
    void seasonality() {
        for (int i = 0; i < services.size(); i++) {
            if (i % 2 == 1) continue;
            Service service = services.get(i);
            seasonality.addAll(profile(service.code(), "ALL", between(0.02, 0.15), 1));
            if (i == 0 && places.size() > 1) {
                seasonality.addAll(
                        profile(service.code(), places.get(places.size() - 1).code(), between(0.05, 0.2), 8));
            }
        }
    }

    /** A cosine profile peaking in the given month, rescaled so its 12 multipliers average exactly 1. */
    static List<Seasonality> profile(String service, String place, double amplitude, int peakMonth) {
        double[] m = new double[12];
        for (int month = 1; month <= 12; month++)
            m[month - 1] = 1 + amplitude * Math.cos(2 * Math.PI * (month - peakMonth) / 12.0);
        // activity per day over the year's mean per day: a day-weighted mean of 1
        double mean = Seasonality.dayWeightedMean(m);
        List<Seasonality> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) rows.add(new Seasonality(service, place, month, m[month - 1] / mean));
        return rows;
    }

    // ------------------------------------------------------------------ flows, pipeline, assumptions

    void flows() {
        Map<String, Sector> sectorOf = new LinkedHashMap<>();
        organisations.forEach(o -> sectorOf.put(o.code(), o.sector()));
        List<String[]> sectorRoles = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (WorkforceLine w : workforce) {
            String key = sectorOf.get(w.orgCode()).code() + "|" + w.roleCode();
            if (seen.add(key))
                sectorRoles.add(new String[] {sectorOf.get(w.orgCode()).code(), w.roleCode()});
        }
        int wanted = Math.min(4, sectorRoles.size() / 2);
        Set<String> routes = new LinkedHashSet<>();
        for (int attempt = 0; flows.size() < wanted && attempt < 200; attempt++) {
            String[] from = sectorRoles.get(random.nextInt(sectorRoles.size()));
            String[] to = sectorRoles.get(random.nextInt(sectorRoles.size()));
            if (from[0].equals(to[0]) || !routes.add(String.join("|", from) + ">" + String.join("|", to))) continue;
            double rate = between(0.005, 0.04);
            flows.add(new Flow(
                    Sector.fromCode(from[0]).orElseThrow(),
                    from[1],
                    Sector.fromCode(to[0]).orElseThrow(),
                    to[1],
                    spread(rate, 0.6, 1.5, 4),
                    round(between(0, 2), 2)));
        }
    }

    void pipeline() {
        int rows = Math.min(roles.size(), 3);
        for (int r = 0; r < rows; r++) {
            Role role = roles.get(r);
            String place = r == 0 || places.size() == 1
                    ? "ALL"
                    : places.get(r % places.size()).code();
            int course = Math.max(12, role.trainingLeadTimeMonths() == 0 ? 24 : role.trainingLeadTimeMonths());
            double intake = Math.round(between(10, 300));
            for (int year = 2025; year <= 2027; year++) {
                pipeline.add(new PipelineIntake(
                        role.code(),
                        place,
                        year,
                        intake,
                        course,
                        spread(0.8, 0.9, 1.05, 3),
                        spread(0.7, 0.85, 1.15, 3)));
            }
        }
    }

    void assumptions() {
        String synthetic = "synthetic (SyntheticSystem)";
        assumptions.add(new Assumption("bank_cost_factor", "ALL", new Interval(0.95, 1.0, 1.1), "ratio", synthetic));
        assumptions.add(new Assumption("agency_cost_factor", "ALL", new Interval(1.4, 1.6, 2.0), "ratio", synthetic));
        assumptions.add(
                new Assumption("establishment_growth", "ALL", new Interval(1.0, 1.0, 1.01), "factor/year", synthetic));
        for (int r = 0; r < Math.min(2, roles.size()); r++) {
            double pool = Math.round(between(50, 2000));
            assumptions.add(new Assumption(
                    "labour_pool_annual",
                    roles.get(r).code(),
                    new Interval(Math.round(pool * 0.7), pool, Math.round(pool * 1.3)),
                    "people/year",
                    synthetic));
        }
    }

    /**
     * Acute and mental health trusts and ambulance services serve their home place and the next 1-3
     * places (2-4 in all, as many as the system has), the home place taking the largest share:
     * weights n, n - 1, ..., 1 over n places, rounded to 4 decimals, the last share taking the
     * remainder so each organisation's shares add up to 1. Made without the random stream, so every
     * other table is what it would be without catchments.
     */
    void catchments() {
        if (places.size() < 2) return;
        for (int i = 0; i < organisations.size(); i++) {
            Organisation org = organisations.get(i);
            if (!MULTI_PLACE_SECTORS.contains(org.sector())) continue;
            int home = places.stream().map(Place::code).toList().indexOf(org.placeCode());
            int served = Math.min(places.size(), 2 + i % 3);
            double weights = served * (served + 1) / 2.0;
            double given = 0;
            for (int j = 0; j < served; j++) {
                double share = j < served - 1 ? round((served - j) / weights, 4) : round(1 - given, 4);
                given += share;
                catchments.add(new Catchment(
                        org.code(), places.get((home + j) % places.size()).code(), share));
            }
        }
    }
}
