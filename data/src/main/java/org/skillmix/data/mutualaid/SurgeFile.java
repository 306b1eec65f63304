package org.skillmix.data.mutualaid;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.core.mutualaid.DonorService;
import org.skillmix.core.mutualaid.HomeService;
import org.skillmix.core.mutualaid.Shortfall;
import org.skillmix.core.mutualaid.StaffMember;
import org.skillmix.core.system.Service;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.winter.SurgeUplift;
import org.skillmix.data.dataset.Bound;
import org.skillmix.data.dataset.Column;
import org.skillmix.data.dataset.DataRow;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.SideFile;
import org.skillmix.data.dataset.SystemCodes;
import org.skillmix.data.dataset.TableSpec;

/**
 * The surge file (docs/mutual-aid.md, docs/winter.md), in one of two forms told apart by the header:
 * <ul>
 * <li>shortfalls: one row per shortfall, the FTE of one capability a service of an organisation cannot
 *     staff itself in one week of the surge ({@link #read});</li>
 * <li>uplifts (a column {@code uplift}): extra demand by service and/or capability, place optional, for a
 *     run of weeks, as a percentage of the baseline or in FTE; the winter plan turns it into shortfalls
 *     ({@link #readUplifts}, read by {@link UpliftFile}).</li>
 * </ul>
 * Checked against a system and read whole or not at all as a {@link SideFile}, every problem reported with
 * file, row and column. Also derives the donor services and their floors from the staff file
 * ({@link #donorsFromStaff}).
 */
public final class SurgeFile {

    /** The longest surge the file may describe, in weeks. */
    static final int MAX_WEEKS = 52;
    /** A donor service keeps at least this share of its listed staff FTE at home every week. */
    public static final double DEFAULT_FLOOR_SHARE = 0.85;

    static final TableSpec COLUMNS = TableSpec.of(
            "surge",
            List.of(
                    Column.number(
                            "week",
                            "week of the surge",
                            Bound.whole(1, MAX_WEEKS).unit("weeks").because("a surge plan is at most 52 weeks long")),
                    Column.code("org_code", "the organisation short of staff (organisations.csv)"),
                    Column.code("service_code", "the service short of staff (services.csv)"),
                    Column.code("capability_code", "the capability missing (capabilities.csv)"),
                    Column.number(
                            "shortfall_fte",
                            "FTE short that week",
                            Bound.above(0, 10_000).unit("FTE").because("more than any service's whole staff")),
                    Column.text("critical", "yes or no: critical shortfalls are covered first"),
                    Column.optionalNumber(
                            "min_level",
                            "blank: 3 for critical work, 2 for other work (docs/mutual-aid.md)",
                            "the lowest competency level a person may hold the capability at to be sent",
                            Bound.whole(Shortfall.MIN_LEVEL, Shortfall.MAX_LEVEL)
                                    .unit("competency level")
                                    .because("competency levels run from 1 (novice) to 5 (expert)"))));

    private static final List<String> KEY = List.of("week", "org_code", "service_code", "capability_code");

    private SurgeFile() {}

    /**
     * @param asOf the first day of the surge: week 1 ends six days later, week w on asOf + 7w - 1 (a passport
     *             must be valid to the end of the week)
     * @return the shortfalls; each is at its organisation's home place (organisations.csv)
     */
    public static List<Shortfall> read(Path file, SystemModel system, LocalDate asOf) throws DatasetException {
        return read(file.getFileName().toString(), SideFile.bytes(file), system, asOf);
    }

    public static List<Shortfall> read(String name, byte[] content, SystemModel system, LocalDate asOf)
            throws DatasetException {
        if (isUpliftForm(name, content)) {
            throw new DatasetException(
                    name,
                    List.of(Problem.error(
                            name,
                            1,
                            "uplift",
                            "this surge file gives uplifts of demand; plan them with skillmix winter, or list"
                                    + " shortfalls with columns " + columnList(COLUMNS))));
        }
        SystemCodes known = SystemCodes.of(system);
        return SideFile.read(name, content, COLUMNS, KEY, row -> parse(row, known, system, asOf));
    }

    /** A surge file read in whichever form it is: exactly one of the lists is used. */
    public record Surge(List<Shortfall> shortfalls, List<SurgeUplift> uplifts, boolean upliftForm) {}

    /** Reads either form (shortfalls, or uplifts for the winter plan); uplifts may run to week 52. */
    public static Surge readEither(Path file, SystemModel system, LocalDate asOf) throws DatasetException {
        return readEither(file.getFileName().toString(), SideFile.bytes(file), system, asOf);
    }

    /** {@link #readEither(Path, SystemModel, LocalDate)} for bytes already in memory (an upload). */
    public static Surge readEither(String name, byte[] content, SystemModel system, LocalDate asOf)
            throws DatasetException {
        if (isUpliftForm(name, content)) {
            return new Surge(List.of(), UpliftFile.read(name, content, system, MAX_WEEKS), true);
        }
        return new Surge(read(name, content, system, asOf), List.of(), false);
    }

    /**
     * The uplift form: columns service_code, capability_code, place_code (optional column), from_week,
     * to_week, uplift, unit. unit is {@code %} (uplift percent of the baseline demand) or {@code FTE}.
     *
     * @param weeks the plan's length: no uplift may run beyond it
     */
    public static List<SurgeUplift> readUplifts(Path file, SystemModel system, int weeks) throws DatasetException {
        return readUplifts(file.getFileName().toString(), SideFile.bytes(file), system, weeks);
    }

    public static List<SurgeUplift> readUplifts(String name, byte[] content, SystemModel system, int weeks)
            throws DatasetException {
        if (!isUpliftForm(name, content) && SideFile.header(name, content).contains("shortfall_fte")) {
            throw new DatasetException(
                    name,
                    List.of(Problem.error(
                            name,
                            1,
                            "shortfall_fte",
                            "this surge file lists shortfalls; the winter plan needs extra demand, with columns "
                                    + columnList(UpliftFile.COLUMNS))));
        }
        return UpliftFile.read(name, content, system, weeks);
    }

    /** The weeks the uplifts reach (the largest to_week). */
    public static int upliftWeeks(List<SurgeUplift> uplifts) {
        return uplifts.stream().mapToInt(SurgeUplift::toWeek).max().orElse(0);
    }

    /** The number of weeks the shortfalls span (the largest week). */
    public static int weeks(List<Shortfall> shortfalls) {
        return shortfalls.stream().mapToInt(Shortfall::getWeek).max().orElse(0);
    }

    /**
     * The donor services: every home service of the staff file. Its staff FTE is the FTE of the willing
     * people listed for it (the file lists the people who could be lent, not everyone in post, so the floor
     * is counted against them: conservative); its floor is {@link #DEFAULT_FLOOR_SHARE} of that, rounded to
     * a hundredth; it is protected (does not lend) when its service's criticality is "critical" in
     * services.csv (urgent and emergency care, cancer, diagnostics in the shipped example).
     */
    public static List<DonorService> donorsFromStaff(List<StaffMember> staff, SystemModel system) {
        Map<HomeService, Double> fte = new LinkedHashMap<>();
        for (StaffMember p : staff) fte.merge(p.getHome(), p.getFte(), Double::sum);
        List<DonorService> donors = new ArrayList<>();
        for (Map.Entry<HomeService, Double> e : fte.entrySet()) {
            HomeService home = e.getKey();
            double staffFte = Math.round(e.getValue() * 100) / 100.0;
            double floor = Math.round(staffFte * DEFAULT_FLOOR_SHARE * 100) / 100.0;
            boolean critical = system.service(home.serviceCode())
                    .map(Service::criticality)
                    .map("critical"::equalsIgnoreCase)
                    .orElse(false);
            donors.add(new DonorService(home.orgCode(), home.serviceCode(), staffFte, floor, critical));
        }
        return donors;
    }

    private static Shortfall parse(DataRow row, SystemCodes known, SystemModel system, LocalDate asOf) {
        int week = row.integer("week");
        String org = row.reference("org_code", known.organisations(), "organisation", false);
        String service = row.reference("service_code", known.services(), "service", false);
        String capability = row.reference("capability_code", known.capabilities(), "capability", false);
        double fte = row.number("shortfall_fte");
        boolean critical = row.yesNo("critical");
        int minLevel = row.optionalInteger("min_level", Shortfall.defaultMinLevel(critical));
        if (!row.ok()) return null;
        String place = system.organisation(org).orElseThrow().placeCode();
        return new Shortfall(
                "W" + week + ":" + org + ":" + service + ":" + capability,
                week,
                asOf.plusDays(7L * week - 1),
                org,
                service,
                place,
                capability,
                fte,
                critical,
                minLevel);
    }

    /** Whether the header has an uplift column: the form winter plans read. */
    private static boolean isUpliftForm(String name, byte[] content) throws DatasetException {
        return SideFile.header(name, content).contains("uplift");
    }

    private static String columnList(TableSpec spec) {
        return String.join(",", spec.columns().stream().map(Column::name).toList());
    }
}
