package org.skillmix.data.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skillmix.core.measure.Measure;
import org.skillmix.core.projection.Projection;
import org.skillmix.core.projection.ProjectionSettings;
import org.skillmix.core.projection.Series;
import org.skillmix.core.projection.SeriesKey;
import org.skillmix.core.system.Assumption;
import org.skillmix.core.system.Capability;
import org.skillmix.core.system.Flow;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.PipelineIntake;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Role;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.core.uncertainty.Interval;

/**
 * A small but realistic hand-made system and projection (the engine is not available to these
 * tests): four places, four sectors, six capabilities, five roles, smooth trends with seasonality and
 * widening P10–P90 bands, and every total level the engine produces.
 */
public final class SampleSystem {
    public static final String ALL = SeriesKey.ALL;

    private SampleSystem() {}

    public static SystemModel system(String name, String firstCapabilityName) {
        SystemInfo info = new SystemInfo("1", "QOP", "E54000057", name, YearMonth.of(2025, 4), 21.67);
        List<Place> places = List.of(
                new Place("E08000003", "Manchester", "local_authority"),
                new Place("E08000006", "Salford", "local_authority"),
                new Place("E08000007", "Stockport", "local_authority"),
                new Place("E08000010", "Wigan", "local_authority"));
        List<Organisation> orgs = List.of(
                new Organisation("R0A", "Manchester University NHS FT", Sector.ACUTE, "E08000003"),
                new Organisation("RM3", "Northern Care Alliance NHS FT", Sector.ACUTE, "E08000006"),
                new Organisation("RWJ", "Stockport NHS FT", Sector.COMMUNITY, "E08000007"),
                new Organisation("U1", "Manchester primary care networks", Sector.PRIMARY_CARE, "E08000003"),
                new Organisation("U2", "Wigan primary care networks", Sector.PRIMARY_CARE, "E08000010"),
                new Organisation("ASC1", "Salford care providers", Sector.ADULT_SOCIAL_CARE, "E08000006"),
                new Organisation("ASC2", "Wigan care providers", Sector.ADULT_SOCIAL_CARE, "E08000010"));
        List<Capability> capabilities = List.of(
                new Capability("wound_care", firstCapabilityName, 119.33),
                new Capability("medicines_admin", "Medicines administration", 119.33),
                new Capability("personal_care", "Personal care", 119.33),
                new Capability("triage", "Triage", 119.33),
                new Capability("mh_assessment", "Mental health assessment", 119.33),
                new Capability("prescribing", "Prescribing", 119.33));
        List<Role> roles = List.of(
                new Role("rn_adult", "Registered nurse (adult)", "Nurses", "AfC 5", 31000, 41000, 37.5, 36),
                new Role("hcsw", "Healthcare support worker", "Support", "AfC 3", 24000, 31000, 37.5, 0),
                new Role("care_worker", "Care worker", "Social care", "NLW", 22000, 26000, 37.5, 0),
                new Role("gp", "General practitioner", "Medical", "GP", 100000, 130000, 37.5, 120),
                new Role("pharmacist", "Clinical pharmacist", "Pharmacy", "AfC 7", 48000, 62000, 37.5, 60));
        List<Service> services = List.of(
                new Service(
                        "uec",
                        "Urgent and emergency care",
                        Sector.ACUTE,
                        "critical",
                        new Interval(1.01, 1.02, 1.035),
                        new Interval(1.0, 1.03, 1.08),
                        0.2),
                new Service(
                        "comm_nursing",
                        "Community nursing",
                        Sector.COMMUNITY,
                        "high",
                        new Interval(1.015, 1.025, 1.04),
                        Interval.fixed(1.05),
                        0.1),
                new Service(
                        "gp_appts",
                        "General practice appointments",
                        Sector.PRIMARY_CARE,
                        "standard",
                        Interval.fixed(1.01),
                        new Interval(1.0, 1.05, 1.1),
                        0.3),
                new Service(
                        "homecare",
                        "Homecare",
                        Sector.ADULT_SOCIAL_CARE,
                        "high",
                        new Interval(1.02, 1.03, 1.05),
                        new Interval(1.05, 1.1, 1.2),
                        0.0));
        List<WorkforceLine> workforce = new ArrayList<>();
        for (Organisation o : orgs) {
            for (Role r : rolesOf(o.sector(), roles)) {
                double fte = 40 + (o.code().hashCode() & 0xff) + (r.code().length() * 17);
                workforce.add(new WorkforceLine(
                        o.code(),
                        r.code(),
                        fte * 1.1,
                        fte,
                        fte * 0.09,
                        fte * 0.03,
                        fte * 0.02,
                        0.05,
                        o.sector() == Sector.ADULT_SOCIAL_CARE
                                ? new Interval(0.22, 0.28, 0.34)
                                : new Interval(0.07, 0.091, 0.12),
                        new Interval(0.3, 0.5, 0.7)));
            }
        }
        List<Flow> flows = List.of(
                new Flow(
                        Sector.ADULT_SOCIAL_CARE,
                        "care_worker",
                        Sector.ACUTE,
                        "hcsw",
                        new Interval(0.02, 0.04, 0.06),
                        1.5),
                new Flow(
                        Sector.ACUTE,
                        "hcsw",
                        Sector.ADULT_SOCIAL_CARE,
                        "care_worker",
                        new Interval(0.005, 0.01, 0.02),
                        0.5));
        List<PipelineIntake> pipeline = List.of(
                new PipelineIntake(
                        "rn_adult",
                        "ALL",
                        2025,
                        420,
                        36,
                        new Interval(0.75, 0.82, 0.88),
                        new Interval(0.55, 0.65, 0.75)),
                new PipelineIntake(
                        "pharmacist", "E08000003", 2025, 40, 60, new Interval(0.85, 0.9, 0.95), Interval.fixed(0.5)));
        List<Assumption> assumptions = List.of(
                new Assumption(
                        "labour_pool_annual",
                        "care_worker",
                        new Interval(800, 1200, 1500),
                        "people a year",
                        "Skills for Care workforce estimates 2023/24 (regional share)"),
                new Assumption(
                        "agency_cost_factor", "ALL", new Interval(1.4, 1.6, 2.0), "ratio", "NHS England agency rules"),
                new Assumption("establishment_growth", "adult_social_care", Interval.fixed(1.01), "factor a year", ""));
        return SystemModel.builder(info)
                .places(places)
                .organisations(orgs)
                .capabilities(capabilities)
                .roles(roles)
                .roleCapabilities(List.of())
                .services(services)
                .population(List.of())
                .deprivation(List.of())
                .utilisation(List.of())
                .capabilityHours(List.of())
                .seasonality(List.of())
                .workforce(workforce)
                .flows(flows)
                .pipeline(pipeline)
                .assumptions(assumptions)
                .build();
    }

    private static List<Role> rolesOf(Sector sector, List<Role> roles) {
        List<String> codes = switch (sector) {
            case ACUTE -> List.of("rn_adult", "hcsw");
            case COMMUNITY -> List.of("rn_adult", "hcsw", "pharmacist");
            case PRIMARY_CARE -> List.of("gp", "pharmacist", "rn_adult");
            default -> List.of("care_worker", "hcsw");
        };
        return roles.stream().filter(r -> codes.contains(r.code())).toList();
    }

    /** A projection of the system with every level of series; draws 0 gives mean-only-equal quantiles. */
    public static Projection projection(SystemModel system, int years, int draws) {
        ProjectionSettings settings = new ProjectionSettings(years, draws, 20250401L, 4);
        List<YearMonth> months = new ArrayList<>();
        for (int m = 0; m < settings.months(); m++)
            months.add(system.info().baseMonth().plusMonths(m));
        int n = months.size();
        Map<SeriesKey, Trend> fine = new LinkedHashMap<>();
        List<Sector> sectors = List.of(Sector.ACUTE, Sector.COMMUNITY, Sector.PRIMARY_CARE, Sector.ADULT_SOCIAL_CARE);
        for (var cap : system.capabilities()) {
            for (Sector sector : sectors) {
                for (var place : system.places()) {
                    int seed = Math.abs((cap.code() + sector + place.code()).hashCode());
                    double base = 20 + seed % 180;
                    double growth = 1.015 + (seed % 7) * 0.004;
                    double supplyTrend = 0.995 + (seed % 9) * 0.006;
                    double start = 0.9 + (seed % 5) * 0.05;
                    Trend demand = Trend.of(
                            n,
                            t -> base
                                    * Math.pow(growth, t / 12.0)
                                    * (1 + 0.06 * Math.cos(2 * Math.PI * (t - 9) / 12.0)),
                            0.012);
                    Trend supply = Trend.of(n, t -> base * start * Math.pow(supplyTrend, t / 12.0), 0.01);
                    fine.put(key(Measure.DEMAND_FTE, cap.code(), ALL, sector.code(), ALL, place.code()), demand);
                    fine.put(key(Measure.SUPPLY_FTE, cap.code(), ALL, sector.code(), ALL, place.code()), supply);
                    fine.put(
                            key(Measure.GAP_FTE, cap.code(), ALL, sector.code(), ALL, place.code()),
                            demand.minus(supply));
                    fine.put(
                            key(Measure.UNMET_FTE, cap.code(), ALL, sector.code(), ALL, place.code()),
                            demand.minus(supply).floorZero());
                }
            }
        }
        for (WorkforceLine line : system.workforce()) {
            Organisation org = system.organisation(line.orgCode()).orElseThrow();
            double leave = 1 - Math.pow(1 - line.leaverRate().mode(), 1 / 12.0);
            Trend inPost = Trend.of(n, t -> line.fteInPost() * Math.pow(0.997, t), 0.008);
            for (Measure m : List.of(
                    Measure.STAFF_IN_POST_FTE,
                    Measure.EFFECTIVE_FTE,
                    Measure.VACANCY_FTE,
                    Measure.LEAVERS_FTE,
                    Measure.RECRUITS_FTE,
                    Measure.QUALIFIERS_FTE,
                    Measure.TRANSFERS_IN_FTE,
                    Measure.TRANSFERS_OUT_FTE,
                    Measure.PAY_COST_GBP)) {
                double annualCost = system.role(line.roleCode()).orElseThrow().annualCost();
                Trend t = switch (m) {
                    case STAFF_IN_POST_FTE -> inPost;
                    case EFFECTIVE_FTE -> inPost.scale(0.95).plus(line.bankFte() + line.agencyFte());
                    case VACANCY_FTE ->
                        Trend.of(n, i -> line.vacancyFte() + line.fteInPost() * (1 - Math.pow(0.997, i)), 0.02);
                    case LEAVERS_FTE -> inPost.scale(leave);
                    case RECRUITS_FTE -> inPost.scale(leave * 0.85);
                    case QUALIFIERS_FTE -> inPost.scale(0.002);
                    case TRANSFERS_IN_FTE -> inPost.scale(0.001);
                    case TRANSFERS_OUT_FTE -> inPost.scale(0.0012);
                    default -> inPost.scale(annualCost / 12);
                };
                fine.put(key(m, ALL, line.roleCode(), org.sector().code(), line.orgCode(), org.placeCode()), t);
            }
        }
        Map<SeriesKey, Trend> all = new LinkedHashMap<>(fine);
        for (var e : fine.entrySet()) {
            SeriesKey k = e.getKey();
            boolean capability = k.role().equals(ALL);
            List<SeriesKey> parents = capability
                    ? List.of(
                            key(k.measure(), k.capability(), ALL, ALL, ALL, k.place()),
                            key(k.measure(), k.capability(), ALL, k.sector(), ALL, ALL),
                            key(k.measure(), k.capability(), ALL, ALL, ALL, ALL),
                            key(k.measure(), ALL, ALL, k.sector(), ALL, ALL),
                            key(k.measure(), ALL, ALL, ALL, ALL, k.place()),
                            key(k.measure(), ALL, ALL, ALL, ALL, ALL))
                    : List.of(
                            key(k.measure(), ALL, k.role(), ALL, ALL, ALL),
                            key(k.measure(), ALL, ALL, k.sector(), k.organisation(), k.place()),
                            key(k.measure(), ALL, ALL, k.sector(), ALL, ALL),
                            key(k.measure(), ALL, ALL, ALL, ALL, k.place()),
                            key(k.measure(), ALL, ALL, ALL, ALL, ALL));
            for (SeriesKey parent : parents) all.merge(parent, e.getValue(), Trend::plusIndependent);
        }
        List<Series> series = new ArrayList<>();
        all.forEach((k, t) -> series.add(t.series(k, draws)));
        return new Projection(settings, months, series);
    }

    public static SeriesKey key(
            Measure m, String capability, String role, String sector, String organisation, String place) {
        return new SeriesKey(m, capability, role, sector, organisation, place);
    }

    /** A mean path and a standard deviation path; sums treat their parts as independent. */
    record Trend(double[] mean, double[] sd) {
        static Trend of(int n, java.util.function.IntToDoubleFunction f, double relativeSdPerYear) {
            double[] mean = new double[n];
            double[] sd = new double[n];
            for (int t = 0; t < n; t++) {
                mean[t] = f.applyAsDouble(t);
                sd[t] = Math.abs(mean[t]) * relativeSdPerYear * Math.sqrt(1 + t / 12.0) * 2;
            }
            return new Trend(mean, sd);
        }

        Trend map(Function<double[], double[]> meanOp, double sdFactor) {
            double[] sd2 = sd.clone();
            for (int i = 0; i < sd2.length; i++) sd2[i] *= sdFactor;
            return new Trend(meanOp.apply(mean), sd2);
        }

        Trend scale(double f) {
            return map(m -> java.util.Arrays.stream(m).map(v -> v * f).toArray(), Math.abs(f));
        }

        Trend plus(double c) {
            return map(m -> java.util.Arrays.stream(m).map(v -> v + c).toArray(), 1);
        }

        Trend minus(Trend o) {
            double[] m = mean.clone();
            double[] s = sd.clone();
            for (int i = 0; i < m.length; i++) {
                m[i] -= o.mean[i];
                s[i] = Math.hypot(sd[i], o.sd[i]);
            }
            return new Trend(m, s);
        }

        Trend floorZero() {
            return map(m -> java.util.Arrays.stream(m).map(v -> Math.max(0, v)).toArray(), 1);
        }

        Trend plusIndependent(Trend o) {
            double[] m = mean.clone();
            double[] s = sd.clone();
            for (int i = 0; i < m.length; i++) {
                m[i] += o.mean[i];
                s[i] = Math.hypot(sd[i], o.sd[i]);
            }
            return new Trend(m, s);
        }

        Series series(SeriesKey key, int draws) {
            if (draws == 0) return new Series(key, mean.clone(), mean.clone(), mean.clone(), mean.clone());
            double[] p10 = new double[mean.length];
            double[] p50 = new double[mean.length];
            double[] p90 = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                p10[i] = mean[i] - 1.2816 * sd[i];
                p50[i] = mean[i] - 0.02 * sd[i];
                p90[i] = mean[i] + 1.2816 * sd[i];
            }
            return new Series(key, mean.clone(), p10, p50, p90);
        }
    }
}
