package org.skillmix.data.discharge;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.skillmix.core.discharge.CareHomeStaffing;
import org.skillmix.core.discharge.CommunityStaffing;
import org.skillmix.core.discharge.HomecareStaffing;
import org.skillmix.core.discharge.PlaceStaffing;
import org.skillmix.core.system.Catchment;
import org.skillmix.core.system.Organisation;
import org.skillmix.core.system.Place;
import org.skillmix.core.system.Sector;
import org.skillmix.core.system.SystemModel;
import org.skillmix.core.system.WorkforceLine;
import org.skillmix.data.published.CsvTable;
import org.skillmix.data.published.MetricsImportException;

/**
 * Each place's part in discharge, from the system dataset and the published files:
 * <ul>
 * <li>share of NCTR arrivals: the ICB's trusts' published daily NCTR (mean over the given months) shared to places
 * by the dataset's catchments. Not population 65+: the dataset's care worker FTE is itself shared by population
 * 65+, so arrivals by the same key would make every place's homecare equally stretched and the question of which
 * place binds empty; the trust counts are what is actually observed. Acute trusts serve every place by its acute
 * need (the importer's catchments), which weighs age and deprivation unlike the 65+ key;</li>
 * <li>homecare: CARE_WORKER FTE in post (less sickness) of the adult social care organisations serving the place
 * (by their catchment shares, as for every staff line below), the
 * homecare share of them {@value #HOMECARE_SHARE};</li>
 * <li>care homes: CQC-registered homes in the place × {@value #BEDS_PER_HOME} beds (England's mean: the lists carry
 * no bed counts), staffed by the rest of the care workers, the senior care workers and the nurses; where no list
 * covers the system's places (the shared lists are Greater Manchester's), the beds those staff can run;</li>
 * <li>community: RN_ADULT, NURSING_ASSOC and AHP FTE (less sickness) of the community organisations serving the
 * place, by their catchment shares (a county's community trust works in every district, not at its head office);</li>
 * <li>adult G&A beds: the trusts' beds (mean over the given months) shared by the same catchments.</li>
 * </ul>
 * Only the places' relative staffing on each pathway enters the model ({@link org.skillmix.core.discharge.PlaceSplit}),
 * so the national constants here cancel except where care staff rather than beds limit a place's care homes.
 */
public final class DischargePlaces {

    /** Share of care worker FTE in homecare (about half of care worker jobs are in domiciliary services, Skills for Care). */
    public static final double HOMECARE_SHARE = 0.5;
    /** Mean registered beds per CQC care home in England (about 460,000 beds in 14,900 homes, CQC State of Care 2023/24). */
    public static final double BEDS_PER_HOME = 31;
    /** Beds one care home staff FTE runs across the rota (0.8 care staff FTE a bed; documented default). */
    static final double BEDS_PER_CARE_STAFF_FTE = 1.25; // CareHomeStaffing.typical

    /**
     * The places and how each figure was found.
     *
     * @param careHomeBeds where the places' care home beds come from, in a few words (a discharge.csv source)
     * @param leftOut      the trusts of the files whose patients reach no place, with their patients a day ("RAP
     *                     (45.2 a day): not organisations of the dataset ..."); blank when every trust counted
     */
    public record Result(List<PlaceStaffing> places, List<String> notes, String careHomeBeds, String leftOut) {}

    public Result build(
            SystemModel system, IcbDischargeData data, Map<String, Integer> careHomes, YearMonth from, YearMonth to)
            throws MetricsImportException {
        List<String> notes = new ArrayList<>();
        Map<String, Double> nctr = new TreeMap<>();
        Map<String, IcbDischargeData.Beds> beds = new TreeMap<>();
        int trustsUsed = 0;
        for (Organisation org : system.organisations()) {
            if (org.sector() != Sector.ACUTE) continue;
            double n = mean(data.trustNctr().get(org.code()), from, to);
            IcbDischargeData.Beds b = meanBeds(data.adultBeds().get(org.code()), from, to);
            if (n > 0) trustsUsed++;
            for (Catchment c : catchmentOf(system, org)) {
                if (n > 0) nctr.merge(c.placeCode(), n * c.share(), Double::sum);
                if (b != null)
                    beds.put(
                            c.placeCode(),
                            beds.getOrDefault(c.placeCode(), IcbDischargeData.Beds.NONE)
                                    .plus(b.times(c.share())));
            }
        }
        String leftOut = leftOut(system, data, from, to);
        if (!leftOut.isEmpty()) notes.add("Left out of the places' arrival shares: " + leftOut);
        double total = nctr.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            throw new MetricsImportException("no published trust NCTR counts for the dataset's acute trusts in " + from
                    + ".." + to + ": places cannot be given their share of the ICB's arrivals");
        }
        notes.add(String.format(
                Locale.ROOT,
                "Arrival shares: %d trusts' published daily NCTR (mean %s..%s) shared to places by " + "catchments.csv",
                trustsUsed,
                from,
                to));
        Map<String, Map<String, double[]>> staff = staffByPlace(system);
        // The CQC care home lists in the shared files cover Greater Manchester only: elsewhere no place would have a
        // care home bed and pathways 2 and 3 no capacity at all. There the beds are the ones the care home staff can
        // run, so capacity follows the staff, as it does wherever the list has more beds than staff.
        boolean listed = system.places().stream().anyMatch(pl -> careHomes.getOrDefault(pl.code(), 0) > 0);
        List<PlaceStaffing> out = new ArrayList<>();
        for (Place place : system.places()) {
            Map<String, double[]> s = staff.getOrDefault(place.code(), Map.of());
            double careWorkers = effective(s, "ASC:CARE_WORKER");
            double careStaff = (1 - HOMECARE_SHARE) * careWorkers
                    + effective(s, "ASC:SENIOR_CARE_WORKER")
                    + effective(s, "ASC:RN_ADULT");
            double community =
                    effective(s, "CHS:RN_ADULT") + effective(s, "CHS:NURSING_ASSOC") + effective(s, "CHS:AHP");
            int homes = Math.max(0, careHomes.getOrDefault(place.code(), 0));
            double homeBeds = listed ? homes * BEDS_PER_HOME : careStaff * BEDS_PER_CARE_STAFF_FTE;
            IcbDischargeData.Beds b = beds.getOrDefault(place.code(), IcbDischargeData.Beds.NONE);
            out.add(new PlaceStaffing(
                    place.code(),
                    place.name(),
                    nctr.getOrDefault(place.code(), 0.0) / total,
                    HomecareStaffing.typical(HOMECARE_SHARE * careWorkers),
                    CareHomeStaffing.typical(homeBeds, careStaff),
                    CommunityStaffing.typical(community),
                    b.available(),
                    b.occupied()));
        }
        notes.add(String.format(
                Locale.ROOT,
                "Homecare: %.0f%% of CARE_WORKER FTE in post less sickness (workforce.csv, adult social "
                        + "care organisations); care homes: CQC homes x %.0f beds, staffed by the other care workers, senior care workers and "
                        + "nurses at %.2f beds per FTE; community: community organisations' RN_ADULT, NURSING_ASSOC and AHP FTE less sickness",
                100 * HOMECARE_SHARE,
                BEDS_PER_HOME,
                BEDS_PER_CARE_STAFF_FTE));
        if (!listed)
            notes.add(String.format(
                    Locale.ROOT,
                    "Care homes: no CQC care home list covers %s's places (the shared lists are Greater Manchester's),"
                            + " so each place's care home beds are the ones its care staff can run (%.2f beds per FTE):"
                            + " pathways 2 and 3 are limited by staff alone",
                    system.info().name(),
                    BEDS_PER_CARE_STAFF_FTE));
        return new Result(
                out,
                notes,
                listed
                        ? "CQC homes x " + (int) BEDS_PER_HOME + " beds"
                        : "no CQC list for these places: the beds the care staff run at " + BEDS_PER_CARE_STAFF_FTE
                                + " per FTE",
                leftOut);
    }

    /**
     * The ICB's trusts of the published files (2022 codes) with NCTR counts in the window that are not organisations
     * of the dataset, so none of their patients reach a place: a trust merged since (North Middlesex, RAP, into the
     * Royal Free, RAL, in January 2025: its months before are not the Royal Free's) or one the dataset leaves out.
     * Said, not guessed at: "RAP (45.2 a day)"; blank when every trust counted.
     */
    private static String leftOut(SystemModel system, IcbDischargeData data, YearMonth from, YearMonth to) {
        List<String> out = new ArrayList<>();
        for (String trust : data.trusts()) {
            if (system.organisation(trust).isPresent()) continue;
            double n = mean(data.trustNctr().get(trust), from, to);
            if (n > 0) out.add(String.format(Locale.UK, "%s (%,.1f a day)", trust, n));
        }
        return out.isEmpty()
                ? ""
                : String.join(", ", out) + ": not organisations of the dataset (merged since 2022, or not modelled)";
    }

    /** Care homes per place in the CQC lists under the folder (none when there is no list). */
    public static Map<String, Integer> careHomes(Path folder) throws MetricsImportException {
        Map<String, Integer> out = new TreeMap<>();
        for (Path file : CsvTable.find(folder, "gm_.*care_homes.*\\.csv")) {
            CsvTable.read(
                    file,
                    List.of("name", "area_code"),
                    (row, line) -> out.merge(repairGss(row.field("area_code")), 1, Integer::sum));
        }
        return out;
    }

    /** E0800005 -> E08000005: the CQC list's mistyped codes (a GSS prefix and a number missing a zero). */
    public static String repairGss(String code) {
        String c = code.strip();
        if (c.matches("[EWSN]\\d{2}\\d{1,5}") && c.length() < 9)
            return c.substring(0, 3) + "0".repeat(9 - c.length()) + c.substring(3);
        return c;
    }

    private static List<Catchment> catchmentOf(SystemModel system, Organisation org) {
        List<Catchment> c = system.catchmentOf(org.code());
        return c.isEmpty() ? List.of(new Catchment(org.code(), org.placeCode(), 1)) : c;
    }

    /**
     * FTE in post less sickness by "SECTOR:ROLE" for each place, from the social care and community organisations
     * that serve it, each by its share there (catchments.csv; its home place where it has none), as the projection
     * shares them.
     */
    private static Map<String, Map<String, double[]>> staffByPlace(SystemModel system) {
        Map<String, Organisation> orgs = new LinkedHashMap<>();
        system.organisations().forEach(o -> orgs.put(o.code(), o));
        Map<String, Map<String, double[]>> out = new TreeMap<>();
        for (WorkforceLine w : system.workforce()) {
            Organisation o = orgs.get(w.orgCode());
            if (o == null) continue;
            String prefix = switch (o.sector()) {
                case ADULT_SOCIAL_CARE -> "ASC:";
                case COMMUNITY -> "CHS:";
                default -> null;
            };
            if (prefix == null) continue;
            // A trust-wide community provider works in every place of its catchment, not at its head office.
            for (Catchment c : catchmentOf(system, o)) {
                double[] v = out.computeIfAbsent(c.placeCode(), k -> new TreeMap<>())
                        .computeIfAbsent(prefix + w.roleCode(), k -> new double[1]);
                v[0] += w.fteInPost() * (1 - w.sicknessRate()) * c.share();
            }
        }
        return out;
    }

    private static double effective(Map<String, double[]> staff, String key) {
        double[] v = staff.get(key);
        return v == null ? 0 : v[0];
    }

    private static double mean(Map<YearMonth, Double> monthly, YearMonth from, YearMonth to) {
        if (monthly == null) return 0;
        return monthly.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                .mapToDouble(Map.Entry::getValue)
                .average()
                .orElse(0);
    }

    private static IcbDischargeData.Beds meanBeds(
            Map<YearMonth, IcbDischargeData.Beds> monthly, YearMonth from, YearMonth to) {
        if (monthly == null || monthly.isEmpty()) return null;
        // Beds are published to September 2024 only: the last 12 published months when the window has none.
        var window = monthly.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                .toList();
        if (window.isEmpty())
            window = new TreeMap<>(monthly)
                    .descendingMap().entrySet().stream().limit(12).toList();
        double a = window.stream()
                .mapToDouble(e -> e.getValue().available())
                .average()
                .orElse(0);
        double o = window.stream()
                .mapToDouble(e -> e.getValue().occupied())
                .average()
                .orElse(0);
        return new IcbDischargeData.Beds(a, o);
    }
}
