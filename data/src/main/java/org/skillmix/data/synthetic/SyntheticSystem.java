package org.skillmix.data.synthetic;

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
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.CapabilityHours;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Seasonality;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.Utilisation;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * Builds a synthetic but realistically shaped {@link SystemModel} in memory, for tests, benchmarks and
 * demonstrations at sizes no real dataset has. The same size and seed always give an equal model.
 *
 * <p>Shapes: organisations are spread over the sectors and each sits in one place; acute and mental health
 * trusts and ambulance services serve 2-4 places (their catchment), the others only their own; each role belongs
 * to one sector (a quarter to two) and every organisation employs every role of its sector, with 5-500 FTE; each role delivers 2-8 capabilities with a maximum share each;
 * each service needs 2-6 capabilities that the roles of its sector can deliver; every place has 19 age
 * bands ({@code 0-4} ... {@code 90+}) x 2 sexes x 4 years (2023, 2025, 2030, 2035) with 150,000-500,000
 * persons; seasonality profiles have a day-weighted mean of exactly 1; capability hours are scaled so that each sector's
 * baseline demand is 90-115% of its funded establishment, as in a real system that is short but not
 * absurdly so. Every code used is defined, and the model passes the dataset validation rules of
 * {@code docs/dataset.md}.
 */
public final class SyntheticSystem {

    /** The 19 age bands of the synthetic population and utilisation. */
    public static final List<String> AGE_BANDS = List.of(
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
            "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+");

    /** The population years of every place. */
    public static final List<Integer> YEARS = List.of(2023, 2025, 2030, 2035);

    /**
     * How big a system to build.
     *
     * @param roles          job roles (at least 1)
     * @param organisations  organisations (at least 1)
     * @param places         places, i.e. local authorities (at least 1)
     * @param capabilities   capabilities (at least 2)
     * @param services       services (at least 1)
     */
    public record Size(int roles, int organisations, int places, int capabilities, int services) {

        /** A large ICS: 60 roles, 40 organisations, 10 places, 30 capabilities, 20 services. */
        public static final Size STRESS = new Size(60, 40, 10, 30, 20);

        /** A small system, quick to project: 8 roles, 6 organisations, 2 places, 6 capabilities, 4 services. */
        public static final Size SMALL = new Size(8, 6, 2, 6, 4);

        public Size {
            if (roles < 1 || organisations < 1 || places < 1 || capabilities < 2 || services < 1) {
                throw new IllegalArgumentException(
                        "need roles, organisations, places, services >= 1 and capabilities >= 2, got " + roles + ", "
                                + organisations + ", " + places + ", " + capabilities + ", " + services);
            }
        }
    }

    /** Sectors in the order organisations are dealt to them: the big ones first. */
    private static final List<Sector> SECTOR_ORDER = List.of(
            Sector.ACUTE,
            Sector.ADULT_SOCIAL_CARE,
            Sector.PRIMARY_CARE,
            Sector.COMMUNITY,
            Sector.MENTAL_HEALTH,
            Sector.AMBULANCE,
            Sector.VOLUNTARY,
            Sector.LOCAL_AUTHORITY,
            Sector.INDEPENDENT);

    /** Sectors whose organisations serve several places: hospitals, mental health trusts, ambulances. */
    private static final Set<Sector> MULTI_PLACE_SECTORS = Set.of(Sector.ACUTE, Sector.MENTAL_HEALTH, Sector.AMBULANCE);

    private static final List<String> CAPABILITY_NAMES = List.of(
            "Medicines administration",
            "Wound care",
            "Insulin administration",
            "Triage and assessment",
            "Personal care",
            "Mental health assessment",
            "Prescribing",
            "Digital consultation",
            "Acute nursing care",
            "Emergency response",
            "Diagnostics",
            "Therapy and rehabilitation",
            "Care coordination",
            "End-of-life care",
            "Medical assessment",
            "Catheter care",
            "Phlebotomy",
            "Falls prevention",
            "Dementia care",
            "Safeguarding",
            "Social prescribing",
            "Health visiting",
            "Learning disability support",
            "Tissue viability",
            "Respiratory care",
            "Palliative symptom control",
            "Reablement",
            "Discharge planning",
            "Minor illness",
            "Vaccination");

    private static final List<String> ROLE_NAMES = List.of(
            "Registered nurse (adult)",
            "Healthcare support worker",
            "Care worker",
            "Senior care worker",
            "Nursing associate",
            "Paramedic",
            "General practitioner",
            "Clinical pharmacist",
            "Physician associate",
            "Digital practitioner",
            "Registered nurse (mental health)",
            "Occupational therapist",
            "Physiotherapist",
            "Social worker",
            "Registered manager",
            "Hospital doctor",
            "Practice nurse",
            "Radiographer",
            "Emergency care assistant",
            "Care coordinator");

    private static final List<String> SERVICE_NAMES = List.of(
            "Urgent and emergency care",
            "Acute inpatient care",
            "Cancer",
            "Diagnostics",
            "Community nursing",
            "Community mental health",
            "General practice",
            "Homecare",
            "Care homes",
            "Ambulance response",
            "CAMHS",
            "Learning disability",
            "Intermediate care",
            "Hospice care",
            "Reablement",
            "Maternity",
            "Outpatients",
            "Elective surgery",
            "Crisis mental health",
            "Falls service");

    private static final String[] STAFF_GROUPS = {
        "Nurses & health visitors",
        "Support to doctors, nurses & midwives",
        "HCHS doctors",
        "Scientific, therapeutic & technical staff",
        "Ambulance staff",
        "Adult social care: direct care",
        "General practice"
    };

    private SyntheticSystem() {}

    /** A synthetic system of the given size; equal seeds give equal models. */
    public static SystemModel generate(Size size, long seed) {
        return new Builder(size, new SplittableRandom(seed)).build(seed);
    }

    /** Holds the random stream and the tables built so far; used once. */
    private static final class Builder {
        private final Size size;
        private final SplittableRandom random;

        private final List<Place> places = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Capability> capabilities = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        private final List<RoleCapability> roleCapabilities = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final List<PopulationCount> population = new ArrayList<>();
        private final List<Deprivation> deprivation = new ArrayList<>();
        private final List<Utilisation> utilisation = new ArrayList<>();
        private final List<CapabilityHours> capabilityHours = new ArrayList<>();
        private final List<Seasonality> seasonality = new ArrayList<>();
        private final List<WorkforceLine> workforce = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();
        private final List<PipelineIntake> pipeline = new ArrayList<>();
        private final List<Assumption> assumptions = new ArrayList<>();
        private final List<Catchment> catchments = new ArrayList<>();

        Builder(Size size, SplittableRandom random) {
            this.size = size;
            this.random = random;
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

        // ------------------------------------------------------------------ geography and population

        private void places() {
            for (int i = 0; i < size.places(); i++) {
                String code = String.format("E06%06d", 900001 + i);
                places.add(new Place(code, "Synthetic place " + (i + 1), "local_authority"));
                deprivation.add(new Deprivation(code, round(between(8, 45), 3)));
                double total = between(150_000, 500_000);
                double older = between(0.7, 1.3); // tilts the age structure older or younger
                double[] weights = ageWeights(older);
                double femaleShareOld = between(0.55, 0.62);
                double growth = between(0.997, 1.012); // annual growth of the place
                for (int year : YEARS) {
                    double yearTotal = total * Math.pow(growth, year - YEARS.get(0));
                    double ageing = 1 + 0.02 * (year - YEARS.get(0)) / 5.0; // older bands grow a little faster
                    double[] w = weights.clone();
                    double sum = 0;
                    for (int a = 0; a < w.length; a++) {
                        if (a >= 13) w[a] *= ageing;
                        sum += w[a];
                    }
                    for (int a = 0; a < w.length; a++) {
                        double persons = yearTotal * w[a] / sum;
                        double female =
                                a < 13 ? 0.49 + 0.02 * a / 13.0 : 0.51 + (femaleShareOld - 0.51) * (a - 13) / 5.0;
                        population.add(
                                new PopulationCount(code, year, "F", AGE_BANDS.get(a), Math.round(persons * female)));
                        population.add(new PopulationCount(
                                code, year, "M", AGE_BANDS.get(a), Math.round(persons * (1 - female))));
                    }
                }
            }
        }

        /** Relative size of each 5-year band: flat to 60, then falling away; older tilts the old bands. */
        private double[] ageWeights(double older) {
            double[] w = new double[AGE_BANDS.size()];
            for (int a = 0; a < w.length; a++) {
                double base = a <= 12 ? 1.0 - 0.01 * a : Math.max(0.05, 0.9 - 0.17 * (a - 12));
                if (a == 18) base = 0.07;
                w[a] = base * (a >= 13 ? older : 1) * between(0.92, 1.08);
            }
            return w;
        }

        // ------------------------------------------------------------------ organisations, capabilities, roles

        private void organisations() {
            int sectors = Math.min(size.organisations(), 7);
            for (int i = 0; i < size.organisations(); i++) {
                Sector sector = SECTOR_ORDER.get(i % sectors);
                String place = places.get(i % places.size()).code();
                organisations.add(new Organisation(
                        String.format("Z%03d", i + 1),
                        "Synthetic " + sector.code().replace('_', ' ') + " provider " + (i + 1),
                        sector,
                        place));
            }
        }

        private void capabilities() {
            for (int i = 0; i < size.capabilities(); i++) {
                String name = i < CAPABILITY_NAMES.size() ? CAPABILITY_NAMES.get(i) : "Capability " + (i + 1);
                capabilities.add(new Capability(String.format("CAP%02d", i + 1), name, round(between(115, 140), 1)));
            }
        }

        private void roles() {
            for (int i = 0; i < size.roles(); i++) {
                String name = i < ROLE_NAMES.size() ? ROLE_NAMES.get(i) : "Role " + (i + 1);
                double pay = Math.round(between(22_000, 95_000) / 100.0) * 100.0;
                double cost = Math.round(pay * between(1.2, 1.35) / 100.0) * 100.0;
                double hours = random.nextInt(5) == 0 ? 40 : 37.5;
                int lead = new int[] {0, 0, 3, 6, 12, 24, 36, 36, 60, 84}[random.nextInt(10)];
                String code = String.format("ROLE%02d", i + 1);
                roles.add(new Role(
                        code,
                        name,
                        STAFF_GROUPS[i % STAFF_GROUPS.length],
                        pay < 30_000 ? "AfC 3" : pay < 45_000 ? "AfC 5" : pay < 60_000 ? "AfC 7" : "Medical",
                        pay,
                        cost,
                        hours,
                        lead));
                int count = Math.min(size.capabilities(), 2 + random.nextInt(7)); // 2..8
                List<Integer> chosen = pick(size.capabilities(), count);
                for (int k = 0; k < chosen.size(); k++) {
                    double share = k == 0 ? round(between(0.5, 1.0), 2) : round(between(0.1, 0.6), 2);
                    roleCapabilities.add(new RoleCapability(
                            code, capabilities.get(chosen.get(k)).code(), share));
                }
            }
        }

        // ------------------------------------------------------------------ workforce

        private void workforce() {
            // Roles belong to sectors as in a real system (care homes employ care workers, not paramedics):
            // each role has a home sector and a quarter of them a second one, and every organisation employs
            // every role of its sector. So 60 roles over 40 organisations give each about a dozen roles.
            List<Sector> sectors = staffedSectors();
            Map<Sector, Set<String>> rolesBySector = new LinkedHashMap<>();
            sectors.forEach(s -> rolesBySector.put(s, new TreeSet<>()));
            for (int r = 0; r < roles.size(); r++) {
                rolesBySector
                        .get(sectors.get(r % sectors.size()))
                        .add(roles.get(r).code());
                if (sectors.size() > 1 && random.nextInt(4) == 0) {
                    rolesBySector
                            .get(sectors.get(random.nextInt(sectors.size())))
                            .add(roles.get(r).code());
                }
            }
            Map<String, Set<String>> rolesByOrg = new LinkedHashMap<>();
            organisations.forEach(o -> rolesByOrg.put(o.code(), new TreeSet<>(rolesBySector.get(o.sector()))));
            for (Organisation org : organisations) {
                Set<String> own = rolesByOrg.get(org.code());
                if (own.isEmpty())
                    own.add(roles.get(random.nextInt(roles.size())).code());
            }
            for (Organisation org : organisations) {
                boolean social = org.sector() == Sector.ADULT_SOCIAL_CARE;
                for (String role : rolesByOrg.get(org.code())) {
                    double fte = round(Math.exp(between(Math.log(5), Math.log(500))), 1);
                    double vacancyRate = social ? between(0.06, 0.12) : between(0.04, 0.10);
                    double leaver = social ? between(0.2, 0.32) : between(0.07, 0.12);
                    double fill = between(0.5, 0.8);
                    workforce.add(new WorkforceLine(
                            org.code(),
                            role,
                            Math.round(fte * between(1.05, 1.3)),
                            fte,
                            round(fte * vacancyRate, 1),
                            round(fte * between(0, 0.08), 1),
                            round(fte * between(0, 0.03), 1),
                            round(between(0.03, 0.07), 4),
                            spread(leaver, 0.85, 1.2, 3),
                            spread(fill, 0.8, 1.15, 3)));
                }
            }
        }

        // ------------------------------------------------------------------ services and demand

        /** Sectors that have organisations, in dealing order. */
        private List<Sector> staffedSectors() {
            Set<Sector> present = new LinkedHashSet<>();
            for (Sector s : SECTOR_ORDER) {
                if (organisations.stream().anyMatch(o -> o.sector() == s)) present.add(s);
            }
            return new ArrayList<>(present);
        }

        private void services() {
            List<Sector> sectors = staffedSectors();
            for (int i = 0; i < size.services(); i++) {
                String name = i < SERVICE_NAMES.size() ? SERVICE_NAMES.get(i) : "Service " + (i + 1);
                double g = between(1.0, 1.03);
                double unmet = between(1.0, 1.08);
                String criticality = i % 5 == 2 || i % 5 == 3 ? "critical" : i % 2 == 0 ? "high" : "standard";
                services.add(new Service(
                        String.format("SVC%02d", i + 1),
                        name,
                        sectors.get(i % sectors.size()),
                        criticality,
                        new Interval(round(g - 0.01, 4), round(g, 4), round(g + 0.01, 4)),
                        new Interval(1.0, round(unmet, 4), round(unmet + 0.04, 4)),
                        round(between(0, 0.6), 2)));
            }
        }

        /**
         * Utilisation by age band and capability hours, scaled so each sector's baseline demand (first
         * population year) is 90-115% of its establishment FTE.
         */
        private void demand() {
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
        private double[] personsByBand(int year) {
            double[] persons = new double[AGE_BANDS.size()];
            for (PopulationCount p : population) {
                if (p.year() == year) persons[AGE_BANDS.indexOf(p.ageBand())] += p.persons();
            }
            return persons;
        }

        /** A winter-peaked profile for about half the services, and a summer (tourism) profile in one place. */
        private void seasonality() {
            for (int i = 0; i < services.size(); i++) {
                if (i % 2 == 1) continue;
                Service service = services.get(i);
                seasonality.addAll(profile(service.code(), "ALL", between(0.02, 0.15), 1));
                if (i == 0 && places.size() > 1) {
                    seasonality.addAll(profile(
                            service.code(), places.get(places.size() - 1).code(), between(0.05, 0.2), 8));
                }
            }
        }

        /** A cosine profile peaking in the given month, rescaled so its 12 multipliers average exactly 1. */
        private static List<Seasonality> profile(String service, String place, double amplitude, int peakMonth) {
            double[] m = new double[12];
            for (int month = 1; month <= 12; month++)
                m[month - 1] = 1 + amplitude * Math.cos(2 * Math.PI * (month - peakMonth) / 12.0);
            // activity per day over the year's mean per day: a day-weighted mean of 1
            double mean = Seasonality.dayWeightedMean(m);
            List<Seasonality> rows = new ArrayList<>();
            for (int month = 1; month <= 12; month++)
                rows.add(new Seasonality(service, place, month, m[month - 1] / mean));
            return rows;
        }

        // ------------------------------------------------------------------ flows, pipeline, assumptions

        private void flows() {
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

        private void pipeline() {
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

        private void assumptions() {
            String synthetic = "synthetic (SyntheticSystem)";
            assumptions.add(
                    new Assumption("bank_cost_factor", "ALL", new Interval(0.95, 1.0, 1.1), "ratio", synthetic));
            assumptions.add(
                    new Assumption("agency_cost_factor", "ALL", new Interval(1.4, 1.6, 2.0), "ratio", synthetic));
            assumptions.add(new Assumption(
                    "establishment_growth", "ALL", new Interval(1.0, 1.0, 1.01), "factor/year", synthetic));
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
        private void catchments() {
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

        // ------------------------------------------------------------------ helpers

        private double between(double low, double high) {
            return low + (high - low) * random.nextDouble();
        }

        /** count distinct indices from 0..n-1, in the order drawn. */
        private List<Integer> pick(int n, int count) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < n; i++) all.add(i);
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(n - i);
                Integer t = all.get(i);
                all.set(i, all.get(j));
                all.set(j, t);
            }
            return new ArrayList<>(all.subList(0, count));
        }

        /** An interval around a mode, its ends a factor below and above, capped to a share at 1. */
        private static Interval spread(double mode, double lowFactor, double highFactor, int digits) {
            double m = round(Math.min(1, mode), digits);
            double low = round(Math.min(m, m * lowFactor), digits);
            double high = round(Math.min(1, Math.max(m, m * highFactor)), digits);
            return new Interval(low, m, high);
        }

        private static double round(double value, int digits) {
            double scale = Math.pow(10, digits);
            return Math.round(value * scale) / scale;
        }
    }
}
