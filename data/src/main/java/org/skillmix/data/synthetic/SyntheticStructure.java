package org.skillmix.data.synthetic;

import static org.skillmix.data.synthetic.SyntheticSystem.AGE_BANDS;
import static org.skillmix.data.synthetic.SyntheticSystem.YEARS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.Deprivation;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.PopulationCount;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.RoleCapability;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;
import org.skillmix.data.synthetic.SyntheticSystem.Size;

/** A synthetic system's structure: places and their people, organisations, capabilities, roles, workforce, services. */
abstract class SyntheticStructure extends SyntheticTables {
    SyntheticStructure(Size size, SplittableRandom random) {
        super(size, random);
    }

    // ------------------------------------------------------------------ geography and population

    void places() {
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
                    double female = a < 13 ? 0.49 + 0.02 * a / 13.0 : 0.51 + (femaleShareOld - 0.51) * (a - 13) / 5.0;
                    population.add(
                            new PopulationCount(code, year, "F", AGE_BANDS.get(a), Math.round(persons * female)));
                    population.add(
                            new PopulationCount(code, year, "M", AGE_BANDS.get(a), Math.round(persons * (1 - female))));
                }
            }
        }
    }

    /** Relative size of each 5-year band: flat to 60, then falling away; older tilts the old bands. */
    double[] ageWeights(double older) {
        double[] w = new double[AGE_BANDS.size()];
        for (int a = 0; a < w.length; a++) {
            double base = a <= 12 ? 1.0 - 0.01 * a : Math.max(0.05, 0.9 - 0.17 * (a - 12));
            if (a == 18) base = 0.07;
            w[a] = base * (a >= 13 ? older : 1) * between(0.92, 1.08);
        }
        return w;
    }

    // ------------------------------------------------------------------ organisations, capabilities, roles

    void organisations() {
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

    void capabilities() {
        for (int i = 0; i < size.capabilities(); i++) {
            String name = i < CAPABILITY_NAMES.size() ? CAPABILITY_NAMES.get(i) : "Capability " + (i + 1);
            capabilities.add(new Capability(String.format("CAP%02d", i + 1), name, round(between(115, 140), 1)));
        }
    }

    void roles() {
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
                roleCapabilities.add(
                        new RoleCapability(code, capabilities.get(chosen.get(k)).code(), share));
            }
        }
    }

    // ------------------------------------------------------------------ workforce

    void workforce() {
        // Roles belong to sectors as in a real system (care homes employ care workers, not paramedics):
        // each role has a home sector and a quarter of them a second one, and every organisation employs
        // every role of its sector. So 60 roles over 40 organisations give each about a dozen roles.
        List<Sector> sectors = staffedSectors();
        Map<Sector, Set<String>> rolesBySector = new LinkedHashMap<>();
        sectors.forEach(s -> rolesBySector.put(s, new TreeSet<>()));
        for (int r = 0; r < roles.size(); r++) {
            rolesBySector.get(sectors.get(r % sectors.size())).add(roles.get(r).code());
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
            if (own.isEmpty()) own.add(roles.get(random.nextInt(roles.size())).code());
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
    List<Sector> staffedSectors() {
        Set<Sector> present = new LinkedHashSet<>();
        for (Sector s : SECTOR_ORDER) {
            if (organisations.stream().anyMatch(o -> o.sector() == s)) present.add(s);
        }
        return new ArrayList<>(present);
    }

    void services() {
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
}
