package org.skillmix.data.importer;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The published record of every English NHS trust of today: its FTE at the base (the HCHS workforce file of that
 * month, every staff group, summed over the trusts it has since absorbed) and its FTE observed month by month since
 * (the sickness-absence files: FTE days available over the days in the month, with trusts that closed during those
 * months folded into their successors). Greater Manchester's trusts of today held 68,801 FTE in June 2018 and a
 * mean of 89,442 over April 2024 to March 2025. The back-test compares against it and the current-trends baseline
 * is calibrated on it.
 */
record TrustHistory(
        YearMonth base, String file, List<YearMonth> months, Map<String, Trust> trusts, List<Trust> noBase) {

    /** One trust of today: its base FTE (0 when the HCHS file has none of its codes) and observed FTE by month. */
    record Trust(
            String code,
            String name,
            String icb,
            String sector,
            List<String> codes,
            double baseFte,
            Map<String, Double> baseByGroup,
            SortedMap<YearMonth, Double> observed) {

        /** Mean observed FTE over the months the trust appears in. */
        double meanObserved() {
            return observed.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElse(0);
        }

        /**
         * The trust's annual growth from the base to the observed months: (mean observed / base)^(1 / years), years
         * the mean number of months from the base month to the observed ones over 12.
         */
        double annualGrowth(YearMonth base) {
            return Math.pow(meanObserved() / baseFte, 1 / years(base, List.copyOf(observed.keySet())));
        }
    }

    /**
     * The mean distance in years from the base month to the observed months (June 2018 to April 2024 ... March 2025:
     * 75.5 months, 6.29 years), the months an engine run from the base reaches them in.
     */
    static double years(YearMonth base, List<YearMonth> months) {
        double sum = 0;
        for (YearMonth m : months) sum += ChronoUnit.MONTHS.between(base, m);
        return sum / months.size() / 12;
    }

    static TrustHistory of(YearMonth base, TrustSources sources) {
        SicknessAbsenceFiles sickness = sources.sickness();
        HchsWorkforceWorkbook hchs = sources.hchs();
        TrustLineage lineage = sources.lineage();
        Map<String, Trust> trusts = new TreeMap<>();
        List<Trust> noBase = new ArrayList<>();
        for (SicknessAbsenceFiles.Org org : sickness.all()) {
            String sector = IcbTrusts.SECTOR_OF_TYPE.get(org.type);
            if (sector == null) continue;
            List<String> codes = lineage.codesOf(org.code);
            Map<String, Double> groups = new TreeMap<>();
            for (String c : codes) hchs.of(c).ifPresent(m -> m.forEach((g, v) -> groups.merge(g, v, Double::sum)));
            double total =
                    groups.values().stream().mapToDouble(Double::doubleValue).sum();
            Trust trust = new Trust(
                    org.code,
                    org.name,
                    org.icb,
                    sector,
                    codes,
                    total,
                    Collections.unmodifiableMap(groups),
                    Collections.unmodifiableSortedMap(new TreeMap<>(org.fteByMonth)));
            if (total > 0) trusts.put(org.code, trust);
            else noBase.add(trust);
        }
        return new TrustHistory(
                base,
                hchs.file(),
                List.copyOf(sickness.months()),
                Collections.unmodifiableMap(trusts),
                List.copyOf(noBase));
    }

    /** The years from the base to the observed months of the files. */
    double years() {
        return years(base, months);
    }

    /** The trusts with a base row, of the given ICB (the sickness files' ICS_CODE). */
    List<Trust> of(String icb) {
        return trusts.values().stream().filter(t -> t.icb().equals(icb)).toList();
    }
}
