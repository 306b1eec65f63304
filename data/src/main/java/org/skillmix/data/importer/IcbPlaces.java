package org.skillmix.data.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICB's places (the 2023 LAs with most of their LSOAs in it) with their names and their mid-2023 population
 * by sex and band: the ONS persons estimate split into F/M with the LA's own Census 2021 female share, or, for an
 * LA the Census file lacks, the share over all the Census file's LAs (a stated proxy, default sex_split_proxy).
 */
final class IcbPlaces {

    /** How one LA's mid-2023 persons were split: the share used per sex and band, and why that share. */
    record SexSplit(double[][] persons, double[][] shares, String how) {}

    private final List<String> codes;
    private final Map<String, String> names;
    private final Map<String, String> sources;
    private final Map<String, SexSplit> split;
    private final int proxied;

    private IcbPlaces(
            List<String> codes,
            Map<String, String> names,
            Map<String, String> sources,
            Map<String, SexSplit> split,
            int proxied) {
        this.codes = List.copyOf(codes);
        this.names = Map.copyOf(names);
        this.sources = Map.copyOf(sources);
        this.split = Map.copyOf(split);
        this.proxied = proxied;
    }

    static IcbPlaces of(
            IcbFootprint footprint,
            GeographyLookup.Icb icbInfo,
            GeographyLookup geo,
            MidYearEstimates mye,
            CensusPopulation census,
            Defaults defaults,
            ImportReport report)
            throws ImportException {
        String icb = footprint.label();
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (String code : footprint.codes()) all.addAll(geo.lasOf(code));
        List<String> las = List.copyOf(all);
        if (las.isEmpty())
            throw ImportException.file(GeographyLookup.LSOA_FILE.replace("\\", ""), "ICB " + icb + " has no LAs");
        List<GeographyLookup.SplitLa> splits = new java.util.ArrayList<>();
        for (String code : footprint.codes()) splits.addAll(geo.splitLas(code));
        for (GeographyLookup.SplitLa s : splits) {
            if (footprint.codes().contains(s.majorityIcb())) {
                report.mapped(
                        "LA " + s.laCode() + " " + s.name() + " split across ICBs",
                        s.lsoasInIcb() + " of " + s.lsoas() + " LSOAs",
                        "included whole: most of its LSOAs are in " + icb);
            } else {
                report.skipped(
                        "LA " + s.laCode() + " " + s.name() + " partly in " + icb,
                        s.lsoasInIcb() + " of " + s.lsoas() + " LSOAs",
                        "left out: most of its LSOAs are in " + s.majorityIcb());
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (String la : las) {
            String name = census.name(la)
                    .orElse(mye.la(la).map(MidYearEstimates.LaPopulation::name).orElse(geo.laName(la)));
            names.put(la, name);
            sources.put(
                    la,
                    census.has(la)
                            ? census.file() + ": area_code/area_name"
                            : "geography-lookups LSOA -> ICB lookup (LA with most LSOAs in " + icb + "); name from "
                                    + mye.file());
        }
        report.mapped(
                "local authorities of " + icb + " (" + icbInfo.name() + ")",
                las.size() + " places",
                String.join(
                        ", ", las.stream().map(la -> la + " " + names.get(la)).toList()));

        double[] pooled = census.isEmpty() ? null : census.pooledFemaleShare();
        Map<String, SexSplit> split = new HashMap<>();
        int proxied = 0;
        for (String la : las) {
            MidYearEstimates.LaPopulation p = mye.la(la)
                    .orElseThrow(() -> ImportException.file(
                            mye.file(), "has no row for LA " + la + " (" + names.get(la) + ") of " + icb));
            double[] female;
            String how;
            if (census.has(la)) {
                female = census.femaleShare(la);
                how = "of the band in Census 2021 for this LA";
            } else if (pooled != null) {
                female = pooled;
                how = "of the band in Census 2021 for the LAs of " + census.file()
                        + " together (documented proxy: sex_split_proxy)";
                defaults.use("sex_split_proxy", "population of LAs without Census sex x age");
                proxied++;
            } else {
                throw ImportException.file(
                        mye.file(), "is persons only and no Census sex x age file was found to split it by sex");
            }
            int n = AgeBands.BANDS.size();
            double[][] persons = new double[2][n];
            double[][] shares = new double[2][n];
            for (int b = 0; b < n; b++) {
                shares[0][b] = female[b];
                shares[1][b] = census.has(la)
                        ? census.persons(la, "M", b) / (census.persons(la, "F", b) + census.persons(la, "M", b))
                        : 1 - female[b];
                for (int s = 0; s < 2; s++) persons[s][b] = p.bands()[b] * shares[s][b];
            }
            split.put(la, new SexSplit(persons, shares, how));
        }
        if (proxied > 0) {
            report.defaulted(
                    "sex split of mid-2023 persons",
                    proxied + " LAs",
                    "no Census sex x age file for these LAs: "
                            + "the female share of each band in the Census file's LAs together is used (a stated proxy)");
        }
        return new IcbPlaces(las, names, sources, split, proxied);
    }

    /** The LAs in code order. */
    List<String> codes() {
        return codes;
    }

    int size() {
        return codes.size();
    }

    boolean contains(String la) {
        return split.containsKey(la);
    }

    String name(String la) {
        return names.get(la);
    }

    /** The text of places.csv's source column for the LA. */
    String source(String la) {
        return sources.get(la);
    }

    SexSplit sexSplit(String la) {
        return split.get(la);
    }

    /** Mid-2023 persons [sex F=0/M=1][band]. */
    double[][] persons(String la) {
        return split.get(la).persons();
    }

    /** Mid-2023 persons of all ages. */
    double population(String la) {
        double[][] p = persons(la);
        return Arrays.stream(p[0]).sum() + Arrays.stream(p[1]).sum();
    }

    /** Mid-2023 persons aged 65 and over. */
    double aged65(String la) {
        double[][] p = persons(la);
        double sum = 0;
        for (int b = AgeBands.FROM_65; b < AgeBands.BANDS.size(); b++) sum += p[0][b] + p[1][b];
        return sum;
    }

    /** The ICB's mid-2023 population. */
    double total() {
        return codes.stream().mapToDouble(this::population).sum();
    }

    /** The LAs, most populous first. */
    List<String> largestFirst() {
        return codes.stream()
                .sorted((a, b) -> Double.compare(population(b), population(a)))
                .toList();
    }

    /** How many LAs were split by sex with the pooled Census share (the proxy). */
    int proxied() {
        return proxied;
    }
}
