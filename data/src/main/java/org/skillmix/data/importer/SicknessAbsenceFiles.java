package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * NHS Sickness Absence Rates, one CSV per month: per organisation, FTE days lost and available. Gives
 * each trust's current FTE (FTE days available / days in the month, averaged over the months it appears
 * in), its 12-month sickness rate (sum lost / sum available), and the current trust -> ICB map (the
 * ICS_CODE column). Organisations renamed between months keep their code (the newest name is used and the
 * report lists the renames); organisations in some months only are averaged over the months they are in.
 */
final class SicknessAbsenceFiles {

    static final String FILE = "nhs_sickness_absence_.*\\.csv";
    static final List<String> TRUST_TYPES = List.of("Acute", "Mental Health", "Community Provider Trust", "Ambulance");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** One organisation over the months read. */
    static final class Org {
        final String code;
        final Set<String> names = new LinkedHashSet<>();
        String name;
        String icb;
        String type;
        String region;
        double lost;
        double available;
        final Map<YearMonth, Double> fteByMonth = new TreeMap<>();
        /** FTE days lost and available in each month: the monthly sickness rate, and the ICS's as a ratio of sums. */
        final Map<YearMonth, double[]> daysByMonth = new TreeMap<>();

        Org(String code) {
            this.code = code;
        }

        /** Mean FTE over the months the organisation appears in. */
        double meanFte() {
            return fteByMonth.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
        }

        double sicknessRate() {
            return lost / available;
        }
    }

    private final Map<String, Org> orgs = new TreeMap<>();
    private final List<YearMonth> months = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private double englandLost;
    private double englandAvailable;

    static SicknessAbsenceFiles read(SourceFolder folder, ImportReport report) throws ImportException {
        List<Path> paths = folder.find(FILE, "ORG_CODE", "FTE_DAYS_AVAILABLE");
        if (paths.isEmpty()) {
            throw ImportException.file(
                    folder.root().toString(),
                    "no NHS sickness absence files found: expected files named like "
                            + "nhs_sickness_absence_YYYY-MM.csv with columns DATE, ICS_CODE, ORG_CODE, ORG_TYPE, FTE_DAYS_LOST, FTE_DAYS_AVAILABLE");
        }
        SicknessAbsenceFiles sickness = new SicknessAbsenceFiles();
        for (Path path : paths) {
            SourceCsv csv = SourceCsv.read(
                    path,
                    folder.display(path),
                    "DATE",
                    "ICS_CODE",
                    "ORG_CODE",
                    "ORG_NAME",
                    "ORG_TYPE",
                    "FTE_DAYS_LOST",
                    "FTE_DAYS_AVAILABLE");
            YearMonth[] month = new YearMonth[1];
            csv.forEach(row -> {
                YearMonth m = month(row);
                if (month[0] == null) month[0] = m;
                else if (!m.equals(month[0])) {
                    throw row.error(
                            "DATE",
                            "month " + m + " in a file of month " + month[0] + ": one file per month is expected");
                }
                Org org = sickness.orgs.computeIfAbsent(row.text("ORG_CODE"), Org::new);
                String name = row.text("ORG_NAME");
                org.names.add(name);
                org.name = name;
                org.icb = row.text("ICS_CODE");
                org.type = row.text("ORG_TYPE");
                org.region = csv.has("NHSE_REGION_CODE") ? row.text("NHSE_REGION_CODE") : "";
                double lost = row.number("FTE_DAYS_LOST");
                double available = row.number("FTE_DAYS_AVAILABLE");
                if (available <= 0) throw row.error("FTE_DAYS_AVAILABLE", "must be above 0, not " + available);
                org.lost += lost;
                org.available += available;
                org.daysByMonth.put(m, new double[] {lost, available});
                if (org.fteByMonth.put(m, available / m.lengthOfMonth()) != null) {
                    throw row.error("ORG_CODE", org.code + " appears twice in month " + m);
                }
                if (TRUST_TYPES.contains(org.type)) {
                    sickness.englandLost += lost;
                    sickness.englandAvailable += available;
                }
            });
            if (month[0] == null) throw ImportException.file(csv.name(), "has a header but no data rows");
            if (sickness.months.contains(month[0])) {
                throw ImportException.file(csv.name(), "is a second file for month " + month[0]);
            }
            sickness.months.add(month[0]);
            sickness.files.add(csv.name());
            report.read(csv.name(), csv.rows(), "NHS sickness absence, " + month[0]);
        }
        sickness.months.sort(null);
        return sickness;
    }

    private static YearMonth month(SourceRow row) throws ImportException {
        String text = row.text("DATE");
        try {
            return YearMonth.from(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            try {
                return YearMonth.from(LocalDate.parse(text));
            } catch (DateTimeParseException e2) {
                throw row.error("DATE", "expected a date dd/mm/yyyy, not \"" + text + "\"");
            }
        }
    }

    /**
     * Adds each trust that closed during the months read into the trust that took it over (trust_predecessors.csv),
     * month by month, so the successor's mean covers every month and no one is counted twice (North Middlesex,
     * RAP, to November 2024 and the Royal Free, RAL, from December). A predecessor whose successor is not in the
     * files stays as it is. A merger of another ICB's trusts is said to be there for England's totals, which set
     * trend growth, so a planner does not look for it among the system's own trusts.
     */
    void fold(TrustLineage lineage, Collection<String> icbCodes, ImportReport report) {
        for (String code : List.copyOf(orgs.keySet())) {
            if (!lineage.isMerged(code)) continue;
            Org heir = orgs.get(lineage.heirOf(code));
            if (heir == null) continue;
            Org gone = orgs.remove(code);
            gone.fteByMonth.forEach((m, fte) -> heir.fteByMonth.merge(m, fte, Double::sum));
            gone.daysByMonth.forEach((m, days) ->
                    heir.daysByMonth.merge(m, days, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]}));
            heir.lost += gone.lost;
            heir.available += gone.available;
            report.mapped(
                    "trust " + gone.code + " " + gone.name + " folded into " + heir.code,
                    gone.fteByMonth.size() + " months",
                    "its FTE days are added to " + heir.code + " " + heir.name + "'s month by month ("
                            + lineage.note(heir.code) + ")"
                            + (icbCodes.contains(heir.icb) || icbCodes.contains(gone.icb)
                                    ? ""
                                    : "; not a trust of this ICB (the files place it in " + heir.icb
                                            + "): folded for England's totals, which set trend growth"));
        }
    }

    /** The trusts the files map to the ICB, in code order. */
    List<Org> trustsOf(String icb) {
        return orgs.values().stream()
                .filter(o -> icb.equals(o.icb) && TRUST_TYPES.contains(o.type))
                .toList();
    }

    /** Organisations mapped to the ICB that are not trusts (the ICB itself, CSUs, others). */
    List<Org> othersOf(String icb) {
        return orgs.values().stream()
                .filter(o -> icb.equals(o.icb) && !TRUST_TYPES.contains(o.type))
                .toList();
    }

    /** Every organisation of the files. */
    java.util.Collection<Org> all() {
        return orgs.values();
    }

    Org org(String code) {
        return orgs.get(code);
    }

    Set<String> icbs() {
        Set<String> codes = new java.util.TreeSet<>();
        orgs.values().forEach(o -> codes.add(o.icb));
        return codes;
    }

    List<YearMonth> months() {
        return months;
    }

    String range() {
        return files.isEmpty() ? "" : months.get(0) + ".." + months.get(months.size() - 1);
    }

    /** All English trusts' 12-month rate. */
    double englandRate() {
        return englandLost / englandAvailable;
    }
}
