package org.skillmix.core.mutualaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random mutual-aid instances: places scattered over a 60 km square (straight-line distances), organisations
 * with a few services each, staff with one to three verified capabilities, and a winter surge that peaks
 * mid-season. The same seed always gives the same instance.
 */
final class GeneratedSurge {

    static final LocalDate FIRST_WEEK_ENDS = LocalDate.of(2026, 12, 6);

    private GeneratedSurge() {}

    /**
     * @param services       (organisation, service) pairs; staff are spread evenly over them
     * @param shortfallShare the share of services short of staff in a peak week
     * @param floorShare     each service's minimum staffing floor as a share of its staff FTE (about)
     */
    static MutualAidPlan generate(
            long seed,
            int staffCount,
            int services,
            int weeks,
            int places,
            int capabilities,
            double shortfallShare,
            double floorShare) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] xy = new double[places][];
        Distances.Builder km = Distances.builder();
        for (int p = 0; p < places; p++) {
            xy[p] = new double[] {random.nextDouble(60), random.nextDouble(60)};
            for (int q = 0; q < p; q++)
                km.km("P" + p, "P" + q, Math.round(Math.hypot(xy[p][0] - xy[q][0], xy[p][1] - xy[q][1])));
        }
        Distances distances = km.build();
        int orgs = Math.max(2, services / 8);
        String[] orgPlace = new String[orgs];
        for (int o = 0; o < orgs; o++) orgPlace[o] = "P" + random.nextInt(places);

        List<HomeService> homes = new ArrayList<>();
        Map<HomeService, Boolean> critical = new HashMap<>();
        Map<HomeService, Boolean> protectedService = new HashMap<>();
        for (int s = 0; s < services; s++) {
            HomeService home = new HomeService("O" + (s % orgs), "S" + (s / orgs));
            homes.add(home);
            critical.put(home, random.nextDouble() < 0.4);
            protectedService.put(home, random.nextDouble() < 0.1);
        }

        List<StaffMember> staff = new ArrayList<>();
        Map<HomeService, Double> fteByHome = new LinkedHashMap<>();
        double[] ftes = {1.0, 1.0, 0.8, 0.6, 0.5};
        LocalDate lastWeekEnds = FIRST_WEEK_ENDS.plusWeeks(weeks - 1);
        for (int i = 0; i < staffCount; i++) {
            HomeService home = homes.get(i % homes.size());
            Map<String, Integer> caps = new HashMap<>();
            int held = 1 + random.nextInt(3);
            for (int c = 0; c < held; c++) caps.put("C" + random.nextInt(capabilities), 1 + random.nextInt(3));
            double fte = ftes[random.nextInt(ftes.length)];
            double passportRoll = random.nextDouble();
            LocalDate passport = passportRoll < 0.8
                    ? lastWeekEnds.plusMonths(6)
                    : passportRoll < 0.9 ? FIRST_WEEK_ENDS.plusWeeks(random.nextInt(weeks)) : null;
            int org = Integer.parseInt(home.orgCode().substring(1));
            String base = random.nextDouble() < 0.7 ? orgPlace[org] : "P" + random.nextInt(places);
            staff.add(new StaffMember(
                    String.format("X%05d", i),
                    home.orgCode(),
                    home.serviceCode(),
                    "R" + random.nextInt(4),
                    caps,
                    fte,
                    base,
                    random.nextInt(Math.min(weeks, 6) + 1),
                    10 + random.nextInt(51),
                    passport));
            fteByHome.merge(home, fte, Double::sum);
        }
        List<DonorService> donors = new ArrayList<>();
        for (HomeService home : homes) {
            double fte = fteByHome.getOrDefault(home, 0.0);
            double floor = Math.round(fte * Math.min(1, floorShare * (0.9 + 0.2 * random.nextDouble())) * 100) / 100.0;
            donors.add(new DonorService(home.orgCode(), home.serviceCode(), fte, floor, protectedService.get(home)));
        }

        List<Shortfall> shortfalls = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            // Winter: the surge builds to a peak in the middle of the season and eases after it.
            double intensity = weeks == 1 ? 1 : 0.5 + 0.5 * Math.sin(Math.PI * (w - 0.5) / weeks);
            for (HomeService home : homes) {
                if (random.nextDouble() >= shortfallShare * intensity) continue;
                String cap = "C" + random.nextInt(capabilities);
                double need = Math.round((0.5 + random.nextDouble() * 4.5) * 10) / 10.0;
                int org = Integer.parseInt(home.orgCode().substring(1));
                shortfalls.add(new Shortfall(
                        "W" + w + home.orgCode() + home.serviceCode() + cap,
                        w,
                        FIRST_WEEK_ENDS.plusWeeks(w - 1),
                        home.orgCode(),
                        home.serviceCode(),
                        orgPlace[org],
                        cap,
                        need,
                        critical.get(home)));
            }
        }
        return MutualAidPlan.of(staff, shortfalls, donors, distances, weeks);
    }
}
