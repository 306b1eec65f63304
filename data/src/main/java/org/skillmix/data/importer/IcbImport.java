package org.skillmix.data.importer;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Builds a whole system dataset for one ICB from the published national files: places and population,
 * deprivation, the ICB's trusts with their current FTE split by staff group and role, community, primary
 * care and adult social care aggregates per LA, services with utilisation scaled to the ICB's own A&E and
 * bed figures, calibrated capability hours, seasonality, catchments, flows, pipeline and assumptions. It
 * generalises the GM example's one-off derivation script (and reproduces its figures for QOP); every
 * value comes from a published file, a shipped mapping table or a documented default, and the report
 * says which.
 */
public final class IcbImport {

    private static final Map<String, String> SECTOR_OF_TYPE = Map.of(
            "Acute",
            "acute",
            "Mental Health",
            "mental_health",
            "Community Provider Trust",
            "community",
            "Ambulance",
            "ambulance");

    private final Path from;
    private final String icb;
    private final Mappings mappings;
    private final Consumer<String> progress;
    private final ImportReport report;

    // Inputs read once.
    private SourceFolder folder;
    private Defaults defaults;
    private GeographyLookup geo;
    private MidYearEstimates mye;
    private CensusPopulation census;

    // What is built.
    private final Map<String, OutputTable> tables = new LinkedHashMap<>();
    private final List<String> las = new ArrayList<>();
    private final Map<String, String> laNames = new HashMap<>();
    private final Map<String, double[][]> pop23 = new HashMap<>(); // la -> [sex F=0/M=1][band]
    private final Map<String, Double> imd = new HashMap<>();
    private final List<Org> orgs = new ArrayList<>();
    private final Map<String, Map<String, Line>> workforce = new LinkedHashMap<>();
    private final Map<String, TrustBaseline> baselines = new LinkedHashMap<>();
    private double referenceImd;
    private double englandPopulation;

    /** An organisation of the dataset, with the text of its source column. */
    record Org(String code, String name, String sector, String place, String source) {}

    /** FTE of one organisation x role being built, with the text of its source column. */
    private static final class Line {
        double fte;
        String source;

        Line(double fte, String source) {
            this.fte = fte;
            this.source = source;
        }
    }

    /**
     * What the import took for one trust, for reconciliation: its mean FTE from the sickness files, the share
     * of it in this ICB (below 1 for an ambulance service), the HCHS FTE by staff group of its predecessors
     * (the mix basis) and the FTE by staff group imported.
     */
    public record TrustBaseline(
            String code,
            String sector,
            double sicknessFte,
            double share,
            List<String> predecessors,
            Map<String, Double> hchsBasis,
            Map<String, Double> staffGroupFte,
            boolean nationalMix) {}

    /** The finished import: the dataset's tables, the report and the trust baselines. */
    public record Result(
            String icb,
            Map<String, OutputTableView> tables,
            ImportReport report,
            Map<String, TrustBaseline> trusts,
            List<String> places,
            double population) {}

    /** A read-only view of a built table. */
    public record OutputTableView(String file, List<String> header, List<List<String>> rows) {}

    public IcbImport(Path from, String icb, Path mappingsFolder, Consumer<String> progress) {
        this.from = from;
        this.icb = icb.strip().toUpperCase(Locale.ROOT);
        this.mappings = new Mappings(mappingsFolder);
        this.progress = progress == null ? s -> {} : progress;
        this.report = new ImportReport(this.icb);
    }

    /** Reads every source and builds the tables; nothing is written. */
    public Result build() throws ImportException {
        folder = SourceFolder.open(from);
        defaults = Defaults.read(mappings);
        step("geography lookups");
        geo = GeographyLookup.read(folder, report);
        GeographyLookup.Icb icbInfo = geo.icb(icb)
                .orElseThrow(() -> ImportException.file(
                        GeographyLookup.LSOA_FILE.replace("\\", ""),
                        "has no ICB with ODS code " + icb
                                + "; ICB codes are like QOP (Greater Manchester), QKK (South East London)"));
        places(icbInfo);
        step("population");
        population();
        step("deprivation");
        deprivation();
        step("NHS trusts (sickness absence, HCHS mix)");
        Map<String, SicknessAbsenceFiles.Org> trusts = trusts();
        step("primary care (PCN workforce)");
        primaryCare();
        step("adult social care");
        adultSocialCare();
        step("care homes, criteria to reside");
        careHomes();
        criteriaToReside(icbInfo, trusts.keySet());
        step("services, A&E activity and beds");
        services(trusts.keySet());
        step("catchments");
        catchments(trusts);
        step("system metrics (beds, criteria to reside, A&E, sickness, social care indicators)");
        systemMetrics(icbInfo);
        flowsPipelineAssumptions();
        manifest(icbInfo);
        mappings.overridden()
                .forEach(f -> report.mapped(
                        "mapping table " + f,
                        "",
                        "taken from "
                                + mappings.overrideFolder().map(Path::toString).orElse("")
                                + " instead of the shipped one"));
        defaults.report(report);
        totals();
        Map<String, OutputTableView> views = new LinkedHashMap<>();
        for (String name : List.of(
                "manifest.csv",
                "places.csv",
                "population.csv",
                "deprivation.csv",
                "organisations.csv",
                "catchments.csv",
                "capabilities.csv",
                "roles.csv",
                "role_capabilities.csv",
                "services.csv",
                "utilisation.csv",
                "capability_hours.csv",
                "seasonality.csv",
                "workforce.csv",
                "flows.csv",
                "pipeline.csv",
                "assumptions.csv",
                "metrics.csv",
                "reserved_capabilities.csv",
                "supervision.csv")) {
            OutputTable t = tables.get(name);
            if (t != null) views.put(name, new OutputTableView(t.file(), t.header(), t.rows()));
        }
        double population = las.stream().mapToDouble(this::pop23).sum();
        return new Result(icb, views, report, baselines, List.copyOf(las), population);
    }

    private void step(String what) {
        progress.accept("reading " + what);
    }

    private OutputTable table(String file, String... header) {
        OutputTable t = new OutputTable(file, header);
        tables.put(file, t);
        return t;
    }

    // ------------------------------------------------------------------ places, population, deprivation

    private void places(GeographyLookup.Icb icbInfo) throws ImportException {
        mye = MidYearEstimates.read(folder, report);
        census = CensusPopulation.read(folder, report);
        las.addAll(geo.lasOf(icb));
        if (las.isEmpty())
            throw ImportException.file(GeographyLookup.LSOA_FILE.replace("\\", ""), "ICB " + icb + " has no LAs");
        for (GeographyLookup.SplitLa split : geo.splitLas(icb)) {
            if (split.majorityIcb().equals(icb)) {
                report.mapped(
                        "LA " + split.laCode() + " " + split.name() + " split across ICBs",
                        split.lsoasInIcb() + " of " + split.lsoas() + " LSOAs",
                        "included whole: most of its LSOAs are in " + icb);
            } else {
                report.skipped(
                        "LA " + split.laCode() + " " + split.name() + " partly in " + icb,
                        split.lsoasInIcb() + " of " + split.lsoas() + " LSOAs",
                        "left out: most of its LSOAs are in " + split.majorityIcb());
            }
        }
        OutputTable places = table("places.csv", "place_code", "name", "type", "source");
        for (String la : las) {
            String name = census.name(la)
                    .orElse(mye.la(la).map(MidYearEstimates.LaPopulation::name).orElse(geo.laName(la)));
            laNames.put(la, name);
            String src = census.has(la)
                    ? census.file() + ": area_code/area_name"
                    : "geography-lookups LSOA -> ICB lookup (LA with most LSOAs in " + icb + "); name from "
                            + mye.file();
            places.add(la, name, "local_authority", src);
        }
        report.mapped(
                "local authorities of " + icb + " (" + icbInfo.name() + ")",
                las.size() + " places",
                String.join(
                        ", ", las.stream().map(la -> la + " " + laNames.get(la)).toList()));
    }

    private void population() throws ImportException {
        SnppProjection snpp = SnppProjection.read(folder, report);
        englandPopulation = mye.england();
        OutputTable population = table("population.csv", "place_code", "year", "sex", "age_band", "persons", "source");
        int censusLas = 0;
        for (String la : las) {
            if (!census.has(la)) continue;
            censusLas++;
            for (String sex : List.of("F", "M")) {
                for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                    String band = AgeBands.BANDS.get(b);
                    population.add(
                            la,
                            "2021",
                            sex,
                            band,
                            OutputTable.num(census.persons(la, sex, b), 1),
                            census.file() + ": Census 2021 (ONS, rounded to 100), "
                                    + (band.equals("85+") ? "85-89 + 90+" : band));
                }
            }
        }
        if (censusLas < las.size()) {
            report.skipped(
                    "Census 2021 population by sex and age",
                    (las.size() - censusLas) + " of " + las.size() + " LAs",
                    census.isEmpty()
                            ? "no Census file in --from"
                            : "the Census file has only " + censusLas
                                    + " of the ICB's LAs; those LAs start at mid-2023");
        }
        double[] pooled = census.isEmpty() ? null : census.pooledFemaleShare();
        int proxied = 0;
        int projected = 0;
        for (String la : las) {
            MidYearEstimates.LaPopulation p = mye.la(la)
                    .orElseThrow(() -> ImportException.file(
                            mye.file(), "has no row for LA " + la + " (" + laNames.get(la) + ") of " + icb));
            double[] share;
            String how;
            if (census.has(la)) {
                share = census.femaleShare(la);
                how = "of the band in Census 2021 for this LA";
            } else if (pooled != null) {
                share = pooled;
                how = "of the band in Census 2021 for the LAs of " + census.file()
                        + " together (documented proxy: sex_split_proxy)";
                defaults.use("sex_split_proxy", "population of LAs without Census sex x age");
                proxied++;
            } else {
                throw ImportException.file(
                        mye.file(), "is persons only and no Census sex x age file was found to split it by sex");
            }
            double[][] split = new double[2][AgeBands.BANDS.size()];
            for (int s = 0; s < 2; s++) {
                String sex = s == 0 ? "F" : "M";
                for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                    double sh = s == 0
                            ? share[b]
                            : census.has(la)
                                    ? census.persons(la, "M", b)
                                            / (census.persons(la, "F", b) + census.persons(la, "M", b))
                                    : 1 - share[b];
                    split[s][b] = p.bands()[b] * sh;
                    population.add(
                            la,
                            "2023",
                            sex,
                            AgeBands.BANDS.get(b),
                            OutputTable.num(split[s][b], 1),
                            mye.file() + ": ONS mid-2023 persons summed over single years to the band, x " + sex
                                    + " share " + OutputTable.num(sh, 4) + " " + how);
                }
            }
            pop23.put(la, split);
            TreeMap<Integer, double[]> future = snpp.of(la);
            if (!future.isEmpty()) {
                projected++;
                for (var year : future.tailMap(MidYearEstimates.YEAR + 1).entrySet()) {
                    for (int s = 0; s < 2; s++) {
                        for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                            double sh = split[s][b] / (split[0][b] + split[1][b]);
                            population.add(
                                    la,
                                    year.getKey().toString(),
                                    s == 0 ? "F" : "M",
                                    AgeBands.BANDS.get(b),
                                    OutputTable.num(year.getValue()[b] * sh, 1),
                                    snpp.file() + ": ONS 2022-based SNPP persons, mid-"
                                            + year.getKey() + ", summed to the band, x the LA's mid-2023 "
                                            + (s == 0 ? "F" : "M")
                                            + " share of the band");
                        }
                    }
                }
            }
        }
        if (projected == 0) {
            report.skipped(
                    "population projections (SNPP)",
                    "0 of " + las.size() + " LAs",
                    "the SNPP file in --from covers " + (snpp.file().isEmpty() ? "no LA" : "no LA of " + icb)
                            + "; population is held at mid-2023 (the reader warns)");
        } else {
            report.mapped(
                    "population projections (SNPP)",
                    projected + " of " + las.size() + " LAs",
                    snpp.file() + "; the other LAs are held at mid-2023 (the reader warns)");
        }
        if (proxied > 0) {
            report.defaulted(
                    "sex split of mid-2023 persons",
                    proxied + " LAs",
                    "no Census sex x age file for these LAs: "
                            + "the female share of each band in the Census file's LAs together is used (a stated proxy)");
        }
    }

    private double pop23(String la) {
        double[][] p = pop23.get(la);
        return Arrays.stream(p[0]).sum() + Arrays.stream(p[1]).sum();
    }

    private double pop23Aged65(String la) {
        double[][] p = pop23.get(la);
        double sum = 0;
        for (int b = AgeBands.FROM_65; b < AgeBands.BANDS.size(); b++) sum += p[0][b] + p[1][b];
        return sum;
    }

    private void deprivation() throws ImportException {
        ImdScores scores = ImdScores.read(folder, report);
        referenceImd = defaults.number("reference_imd_score", "ALL", "manifest reference_imd_score");
        OutputTable deprivation = table("deprivation.csv", "place_code", "imd_score", "source");
        for (String la : las) {
            Optional<Double> score = scores.score(la);
            String src;
            if (score.isPresent()) {
                src = scores.inLad19(la)
                        ? scores.lad19File + ": Score (IMD 2019 LA average score, population-weighted, MHCLG)"
                        : scores.ltla22File
                                + ": Score recalculated for the 2022 LA by the MHCLG method (not an official table)";
            } else {
                double sum = 0;
                double weight = 0;
                List<String> used = new ArrayList<>();
                for (String la22 : geo.predecessors(la)) {
                    Optional<Double> s = scores.score(la22);
                    int n = geo.lsoas22(la22);
                    if (s.isPresent() && n > 0) {
                        sum += s.get() * n;
                        weight += n;
                        used.add(la22);
                    }
                }
                if (weight == 0) {
                    report.skipped(
                            "IMD score of " + la + " " + laNames.get(la),
                            "1 LA",
                            "no score for it or its 2022 predecessors; no " + "deprivation adjustment there");
                    continue;
                }
                score = Optional.of(sum / weight);
                src = "mean of the IMD 2019 scores of its 2022 predecessors " + String.join(", ", used)
                        + " weighted by their LSOA counts (" + scores.lad19File + ")";
                report.mapped("IMD score of " + la + " " + laNames.get(la), used.size() + " predecessor LAs", src);
            }
            imd.put(la, score.get());
            deprivation.add(la, OutputTable.num(score.get(), 4), src);
        }
    }

    // ------------------------------------------------------------------ NHS trusts

    private Map<String, SicknessAbsenceFiles.Org> trusts() throws ImportException {
        sickness = SicknessAbsenceFiles.read(folder, report);
        TrustNames names = TrustNames.read(folder, report);
        String month =
                defaults.use("hchs_mix_month", "staff-group mix of trust FTE").value();
        HchsWorkforceWorkbook hchs = HchsWorkforceWorkbook.read(folder, month, report);
        if (hchs.isEmpty())
            throw ImportException.file(
                    folder.root().toString(),
                    "no HCHS staff by staff group and organisation "
                            + "workbook (hchs-staff-by-staff-group...xlsx) found: it gives the trusts' staff-group mix");

        // The ICB's trusts: the sickness files' map, plus ambulance services that serve it.
        Map<String, SicknessAbsenceFiles.Org> trusts = new TreeMap<>();
        Map<String, Double> shareInIcb = new HashMap<>();
        Map<String, String> shareNote = new HashMap<>();
        for (SicknessAbsenceFiles.Org org : sickness.trustsOf(icb)) trusts.put(org.code, org);
        for (SicknessAbsenceFiles.Org other : sickness.othersOf(icb)) {
            report.skipped(
                    "organisation " + other.code + " " + other.name + " (" + other.type + ")",
                    "1 organisation",
                    "mapped to " + icb
                            + " by the sickness files but not a trust (the ICB itself, a support unit or other body)");
        }
        Map<String, AmbulanceArea> areas = ambulanceAreas();
        for (AmbulanceArea area : areas.values()) {
            if (!area.icbs.contains(icb)) {
                if (trusts.containsKey(area.code)) {
                    report.skipped(
                            "ambulance service " + area.code,
                            "1 organisation",
                            "mapped to " + icb
                                    + " by the sickness files, but ambulance_services.csv says it does not serve "
                                    + icb);
                    trusts.remove(area.code);
                }
                continue;
            }
            SicknessAbsenceFiles.Org org = sickness.org(area.code);
            if (org == null) {
                report.skipped(
                        "ambulance service " + area.code,
                        "0 FTE",
                        "listed as serving " + icb + " in ambulance_services.csv but absent from the sickness files");
                continue;
            }
            trusts.put(area.code, org);
            double inIcb = 0;
            double all = 0;
            for (String la : area.places) {
                double p = mye.la(la).map(MidYearEstimates.LaPopulation::all).orElse(0.0);
                all += p;
                if (las.contains(la)) inIcb += p;
            }
            double share = inIcb / all;
            shareInIcb.put(area.code, share);
            shareNote.put(
                    area.code,
                    "; x " + icb + " share of the population the service covers " + OutputTable.num(share, 3)
                            + " (" + area.places.size() + " LAs of " + String.join(", ", area.icbs)
                            + (area.extra.isEmpty() ? "" : " + " + String.join(", ", area.extra)) + "; MYE 2023)");
            report.mapped(
                    "ambulance service " + area.code + " " + org.name,
                    OutputTable.num(share, 4) + " of its FTE",
                    "serves " + icb + "; share = the ICB's mid-2023 population / the population of the LAs it covers "
                            + "(ambulance_services.csv: " + area.source + ")");
        }
        for (SicknessAbsenceFiles.Org org : trusts.values()) {
            if (org.fteByMonth.size() < sickness.months().size()) {
                report.mapped(
                        "trust " + org.code + " in some months only",
                        org.fteByMonth.size() + " of " + sickness.months().size() + " months",
                        "FTE averaged and sickness summed over the months it appears in");
            }
            if (org.names.size() > 1) {
                report.mapped(
                        "trust " + org.code + " renamed",
                        org.names.size() + " names",
                        String.join(" -> ", org.names) + "; the code is kept");
            }
        }

        Map<String, List<String>> predecessors = new HashMap<>();
        Map<String, String> predecessorNote = new HashMap<>();
        mappings.table("trust_predecessors.csv", "org_code", "predecessor_codes", "source")
                .forEach(row -> {
                    predecessors.put(
                            row.text("org_code"),
                            List.of(row.text("predecessor_codes").split(";")));
                    predecessorNote.put(row.text("org_code"), row.text("source"));
                });
        Map<String, String[]> homes = new HashMap<>();
        mappings.table("trust_places.csv", "org_code", "place_code", "source")
                .forEach(row ->
                        homes.put(row.text("org_code"), new String[] {row.text("place_code"), row.text("source")}));
        Map<String, Map<String, Map<String, Double>>> split = staffGroupSplit();
        Map<String, String> splitNote = staffGroupNote();

        String sickSrc =
                "nhs-sickness-absence " + sickness.range() + ": sum FTE_DAYS_LOST / sum FTE_DAYS_AVAILABLE over "
                        + sickness.months().size() + " months";
        String hchsSrc = hchs.file() + " (NHS Digital, " + month
                + "): share of the trust's total FTE in the staff group (summed over "
                + "nationality%s) x mean FTE from sickness-absence FTE_DAYS_AVAILABLE/days, " + sickness.range();
        Map<String, Double> largestAcute = new TreeMap<>();
        for (SicknessAbsenceFiles.Org org : trusts.values()) {
            String sector = SECTOR_OF_TYPE.get(org.type);
            String name = names.name(org.code).orElse(org.name);
            String[] home = homes.get(org.code);
            String place;
            String why;
            if (home != null && las.contains(home[0])) {
                place = home[0];
                why = home[1];
            } else {
                String[] guess = homePlace(org.code, name, names);
                place = guess[0];
                why = guess[1];
                report.defaulted("home place of " + org.code + " " + name, laNames.get(place), why);
            }
            orgs.add(new Org(
                    org.code,
                    name,
                    sector,
                    place,
                    "ODS " + org.code + "; name from "
                            + (names.name(org.code).isPresent()
                                    ? "geography-lookups/nhs_trust22_points.csv"
                                    : "the sickness files")
                            + "; ICB " + icb + " per nhs-sickness-absence ICS_CODE"
                            + (sector.equals("ambulance") ? " / ambulance_services.csv" : "")
                            + "; " + why));

            // Staff-group mix of the trust's predecessors in the HCHS file.
            List<String> preds = predecessors.getOrDefault(org.code, List.of(org.code));
            Map<String, Double> basis = new TreeMap<>();
            for (String p : preds) hchs.of(p).ifPresent(m -> m.forEach((g, v) -> basis.merge(g, v, Double::sum)));
            boolean national = basis.isEmpty();
            String mixNote = preds.size() > 1
                    ? " of " + String.join("+", preds) + " (predecessors: " + predecessorNote.get(org.code) + ")"
                    : "";
            if (national) {
                for (var e : hchs.all().entrySet()) {
                    SicknessAbsenceFiles.Org now = sickness.org(e.getKey());
                    if (now != null && sector.equals(SECTOR_OF_TYPE.get(now.type)))
                        e.getValue().forEach((g, v) -> basis.merge(g, v, Double::sum));
                }
                mixNote = " of every " + sector + " trust in England in the file (national-average mix: " + org.code
                        + " has no row in the HCHS file; a new or merged trust)";
                report.defaulted(
                        "staff-group mix of " + org.code + " " + name,
                        "national " + sector + " mix",
                        "no HCHS " + month + " row for " + String.join("+", preds)
                                + "; add its predecessors to trust_predecessors.csv to use their mix");
            }
            double total =
                    basis.values().stream().mapToDouble(Double::doubleValue).sum();
            double share = shareInIcb.getOrDefault(org.code, 1.0);
            double scale = org.meanFte() * share;
            Map<String, Double> groupFte = new TreeMap<>();
            basis.forEach((g, v) -> groupFte.put(g, v / total * scale));
            baselines.put(
                    org.code,
                    new TrustBaseline(
                            org.code,
                            sector,
                            org.meanFte(),
                            share,
                            preds,
                            national ? Map.of() : basis,
                            groupFte,
                            national));
            if (sector.equals("acute")) largestAcute.put(org.code, scale);

            Map<String, Map<String, Double>> sectorSplit = split.get(sector);
            if (sectorSplit == null) {
                throw ImportException.file(
                        "mappings/staff_group_roles.csv",
                        "has no rows for sector " + sector + " (trust " + org.code + ")");
            }
            Map<String, Double> byRole = new LinkedHashMap<>();
            Map<String, List<String>> parts = new LinkedHashMap<>();
            for (var g : sectorSplit.entrySet()) {
                for (var r : g.getValue().entrySet()) {
                    double fte = groupFte.getOrDefault(g.getKey(), 0.0) * r.getValue();
                    byRole.merge(r.getKey(), fte, Double::sum);
                    parts.computeIfAbsent(r.getKey(), k -> new ArrayList<>())
                            .add(pct(r.getValue()) + " of " + g.getKey());
                }
            }
            Set<String> notModelled = new TreeSet<>(groupFte.keySet());
            notModelled.removeAll(sectorSplit.keySet());
            double left = notModelled.stream().mapToDouble(groupFte::get).sum();
            report.mapped(
                    "trust " + org.code + " " + name + " (" + sector + ")",
                    OutputTable.num(scale, 1) + " FTE",
                    "mean FTE " + OutputTable.num(org.meanFte(), 1)
                            + (share < 1 ? " x " + OutputTable.num(share, 4) : "") + "; " + OutputTable.num(left, 1)
                            + " FTE in staff groups not modelled (" + String.join(", ", notModelled) + ")");
            trustRoles.put(org.code, byRole);
            trustRoleSource.put(org.code, new LinkedHashMap<>());
            for (var r : byRole.entrySet()) {
                trustRoleSource
                        .get(org.code)
                        .put(
                                r.getKey(),
                                String.format(hchsSrc, mixNote) + shareNote.getOrDefault(org.code, "") + "; role = "
                                        + String.join(" + ", parts.get(r.getKey())) + " (split: "
                                        + splitNote.get(sector) + ")");
            }
            sicknessRate.put(org.code, new Object[] {org.sicknessRate(), sickSrc + " for " + org.code});
        }
        englandSickness = sickness.englandRate();
        englandSicknessSrc = sickSrc;
        largestAcuteTrust = largestAcute.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        communityHosts(trusts);
        return trusts;
    }

    private final Map<String, Map<String, Double>> trustRoles = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> trustRoleSource = new LinkedHashMap<>();
    private final Map<String, Object[]> sicknessRate = new HashMap<>();
    private double englandSickness;
    private String englandSicknessSrc;
    private String largestAcuteTrust;

    private static String pct(double share) {
        return OutputTable.num(share * 100, 0) + "%";
    }

    /** An ambulance service's area: the ICBs and extra LAs it serves. */
    private record AmbulanceArea(
            String code, List<String> icbs, List<String> extra, Set<String> places, String source) {}

    private Map<String, AmbulanceArea> ambulanceAreas() throws ImportException {
        Map<String, AmbulanceArea> areas = new LinkedHashMap<>();
        SourceCsv csv = mappings.table("ambulance_services.csv", "org_code", "serves_icbs", "extra_places", "source");
        csv.forEach(row -> {
            List<String> icbs = split(row.text("serves_icbs"));
            List<String> extra = split(row.text("extra_places"));
            Set<String> places = new LinkedHashSet<>();
            for (String i : icbs) places.addAll(geo.lasOf(i));
            places.addAll(extra);
            areas.put(
                    row.text("org_code"),
                    new AmbulanceArea(row.text("org_code"), icbs, extra, places, row.text("source")));
        });
        return areas;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** sector -> staff group -> role -> share, in file order. */
    private Map<String, Map<String, Map<String, Double>>> staffGroupSplit() throws ImportException {
        Map<String, Map<String, Map<String, Double>>> split = new LinkedHashMap<>();
        SourceCsv csv =
                mappings.table("staff_group_roles.csv", "sector", "staff_group", "role_code", "share", "source");
        csv.forEach(row -> {
            double share = row.number("share");
            if (share < 0 || share > 1) throw row.error("share", "a share is between 0 and 1, not " + share);
            split.computeIfAbsent(row.text("sector"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.text("staff_group"), k -> new LinkedHashMap<>())
                    .put(row.text("role_code"), share);
        });
        for (var sector : split.entrySet()) {
            for (var group : sector.getValue().entrySet()) {
                double sum = group.getValue().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                if (sum > 1.0001)
                    throw ImportException.file(
                            csv.name(),
                            "shares of " + sector.getKey() + " / " + group.getKey() + " add up to " + sum
                                    + ", more than 1");
            }
        }
        return split;
    }

    private Map<String, String> staffGroupNote() throws ImportException {
        Map<String, String> notes = new HashMap<>();
        mappings.table("staff_group_roles.csv")
                .forEach(row -> notes.putIfAbsent(
                        row.text("sector"), row.text("source").replaceFirst("^Documented default: ", "")));
        return notes;
    }

    /**
     * A trust's home place when trust_places.csv has none: the ICB LA named in its 2018 head-office address,
     * else in its name, else the LA of an upper-tier authority named there (the largest such LA), else the
     * ICB's most populous LA.
     */
    private String[] homePlace(String code, String name, TrustNames names) {
        String address = names.address(code).orElse("").toUpperCase(Locale.ROOT);
        String upperName = name.toUpperCase(Locale.ROOT);
        for (String[] text : List.of(
                new String[] {address, "head-office address (ODS etrust 2018): " + address},
                new String[] {upperName, "trust name"})) {
            if (text[0].isEmpty()) continue;
            // Longest names first, so "North East Lincolnshire" wins over "Lincoln".
            List<String> byLength = las.stream()
                    .sorted((a, b) -> laNames.get(b).length() - laNames.get(a).length())
                    .toList();
            for (String la : byLength) {
                if (containsWord(text[0], laNames.get(la).toUpperCase(Locale.ROOT))) {
                    return new String[] {la, "home place: " + laNames.get(la) + " is named in the " + text[1]};
                }
            }
            for (String la : largestFirst()) {
                Optional<String> upper = geo.upperTierName(la);
                if (upper.isPresent() && containsWord(text[0], upper.get().toUpperCase(Locale.ROOT))) {
                    return new String[] {
                        la, "home place: the most populous LA of " + upper.get() + ", named in the " + text[1]
                    };
                }
            }
        }
        String la = largestFirst().get(0);
        return new String[] {
            la,
            "home place: not in trust_places.csv and no ICB LA is named in its address or name; the ICB's most "
                    + "populous LA (documented default)"
        };
    }

    private static boolean containsWord(String text, String word) {
        return (" " + text.replaceAll("[^A-Z0-9&' ]", " ") + " ")
                .contains(" " + word.replaceAll("[^A-Z0-9&' ]", " ") + " ");
    }

    private List<String> largestFirst() {
        return las.stream().sorted((a, b) -> Double.compare(pop23(b), pop23(a))).toList();
    }

    // ------------------------------------------------------------------ community services

    private final Map<String, String> communityHost = new LinkedHashMap<>();
    private final Map<String, String> hostName = new HashMap<>();

    private void communityHosts(Map<String, SicknessAbsenceFiles.Org> trusts) throws ImportException {
        mappings.table("community_hosts.csv", "place_code", "host_org_code", "host_name", "source")
                .forEach(row -> {
                    if (las.contains(row.text("place_code")) && trusts.containsKey(row.text("host_org_code"))) {
                        communityHost.put(row.text("place_code"), row.text("host_org_code"));
                        hostName.put(row.text("host_org_code"), row.text("host_name"));
                    }
                });
        boolean communityTrusts = orgs.stream().anyMatch(o -> o.sector().equals("community"));
        if (communityHost.isEmpty() && communityTrusts) {
            report.mapped(
                    "community health services",
                    orgs.stream().filter(o -> o.sector().equals("community")).count() + " community trusts",
                    "provided by the ICB's community provider trusts; no carve-out from acute trusts");
            return;
        }
        for (String la : las) {
            if (communityHost.containsKey(la)) continue;
            Optional<Org> local = orgs.stream()
                    .filter(o -> o.sector().equals("acute") && o.place().equals(la))
                    .findFirst();
            String host = local.map(Org::code).orElse(largestAcuteTrust);
            if (host == null) continue;
            communityHost.put(la, host);
            hostName.putIfAbsent(
                    host,
                    orgs.stream()
                            .filter(o -> o.code().equals(host))
                            .findFirst()
                            .map(Org::name)
                            .orElse(host));
            report.defaulted(
                    "community services host of " + la + " " + laNames.get(la),
                    host,
                    local.isPresent()
                            ? "not in community_hosts.csv: the acute trust whose home is the LA"
                            : "not in community_hosts.csv and no acute trust"
                                    + " has its home there: the ICB's largest acute trust");
        }
    }

    // ------------------------------------------------------------------ workforce building

    private void addWorkforce(String org, String role, double fte, String source) throws ImportException {
        if (fte < minFte) return;
        Map<String, Line> lines = workforce.computeIfAbsent(org, k -> new LinkedHashMap<>());
        Line line = lines.get(role);
        if (line == null) lines.put(role, new Line(fte, source));
        else {
            line.fte += fte;
            line.source += " + " + source;
        }
    }

    private double minFte = 0.5;
    private final Map<String, Map<String, Double>> communityPool = new LinkedHashMap<>();

    /** Trust workforce, less the community carve-out where the trust hosts community services. */
    private void trustWorkforce() throws ImportException {
        minFte = defaults.number("min_workforce_fte", "ALL", "workforce lines left out below this FTE");
        Set<String> hosts = new LinkedHashSet<>(communityHost.values());
        String carveNote = hosts.isEmpty() ? "" : carveNote();
        for (var trust : trustRoles.entrySet()) {
            for (var role : trust.getValue().entrySet()) {
                double fte = role.getValue();
                boolean carved = hosts.contains(trust.getKey()) && defaults.has("community_carve_share", role.getKey());
                if (carved) {
                    double carve = fte
                            * defaults.number(
                                    "community_carve_share", role.getKey(), "community carve-out from host trusts");
                    communityPool
                            .computeIfAbsent(trust.getKey(), k -> new LinkedHashMap<>())
                            .merge(role.getKey(), carve, Double::sum);
                    fte -= carve;
                }
                addWorkforce(
                        trust.getKey(),
                        role.getKey(),
                        fte,
                        trustRoleSource.get(trust.getKey()).get(role.getKey())
                                + (carved ? "; less the " + carveNote : ""));
            }
        }
    }

    private String carveNote() throws ImportException {
        return "community carve-out: "
                + pct(defaults.use("community_carve_share", "RN_ADULT", "community carve-out")
                        .number())
                + " of the host trust's nurses/NA/HCSW and "
                + pct(defaults.use("community_carve_share", "AHP", "community carve-out")
                        .number())
                + " of its AHPs (documented default: NHS Workforce Statistics put roughly 10-15% of HCHS nurses in community services; "
                + "community services here are run by the integrated trusts), split between the LAs a host serves by mid-2023 population";
    }

    private void communityWorkforce() throws ImportException {
        if (communityHost.isEmpty()) return;
        String carveNote = carveNote();
        for (String la : las) {
            String host = communityHost.get(la);
            if (host == null) continue;
            List<String> hostLas =
                    las.stream().filter(l -> host.equals(communityHost.get(l))).toList();
            double share = pop23(la) / hostLas.stream().mapToDouble(this::pop23).sum();
            String code = "CHS-" + la;
            orgs.add(new Org(
                    code,
                    "Community health services, " + laNames.get(la) + " (" + hostName.get(host) + ")",
                    "community",
                    la,
                    "Aggregate defined by this dataset: community services of " + host + " in " + laNames.get(la)));
            for (var role : communityPool.getOrDefault(host, Map.of()).entrySet()) {
                addWorkforce(
                        code,
                        role.getKey(),
                        role.getValue() * share,
                        carveNote + "; host " + host + ", " + laNames.get(la) + " share " + OutputTable.num(share, 3)
                                + " of the host's LAs; host FTE from " + firstPart(trustRoleSource.get(host)));
            }
            sicknessRate.put(
                    code, new Object[] {sicknessRate.get(host)[0], englandSicknessSrc + " for host trust " + host});
        }
    }

    private static String firstPart(Map<String, String> sources) {
        String s = sources.values().iterator().next();
        int cut = s.indexOf("; role = ");
        return cut > 0 ? s.substring(0, cut) : s;
    }

    // ------------------------------------------------------------------ primary care

    private void primaryCare() throws ImportException {
        trustWorkforce();
        communityWorkforce();
        PcnWorkforceFile pcn = PcnWorkforceFile.read(folder, icb, report);
        Map<String, String> roleOf = new HashMap<>();
        mappings.table("pcn_roles.csv", "staff_role", "role_code", "source")
                .forEach(row -> roleOf.put(row.text("staff_role"), row.text("role_code")));
        Map<String, Map<String, Double>> byLa = new HashMap<>();
        Map<String, Set<String>> pcns = new HashMap<>();
        Map<String, Double> unmapped = new TreeMap<>();
        double outside = 0;
        for (PcnWorkforceFile.PcnRow row : pcn.rows()) {
            Map<String, Double> shares = geo.subIcbShares(row.subIcb());
            if (shares.isEmpty()) {
                outside += row.fte();
                continue;
            }
            String role = roleOf.get(row.staffRole());
            for (var s : shares.entrySet()) {
                if (!las.contains(s.getKey())) {
                    outside += row.fte() * s.getValue();
                    continue;
                }
                pcns.computeIfAbsent(s.getKey(), k -> new TreeSet<>()).add(row.pcn());
                if (role == null) unmapped.merge(row.staffRole(), row.fte() * s.getValue(), Double::sum);
                else
                    byLa.computeIfAbsent(s.getKey(), k -> new HashMap<>())
                            .merge(role, row.fte() * s.getValue(), Double::sum);
            }
        }
        double mapped = byLa.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToDouble(Double::doubleValue)
                .sum();
        if (pcn.rows().isEmpty()) {
            report.skipped("PCN workforce", "0 FTE", "no PCN workforce file for " + icb + " in --from");
        } else {
            report.mapped(
                    "PCN staff roles -> dataset roles",
                    OutputTable.num(mapped, 1) + " FTE",
                    "pcn_roles.csv; sub-ICB locations placed "
                            + "in LAs by their share of LSOAs (geography lookup)"
                            + (Double.isNaN(pcn.england())
                                    ? ""
                                    : "; " + icb + " has "
                                            + OutputTable.num(
                                                    (mapped
                                                                    + unmapped.values().stream()
                                                                            .mapToDouble(Double::doubleValue)
                                                                            .sum())
                                                            / pcn.england()
                                                            * 100,
                                                    1)
                                            + "% of England's PCN FTE"));
            unmapped.forEach(
                    (r, f) -> report.skipped(
                            "PCN role " + r,
                            OutputTable.num(f, 1) + " FTE",
                            "not in pcn_roles.csv "
                                    + "(admin, GPs, nurses and other roles counted by the GP workforce defaults or not modelled)"));
            if (outside > 0)
                report.skipped(
                        "PCN staff outside the ICB's LAs",
                        OutputTable.num(outside, 1) + " FTE",
                        "their sub-ICB location's LSOAs are in an LA assigned to another ICB");
        }
        List<String> pcnRoles = List.of("PHARMACIST", "PA", "PARAMEDIC", "AHP", "NURSING_ASSOC", "CARE_COORDINATOR");
        Set<String> pcnRoleSet = new LinkedHashSet<>(pcnRoles);
        pcnRoleSet.addAll(roleOf.values());
        for (String la : las) {
            String code = "PC-" + la;
            orgs.add(new Org(
                    code,
                    "General practice and PCNs, " + laNames.get(la),
                    "primary_care",
                    la,
                    "Aggregate defined by this dataset: the practices of " + laNames.get(la) + " and its "
                            + pcns.getOrDefault(la, Set.of()).size() + " PCNs in "
                            + (pcn.file().isEmpty() ? "no PCN file" : pcn.file())));
            for (String role : List.of("GP", "PRACTICE_NURSE", "HCSW")) {
                Defaults.Default d = defaults.use("gp_fte_england", role, "general practice FTE by LA");
                addWorkforce(
                        code,
                        role,
                        d.number() * pop23(la) / englandPopulation,
                        "Documented default: " + d.source() + " (" + OutputTable.num(pop23(la), 0) + "/"
                                + OutputTable.num(englandPopulation, 0) + ")");
            }
            for (String role : pcnRoleSet) {
                double v = byLa.getOrDefault(la, Map.of()).getOrDefault(role, 0.0);
                addWorkforce(
                        code,
                        role,
                        v,
                        pcn.file() + ": sum of FTE of PCN-employed staff whose STAFF_ROLE maps to " + role
                                + " in PCNs of sub-ICB location(s) in this LA (geography-lookups sicbl22_code_h -> ltla22_code); Sept 2022, "
                                + "under-counts ARRS staff employed via practices/federations");
            }
            defaults.use("primary_care_sickness", "sickness of primary care aggregates");
            sicknessRate.put(code, new Object[] {
                englandSickness,
                "Documented default: no general-practice sickness statistics; all " + "English trusts' 12-month rate ("
                        + englandSicknessSrc + ")"
            });
        }
    }

    // ------------------------------------------------------------------ adult social care

    private final Map<String, double[]> ascRates = new HashMap<>(); // la -> vacancy, turnover
    private SicknessAbsenceFiles sickness;
    private AscWorkforceIndicators asc;
    private String ascFile = "";

    private void adultSocialCare() throws ImportException {
        asc = AscWorkforceIndicators.read(folder, report);
        ascFile = asc.file();
        double ascFte = defaults.number("asc_fte_england", "ALL", "adult social care FTE by LA");
        double workingDays = defaults.number("asc_working_days", "ALL", "adult social care sickness rate");
        double england65 = mye.england65();
        SourceCsv defaultsCsv = mappings.table("defaults.csv");
        List<String> roles = new ArrayList<>();
        defaultsCsv.forEach(row -> {
            if (row.text("key").equals("asc_role_share")) roles.add(row.text("scope"));
        });
        int fallback = 0;
        for (String la : las) {
            String code = "ASC-" + la;
            orgs.add(new Org(
                    code,
                    "Adult social care providers, " + laNames.get(la),
                    "adult_social_care",
                    la,
                    "Aggregate defined by this dataset: CQC-registered care homes and homecare agencies and LA in-house provision in "
                            + laNames.get(la) + (careHomeNote(la))));
            for (String role : roles) {
                Defaults.Default d = defaults.use("asc_role_share", role, "adult social care FTE by LA and role");
                addWorkforce(
                        code,
                        role,
                        ascFte * d.number() * pop23Aged65(la) / england65,
                        "Documented default: England adult social care ~"
                                + String.format(Locale.ROOT, "%,.0f", ascFte)
                                + " FTE (Skills for Care, size and structure 2024, ~1.5m filled posts, "
                                + "2023/24) x " + OutputTable.num(d.number() * 100, 1) + "% " + role
                                + " share of FTE (Skills for Care job-role mix, "
                                + "approx.) x LA share of England population 65+ mid-2023 ("
                                + OutputTable.num(pop23Aged65(la), 0) + "/"
                                + OutputTable.num(england65, 0)
                                + "); the exact Skills for Care LA estimate is not in the shared data");
            }
            // Indicators: the LA's own, else its 2022 predecessors' mean, else England's mean, field by field.
            List<AscWorkforceIndicators.Indicators> rows = new ArrayList<>();
            asc.of(la).ifPresent(rows::add);
            if (rows.isEmpty()) geo.predecessors(la).forEach(p -> asc.of(p).ifPresent(rows::add));
            double[] values = new double[3];
            String[] notes = new String[3];
            String[] labels = {"turnover", "vacancy", "sickness days"};
            for (int i = 0; i < 3; i++) {
                final int k = i;
                List<Double> got = rows.stream()
                        .map(r -> k == 0 ? r.turnover() : k == 1 ? r.vacancy() : r.sicknessDays())
                        .flatMap(Optional::stream)
                        .toList();
                if (!got.isEmpty()) {
                    values[i] = got.stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElseThrow();
                    notes[i] = rows.size() > 1 || !rows.get(0).la().equals(la)
                            ? "mean of "
                                    + rows.stream()
                                            .map(AscWorkforceIndicators.Indicators::la)
                                            .collect(Collectors.joining("+"))
                            : "";
                } else {
                    values[i] =
                            k == 0 ? asc.englandTurnover() : k == 1 ? asc.englandVacancy() : asc.englandSicknessDays();
                    notes[i] = "England mean (no value for the LA)";
                    fallback++;
                    report.defaulted(
                            "adult social care " + labels[i] + " of " + la + " " + laNames.get(la),
                            OutputTable.num(values[i], 3),
                            "no value (NA or no row) in " + (ascFile.isEmpty() ? "the ASC indicators file" : ascFile)
                                    + ": unweighted mean of English LAs");
                }
            }
            if (Double.isNaN(values[0]) || Double.isNaN(values[1]) || Double.isNaN(values[2])) {
                throw ImportException.file(
                        folder.root().toString(),
                        "no adult social care workforce indicators file "
                                + "(turnover, vacancy, sickness by LA) found");
            }
            ascRates.put(la, new double[] {values[1], values[0]});
            ascNotes.put(
                    la,
                    String.join(
                            "; ",
                            Arrays.stream(notes)
                                    .filter(n -> n != null && !n.isEmpty())
                                    .distinct()
                                    .toList()));
            defaults.use("asc_working_days", "adult social care sickness rate");
            sicknessRate.put(code, new Object[] {
                values[2] / workingDays,
                ascFile + ": Mean sickness days " + OutputTable.num(values[2], 2) + " (Skills for Care 2019/20) / "
                        + OutputTable.num(workingDays, 1) + " working days a year"
            });
        }
        if (fallback == 0)
            report.mapped(
                    "adult social care indicators",
                    las.size() + " LAs",
                    "turnover, vacancy and sickness from " + ascFile);
    }

    private final Map<String, String> ascNotes = new HashMap<>();
    private CareHomeList careHomeList;

    private String careHomeNote(String la) {
        if (careHomeList == null) return "";
        int n = careHomeList.homesIn(la);
        return n < 0 ? "" : " (" + careHomeList.file() + " lists " + n + " care homes)";
    }

    private void careHomes() throws ImportException {
        careHomeList = CareHomeList.read(folder, report);
        int covered = 0;
        for (String la : las) {
            int n = careHomeList.homesIn(la);
            if (n >= 0) {
                covered++;
                report.mapped(
                        "care homes in " + la + " " + laNames.get(la),
                        n + " homes",
                        careHomeList.file() + " (CQC directory; no bed counts)");
            }
        }
        if (covered < las.size()) {
            report.skipped(
                    "care home lists",
                    (las.size() - covered) + " of " + las.size() + " LAs",
                    "not available: the care home " + "lists in --from cover Greater Manchester only");
        }
        if (careHomeList.repaired() > 0) {
            report.mapped(
                    "care home area codes repaired",
                    careHomeList.repaired() + " rows",
                    "mistyped GSS codes such as E0800005 " + "zero-padded to E08000005");
        }
        // Organisation sources of the ASC aggregates mention the count: refresh them now the list is read.
        for (int i = 0; i < orgs.size(); i++) {
            Org o = orgs.get(i);
            if (o.sector().equals("adult_social_care")) {
                orgs.set(
                        i,
                        new Org(
                                o.code(),
                                o.name(),
                                o.sector(),
                                o.place(),
                                "Aggregate defined by this dataset: CQC-registered care "
                                        + "homes and homecare agencies and LA in-house provision in "
                                        + laNames.get(o.place()) + careHomeNote(o.place())));
            }
        }
    }

    private void criteriaToReside(GeographyLookup.Icb icbInfo, Set<String> trusts) throws ImportException {
        YearMonth base = baseMonth();
        CriteriaToReside ctr = CriteriaToReside.read(
                folder,
                icbInfo.onsCode(),
                trusts,
                base.minusMonths(12).atDay(1),
                base.minusMonths(1).atEndOfMonth(),
                report);
        report.total(
                "patients not meeting criteria to reside (ICB, daily mean)",
                num(ctr.icbNctr.mean()),
                ctr.icbNctr.days() + " days; for later use (the dataset has no table for it yet)");
        report.total(
                "patients not meeting criteria to reside (ICB's trusts, daily mean)",
                num(ctr.trustNctr.mean()),
                ctr.trustNctr.days() + " days; " + ctr.trustNctr.zeroDays() + " days with no submission left out");
        report.total(
                "patients discharged (ICB, daily mean)",
                num(ctr.icbDischarges.mean()),
                ctr.icbDischarges.days() + " days");
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "not available" : OutputTable.num(x, 1);
    }

    private YearMonth baseMonth() throws ImportException {
        return YearMonth.parse(defaults.use("base_month", "manifest base_month").value());
    }

    // ------------------------------------------------------------------ services, utilisation, calibration

    private void services(Set<String> trusts) throws ImportException {
        YearMonth base = baseMonth();
        AeActivity ae = AeActivity.read(folder, trusts, report);
        GeneralAcuteBeds beds =
                GeneralAcuteBeds.read(folder, trusts, base.minusMonths(12), base.minusMonths(1), report);
        Kh03Beds.read(folder, trusts, report);
        copy("capabilities.csv", "capability_code", "name", "productive_hours_per_fte_month", "source");
        copy(
                "roles.csv",
                "role_code",
                "name",
                "staff_group",
                "pay_band",
                "annual_pay_gbp",
                "annual_cost_gbp",
                "contracted_hours_per_week",
                "training_lead_time_months",
                "source");
        copy("role_capabilities.csv", "role_code", "capability_code", "max_share", "source");
        // Scope of practice for workforce design: national rules, copied as they are (docs/interventions.md).
        copy("reserved_capabilities.csv", "capability_code", "licensed_role_code", "min_licensed_share", "source");
        copy("supervision.csv", "role_code", "supervisor_role_code", "max_supervisees_per_fte", "source");
        Map<String, Double> hours = new HashMap<>();
        mappings.table("capabilities.csv")
                .forEach(row -> hours.put(row.text("capability_code"), row.number("productive_hours_per_fte_month")));

        record ServiceRow(
                String code, String sector, double e, String unit, double share, String scaleTo, String seasonFrom) {}
        List<ServiceRow> services = new ArrayList<>();
        OutputTable out = table(
                "services.csv",
                "service_code",
                "name",
                "sector",
                "criticality",
                "growth_low",
                "growth_mode",
                "growth_high",
                "unmet_need_low",
                "unmet_need_mode",
                "unmet_need_high",
                "deprivation_elasticity",
                "source");
        SourceCsv csv = mappings.table(
                "services.csv",
                "service_code",
                "name",
                "sector",
                "criticality",
                "growth_low",
                "growth_mode",
                "growth_high",
                "unmet_need_low",
                "unmet_need_mode",
                "unmet_need_high",
                "deprivation_elasticity",
                "activity_unit",
                "share_of_sector",
                "scale_to",
                "seasonality_from",
                "source");
        csv.forEach(row -> {
            services.add(new ServiceRow(
                    row.text("service_code"),
                    row.text("sector"),
                    row.number("deprivation_elasticity"),
                    row.text("activity_unit"),
                    row.number("share_of_sector"),
                    row.text("scale_to"),
                    row.text("seasonality_from")));
            out.add(
                    row.text("service_code"),
                    row.text("name"),
                    row.text("sector"),
                    row.text("criticality"),
                    n(row, "growth_low"),
                    n(row, "growth_mode"),
                    n(row, "growth_high"),
                    n(row, "unmet_need_low"),
                    n(row, "unmet_need_mode"),
                    n(row, "unmet_need_high"),
                    n(row, "deprivation_elasticity"),
                    row.text("source"));
        });
        Map<String, Map<String, Double>> mix = new LinkedHashMap<>();
        mappings.table("service_capability_mix.csv", "service_code", "capability_code", "share")
                .forEach(row -> mix.computeIfAbsent(row.text("service_code"), k -> new LinkedHashMap<>())
                        .put(row.text("capability_code"), row.number("share")));
        // Utilisation profiles: service -> sex (ALL/F/M) -> band values.
        Map<String, Map<String, double[]>> profiles = new LinkedHashMap<>();
        Map<String, String> profileSource = new HashMap<>();
        SourceCsv up = mappings.table(
                "utilisation_profiles.csv", "service_code", "age_band", "sex", "activity_per_person_year", "source");
        up.forEach(row -> {
            int b = AgeBands.BANDS.indexOf(row.text("age_band"));
            if (b < 0)
                throw row.error("age_band", "expected one of " + AgeBands.BANDS + ", not " + row.text("age_band"));
            profiles.computeIfAbsent(row.text("service_code"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    row.text("sex").toUpperCase(Locale.ROOT), k -> new double[AgeBands.BANDS.size()])[
                            b] =
                    row.number("activity_per_person_year");
            profileSource.put(row.text("service_code"), row.text("source"));
        });
        String aeSrc = "the sum of Type 1+2+Other attendances of the ICB's " + ae.byTrust.size()
                + " trusts with A&E returns in " + "nhs-ae-attendances-monthly (" + ae.files + " months)";
        String bdSrc = "occupied G&A bed-days = general_acute_beds_occupied x days, the ICB's " + beds.byTrust.size()
                + " trusts, " + base.minusMonths(12) + ".." + base.minusMonths(1) + " (nhs-beds-ga-critical-care)";
        OutputTable util =
                table("utilisation.csv", "service_code", "age_band", "sex", "activity_per_person_year", "source");
        Map<String, Double> activity = new LinkedHashMap<>();
        for (ServiceRow s : services) {
            Map<String, double[]> prof = profiles.get(s.code());
            if (prof == null) {
                report.skipped("service " + s.code(), "0 rows", "no utilisation profile in utilisation_profiles.csv");
                continue;
            }
            double k = 1;
            String src = profileSource.get(s.code());
            if (!s.scaleTo().isEmpty()) {
                double target = s.scaleTo().equals("ae_attendances")
                        ? (ae.isEmpty() ? 0 : ae.total())
                        : s.scaleTo().equals("ga_bed_days") ? (beds.isEmpty() ? 0 : beds.total()) : 0;
                if (target > 0) {
                    k = target / rawActivity(prof);
                    src += ", so the ICB's mid-2023 population x u = " + String.format(Locale.ROOT, "%,.0f", target)
                            + " " + (s.scaleTo().equals("ae_attendances") ? aeSrc : bdSrc);
                    report.mapped(
                            "utilisation of " + s.code() + " scaled to the ICB's "
                                    + s.scaleTo().replace('_', ' '),
                            String.format(Locale.ROOT, "%,.0f", target),
                            "scale factor " + OutputTable.num(k, 3));
                } else {
                    src += " (no figure for the ICB's trusts in --from: the national age shape is used unscaled)";
                    report.skipped(
                            "scaling of " + s.code() + " to the ICB's "
                                    + s.scaleTo().replace('_', ' '),
                            "0",
                            "no figures for the ICB's trusts; the national age shape is used unscaled");
                }
            }
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                for (var sex : prof.entrySet()) {
                    util.add(
                            s.code(),
                            AgeBands.BANDS.get(b),
                            sex.getKey(),
                            OutputTable.num(sex.getValue()[b] * k, s.code().equals("GP") ? 4 : 5),
                            src);
                }
            }
            Map<String, double[]> scaled = new LinkedHashMap<>();
            for (var sex : prof.entrySet()) {
                double[] v = sex.getValue().clone();
                for (int b = 0; b < v.length; b++) v[b] *= k;
                scaled.put(sex.getKey(), v);
            }
            activity.put(s.code(), activity(scaled, s.e()));
        }

        // Seasonality from the ICB's own monthly figures.
        OutputTable seasonality =
                table("seasonality.csv", "service_code", "place_code", "month", "multiplier", "source");
        for (ServiceRow s : services) {
            Map<YearMonth, Double> months = switch (s.seasonFrom()) {
                case "ae_attendances" -> ae.all;
                case "ae_type1" -> ae.type1;
                case "ga_bed_days" -> beds.bedDays;
                default -> null;
            };
            if (months == null) continue;
            if (!AeActivity.fullYear(months)) {
                report.skipped(
                        "seasonality of " + s.code(),
                        months.size() + " months",
                        "needs 12 consecutive months of " + s.seasonFrom().replace('_', ' ')
                                + " for the ICB's trusts; the service is flat");
                continue;
            }
            Map<Integer, Double> byMonth = AeActivity.byCalendarMonth(months);
            double mean =
                    byMonth.values().stream().mapToDouble(Double::doubleValue).sum() / 12;
            String src = switch (s.seasonFrom()) {
                case "ae_attendances" ->
                    "nhs-ae-attendances-monthly: the ICB's trusts' Type 1+2+Other attendances in the calendar month / 12-month mean";
                case "ae_type1" ->
                    "Proxy (no AmbSYS data): nhs-ae-attendances-monthly, the ICB's trusts' Type 1 attendances by month / 12-month mean";
                default ->
                    "nhs-beds-ga-critical-care: the ICB's trusts' general_acute_beds_occupied x days in month / 12-month mean";
            };
            for (int m = 1; m <= 12; m++)
                seasonality.add(
                        s.code(),
                        "ALL",
                        Integer.toString(m),
                        OutputTable.num(byMonth.get(m) / mean, 4),
                        src + " (" + months.keySet().iterator().next() + ".."
                                + ((java.util.NavigableMap<YearMonth, Double>) months).lastKey() + ")");
        }

        // Workforce rows first: the calibration needs each sector's establishment as written.
        writeWorkforce();
        double calib = defaults.number("calibration_factor", "ALL", "capability hours calibration");
        OutputTable ch =
                table("capability_hours.csv", "service_code", "capability_code", "hours_per_activity", "source");
        for (ServiceRow s : services) {
            Double a = activity.get(s.code());
            double est = establishment.getOrDefault(s.sector(), 0.0);
            if (a == null || a <= 0 || est <= 0) {
                report.skipped(
                        "capability hours of " + s.code(),
                        "0 rows",
                        est <= 0 ? "the ICB has no " + s.sector() + " workforce to calibrate against" : "no activity");
                continue;
            }
            for (var k : mix.getOrDefault(s.code(), Map.of()).entrySet()) {
                Double h = hours.get(k.getKey());
                if (h == null)
                    throw ImportException.file(
                            "mappings/service_capability_mix.csv",
                            "capability " + k.getKey() + " is not in capabilities.csv");
                double fte = est * s.share() * calib * k.getValue();
                ch.add(
                        s.code(),
                        k.getKey(),
                        OutputTable.num(fte * 12 * h / a, 4),
                        "Calibrated: " + pct(k.getValue())
                                + " (assumed capability mix) of " + pct(s.share()) + " (assumed share of the "
                                + s.sector()
                                + " sector) of the sector's funded establishment " + OutputTable.num(est, 0)
                                + " FTE (workforce.csv fte_in_post + "
                                + "vacancy_fte), x 12 x H[" + k.getKey() + "] / the ICB's mid-2023 activity "
                                + OutputTable.num(a, 0) + " "
                                + s.unit() + "s (population x u x dep)");
            }
        }
        report.mapped(
                "capability hours calibrated",
                ch.size() + " rows",
                "base-year demand of each sector = its funded establishment "
                        + "(calibration_factor); see docs/importers.md");
    }

    private static String n(SourceRow row, String column) throws ImportException {
        return row.text(column).isEmpty() ? "" : OutputTable.num(row.number(column), 4);
    }

    /** Population x u over the ICB (no deprivation): the base of a scale factor. */
    private double rawActivity(Map<String, double[]> profile) {
        double total = 0;
        for (String la : las) {
            double[][] p = pop23.get(la);
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                if (profile.containsKey("ALL")) total += (p[0][b] + p[1][b]) * profile.get("ALL")[b];
                if (profile.containsKey("F")) total += p[0][b] * profile.get("F")[b];
                if (profile.containsKey("M")) total += p[1][b] * profile.get("M")[b];
            }
        }
        return total;
    }

    /** Population x u x dep over the ICB: the base-year activity A[s]. */
    private double activity(Map<String, double[]> profile, double elasticity) {
        double total = 0;
        for (String la : las) {
            double dep = imd.containsKey(la) ? Math.pow(imd.get(la) / referenceImd, elasticity) : 1;
            double[][] p = pop23.get(la);
            double a = 0;
            for (int b = 0; b < AgeBands.BANDS.size(); b++) {
                if (profile.containsKey("ALL")) a += (p[0][b] + p[1][b]) * profile.get("ALL")[b];
                if (profile.containsKey("F")) a += p[0][b] * profile.get("F")[b];
                if (profile.containsKey("M")) a += p[1][b] * profile.get("M")[b];
            }
            total += a * dep;
        }
        return total;
    }

    private void copy(String file, String... columns) throws ImportException {
        OutputTable out = table(file, columns);
        SourceCsv csv = mappings.table(file, columns);
        csv.forEach(row -> {
            Object[] cells = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) cells[i] = row.text(columns[i]);
            out.add(cells);
        });
        report.mapped(file, csv.rows() + " rows", "copied from the catalogue " + csv.name());
    }

    // ------------------------------------------------------------------ workforce table

    private final Map<String, Double> establishment = new HashMap<>();

    private void writeWorkforce() throws ImportException {
        OutputTable out = table(
                "workforce.csv",
                "org_code",
                "role_code",
                "headcount",
                "fte_in_post",
                "vacancy_fte",
                "bank_fte",
                "agency_fte",
                "sickness_rate",
                "leaver_rate_low",
                "leaver_rate_mode",
                "leaver_rate_high",
                "fill_rate_low",
                "fill_rate_mode",
                "fill_rate_high",
                "source");
        List<String> roleOrder = new ArrayList<>();
        mappings.table("roles.csv").forEach(row -> roleOrder.add(row.text("role_code")));
        Map<String, String> sectorOf = new HashMap<>();
        orgs.forEach(o -> sectorOf.put(o.code(), o.sector()));
        Defaults.Default fillSpread = defaults.use("fill_rate_spread", "fill rates calibrated to the vacancy rate");
        String fillSrc = fillSpread.source();
        for (Org org : orgs) {
            Map<String, Line> lines = workforce.getOrDefault(org.code(), Map.of());
            List<String> roles = lines.keySet().stream()
                    .sorted((a, b) -> Integer.compare(order(roleOrder, a), order(roleOrder, b)))
                    .toList();
            for (String role : roles) {
                if (!roleOrder.contains(role))
                    throw ImportException.file(
                            "mappings/roles.csv", "has no role " + role + " (used by the staff-group or PCN mapping)");
                Line line = lines.get(role);
                double fte = line.fte;
                Object[] sick = sicknessRate.get(org.code());
                double vr;
                double[] leaver;
                double bank;
                double agency;
                String extra;
                if (org.sector().equals("adult_social_care")) {
                    double[] rates = ascRates.get(org.place());
                    vr = rates[0];
                    double to = rates[1];
                    Defaults.Default spread = defaults.use("asc_leaver_spread", "adult social care leaver rates");
                    double cap = defaults.number("asc_leaver_cap", "ALL", "adult social care leaver rates");
                    leaver = new double[] {
                        OutputTable.round(to * spread.lowNumber(), 3),
                        OutputTable.round(to, 3),
                        OutputTable.round(Math.min(cap, to * spread.highNumber()), 3)
                    };
                    bank = fte * defaults.number("asc_bank_share", role, "adult social care bank FTE");
                    agency = fte * defaults.number("asc_agency_share", role, "adult social care agency FTE");
                    String note = ascNotes.getOrDefault(org.place(), "");
                    extra = "; vacancy " + OutputTable.num(vr, 3) + " and turnover " + OutputTable.num(to, 3) + " from "
                            + ascFile
                            + (note.isEmpty() ? "" : " (" + note + ")")
                            + " (Skills for Care 2019/20, unweighted mean over 6 job roles; "
                            + "turnover counts moves between providers, so it overstates exits from the system); interval "
                            + spread.low() + "x-" + spread.high() + "x; agency 1% of FTE documented default; "
                            + fillSrc;
                } else {
                    vr = defaults.number("nhs_vacancy_rate", role, "NHS vacancy FTE");
                    Defaults.Default l = defaults.use("nhs_leaver_rate", role, "NHS leaver rates");
                    leaver = new double[] {l.lowNumber(), l.number(), l.highNumber()};
                    bank = fte * defaults.number("nhs_bank_share", role, "NHS bank FTE");
                    agency = fte * defaults.number("nhs_agency_share", role, "NHS agency FTE");
                    extra = "; vacancy: "
                            + defaults.use("nhs_vacancy_rate", role, "NHS vacancy FTE")
                                    .source() + "; leaver rate: "
                            + l.source()
                            + "; bank/agency: nursing & HCSW 6%/1.5% of FTE in post, doctors 3%/3%, others 2%/1% "
                            + "(documented defaults, in line with NHS bank ~6-7% and agency ~1-2% of pay bill after the 2023/24 agency "
                            + "reductions); " + fillSrc;
                }
                double vac = fte * vr / (1 - vr);
                double[] fill = steadyStateFill(leaver[1], vr, fillSpread);
                double fteR = OutputTable.round(fte, 1);
                double vacR = OutputTable.round(vac, 1);
                establishment.merge(org.sector(), fteR + vacR, Double::sum);
                out.add(
                        org.code(),
                        role,
                        "",
                        OutputTable.num(fte, 1),
                        OutputTable.num(vac, 1),
                        OutputTable.num(bank, 1),
                        OutputTable.num(agency, 1),
                        OutputTable.num((double) sick[0], 4),
                        OutputTable.num(leaver[0], 4),
                        OutputTable.num(leaver[1], 4),
                        OutputTable.num(leaver[2], 4),
                        OutputTable.num(fill[0], 4),
                        OutputTable.num(fill[1], 4),
                        OutputTable.num(fill[2], 4),
                        "FTE: " + line.source + "; sickness: " + sick[1] + extra);
            }
        }
        OutputTable organisations = table("organisations.csv", "org_code", "name", "sector", "place_code", "source");
        orgs.forEach(o -> organisations.add(o.code(), o.name(), o.sector(), o.place(), o.source()));
    }

    private static int order(List<String> order, String role) {
        int i = order.indexOf(role);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * Nobody publishes fill rates; the vacancy rate is observed and roughly stable, so the fill rate that keeps
     * it stable given the leaver rate is the one consistent with the published figures.
     */
    static double[] steadyStateFill(double leaverRate, double vacancyRate, Defaults.Default spread) {
        double h = 1 - Math.pow(1 - leaverRate, 1.0 / 12);
        double f = h * (1 - vacancyRate) / vacancyRate;
        double[] factors = {spread.lowNumber(), spread.number(), spread.highNumber()};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = OutputTable.round(1 - Math.pow(1 - Math.min(factors[i] * f, 0.95), 12), 3);
        return out;
    }

    // ------------------------------------------------------------------ catchments

    private void catchments(Map<String, SicknessAbsenceFiles.Org> trusts) throws ImportException {
        Map<String, String[]> footprints = new HashMap<>();
        mappings.table("trust_footprints.csv", "org_code", "place_codes", "source")
                .forEach(row -> footprints.put(
                        row.text("org_code"), new String[] {row.text("place_codes"), row.text("source")}));
        OutputTable out = table("catchments.csv", "org_code", "place_code", "share", "source");
        String src =
                "documented default: the trust's service footprint (LAs it runs hospitals/services in), shared by mid-2023 "
                        + "population; OHID trust catchments at LA level are not in the shared data";
        Map<String, List<Org>> bySector = new TreeMap<>();
        for (Org o : orgs)
            if (trusts.containsKey(o.code()))
                bySector.computeIfAbsent(o.sector(), k -> new ArrayList<>()).add(o);
        for (Org o : orgs) {
            if (!trusts.containsKey(o.code())) continue;
            List<String> places;
            String note;
            String[] fp = footprints.get(o.code());
            if (fp != null) {
                places = split(fp[0]).stream().filter(las::contains).toList();
                note = fp[1];
                if (places.size() < split(fp[0]).size())
                    report.skipped(
                            "footprint places of " + o.code() + " outside " + icb,
                            (split(fp[0]).size() - places.size()) + " places",
                            "trust_footprints.csv lists LAs that are not places of " + icb);
                if (places.isEmpty()) continue;
            } else if (o.sector().equals("ambulance")) {
                places = las;
                note = "the ambulance service's staff in this dataset are already its " + icb
                        + " share; they serve every LA of " + icb;
                report.mapped("catchment of " + o.code(), las.size() + " places", note);
            } else {
                boolean noneHasRow = bySector.get(o.sector()).stream().noneMatch(t -> footprints.containsKey(t.code()));
                if (!noneHasRow || las.size() == 1) {
                    report.defaulted(
                            "catchment of " + o.code() + " " + o.name(),
                            "home place",
                            "not in trust_footprints.csv: serves its " + "home LA " + laNames.get(o.place()));
                    continue;
                }
                places = las;
                note = "not in trust_footprints.csv and no " + o.sector() + " trust of " + icb
                        + " has a footprint: the ICB's " + o.sector()
                        + " trusts are pooled over all its LAs (so no LA is left without " + o.sector() + " staff)";
                report.defaulted("catchment of " + o.code() + " " + o.name(), las.size() + " places", note);
            }
            double total = places.stream().mapToDouble(this::pop23).sum();
            double given = 0;
            for (int i = 0; i < places.size(); i++) {
                String la = places.get(i);
                double share = i < places.size() - 1
                        ? OutputTable.round(pop23(la) / total, 4)
                        : OutputTable.round(1 - given, 4);
                given += share;
                out.add(
                        o.code(),
                        la,
                        OutputTable.num(share, 4),
                        src + ". " + note + "; " + laNames.get(la) + " mid-2023 population "
                                + String.format(Locale.ROOT, "%,.0f", pop23(la)) + " of "
                                + String.format(Locale.ROOT, "%,.0f", total)
                                + " in the footprint (" + mye.file() + ")");
            }
        }
    }

    // ------------------------------------------------------------------ flows, pipeline, assumptions, manifest

    private void flowsPipelineAssumptions() throws ImportException {
        copy(
                "flows.csv",
                "from_sector",
                "from_role",
                "to_sector",
                "to_role",
                "annual_rate_low",
                "annual_rate_mode",
                "annual_rate_high",
                "pay_elasticity",
                "source");
        double icbPopulation = las.stream().mapToDouble(this::pop23).sum();
        double share = icbPopulation / englandPopulation;
        int baseYear = baseMonth().getMonthValue() >= 4
                ? baseMonth().getYear()
                : baseMonth().getYear() - 1;
        OutputTable pipe = table(
                "pipeline.csv",
                "role_code",
                "place_code",
                "year",
                "intake",
                "course_months",
                "completion_rate_low",
                "completion_rate_mode",
                "completion_rate_high",
                "local_retention_low",
                "local_retention_mode",
                "local_retention_high",
                "source");
        List<Object[]> rows = new ArrayList<>();
        mappings.table(
                        "pipeline.csv",
                        "role_code",
                        "national_intake",
                        "course_months",
                        "completion_rate_low",
                        "completion_rate_mode",
                        "completion_rate_high",
                        "local_retention_low",
                        "local_retention_mode",
                        "local_retention_high",
                        "source")
                .forEach(row -> {
                    rows.add(new Object[] {
                        row.text("role_code"),
                        row.number("national_intake"),
                        row.text("course_months"),
                        n(row, "completion_rate_low"),
                        n(row, "completion_rate_mode"),
                        n(row, "completion_rate_high"),
                        n(row, "local_retention_low"),
                        n(row, "local_retention_mode"),
                        n(row, "local_retention_high"),
                        row.text("source")
                    });
                });
        for (int y = baseYear; y < baseYear + 3; y++) {
            for (Object[] r : rows) {
                pipe.add(
                        r[0],
                        "ALL",
                        Integer.toString(y),
                        Long.toString(Math.round((double) r[1] * share)),
                        r[2],
                        r[3],
                        r[4],
                        r[5],
                        r[6],
                        r[7],
                        r[8],
                        r[9] + " (" + OutputTable.num(icbPopulation, 0) + "/" + OutputTable.num(englandPopulation, 0)
                                + " = " + OutputTable.num(share, 3) + ")");
            }
        }
        report.defaulted(
                "training pipeline",
                pipe.size() + " rows",
                "national intakes in pipeline.csv x the ICB's share of England " + "population "
                        + OutputTable.num(share, 4));
        double reference = defaults.number("gm_reference_population", "ALL", "labour pools scaled by population");
        OutputTable assumptions = table(
                "assumptions.csv", "parameter", "scope", "value_low", "value_mode", "value_high", "unit", "source");
        mappings.table(
                        "assumptions.csv",
                        "parameter",
                        "scope",
                        "value_low",
                        "value_mode",
                        "value_high",
                        "unit",
                        "scaling",
                        "source")
                .forEach(row -> {
                    boolean scale = row.text("scaling").equals("population_vs_gm");
                    double k = scale ? icbPopulation / reference : 1;
                    String[] v = new String[3];
                    String[] cols = {"value_low", "value_mode", "value_high"};
                    for (int i = 0; i < 3; i++) {
                        v[i] = row.text(cols[i]).isEmpty()
                                ? ""
                                : scale
                                        ? Long.toString(Math.round(row.number(cols[i]) * k))
                                        : OutputTable.num(row.number(cols[i]), 4);
                    }
                    assumptions.add(
                            row.text("parameter"),
                            row.text("scope"),
                            v[0],
                            v[1],
                            v[2],
                            row.text("unit"),
                            row.text("source")
                                    + (scale && Math.abs(k - 1) > 1e-3
                                            ? " (x " + OutputTable.num(k, 3) + " for " + icb + ")"
                                            : ""));
                });
    }

    private void systemMetrics(GeographyLookup.Icb icbInfo) throws ImportException {
        Map<String, Double> shares = new LinkedHashMap<>();
        baselines.values().forEach(b -> shares.put(b.code(), b.share()));
        Map<String, String> laOfAsc = new LinkedHashMap<>();
        las.forEach(la -> laOfAsc.put("ASC-" + la, la));
        Set<String> orgCodes = orgs.stream().map(Org::code).collect(Collectors.toCollection(TreeSet::new));
        OutputTable metrics = table("metrics.csv", "metric", "org_code", "month", "value", "source");
        new PublishedMetrics(from, icb, report)
                .build(shares, sickness, asc, laOfAsc, orgCodes)
                .forEach(p ->
                        metrics.add(p.metric().name(), p.orgCode(), p.month().toString(), p.value(), p.source()));
    }

    private void manifest(GeographyLookup.Icb icbInfo) throws ImportException {
        OutputTable manifest = table("manifest.csv", "key", "value");
        manifest.add("format_version", "1");
        manifest.add("icb_ods_code", icb);
        manifest.add("icb_ons_code", icbInfo.onsCode());
        manifest.add("name", icbInfo.name());
        manifest.add("base_month", baseMonth().toString());
        manifest.add("reference_imd_score", OutputTable.num(referenceImd, 4));
        manifest.add(
                "description",
                "Built by skillmix import from published national files (see the import report): " + las.size()
                        + " local authorities, NHS trusts from "
                        + "sickness-absence FTE, primary care and adult social care aggregates per LA");
        // Keep the file order the reader and the old example use.
        Map<String, OutputTable> ordered = new LinkedHashMap<>();
        ordered.put("manifest.csv", manifest);
        tables.forEach((k, v) -> ordered.putIfAbsent(k, v));
        tables.clear();
        tables.putAll(ordered);
    }

    private void totals() {
        double population = las.stream().mapToDouble(this::pop23).sum();
        report.total(
                "population mid-2023",
                OutputTable.num(population, 0),
                las.size() + " LAs: "
                        + las.stream()
                                .map(la -> laNames.get(la) + " " + OutputTable.num(pop23(la), 0))
                                .collect(Collectors.joining(", ")));
        OutputTable wf = tables.get("workforce.csv");
        Map<String, String> sectorOf = new HashMap<>();
        orgs.forEach(o -> sectorOf.put(o.code(), o.sector()));
        Map<String, double[]> bySector = new TreeMap<>();
        for (List<String> row : wf.rows()) {
            double[] t = bySector.computeIfAbsent(sectorOf.get(row.get(0)), k -> new double[3]);
            t[0] += Double.parseDouble(row.get(3));
            t[1] += Double.parseDouble(row.get(4));
            t[2] += Double.parseDouble(row.get(5)) + Double.parseDouble(row.get(6));
        }
        bySector.forEach((s, t) -> report.total(
                "workforce " + s,
                OutputTable.num(t[0], 0) + " FTE in post",
                OutputTable.num(t[1], 0) + " vacancy FTE, " + OutputTable.num(t[2], 0) + " bank + agency FTE"));
        for (OutputTable t : tables.values()) report.total("table " + t.file(), t.size() + " rows", "");
    }

    /** The tables as built (for writing). */
    Map<String, OutputTable> tables() {
        return tables;
    }

    /**
     * Builds the dataset and writes it to the folder out: into a temporary folder beside it first, which is
     * read back with the dataset reader; only a dataset that loads is moved into place (its CSV files replace
     * those of the same name in out; other files there, such as a README, are kept). On any error nothing in
     * out changes.
     */
    public Result writeTo(Path out) throws ImportException {
        Result result = build();
        progress.accept("writing and validating the dataset");
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path temp = null;
        try {
            java.nio.file.Files.createDirectories(parent);
            temp = java.nio.file.Files.createTempDirectory(parent, "." + target.getFileName() + ".import-");
            for (OutputTable t : tables.values()) t.write(temp);
            try {
                var read = new org.skillmix.data.dataset.DatasetReader().load(temp);
                if (discharge(read.model(), temp)) read = new org.skillmix.data.dataset.DatasetReader().load(temp);
                read.warnings().forEach(w -> report.total("dataset warning", "", w.toString()));
            } catch (org.skillmix.data.dataset.DatasetException e) {
                throw new ImportException(e.problems().stream()
                        .filter(org.skillmix.data.dataset.Problem::isError)
                        .map(p -> org.skillmix.data.dataset.Problem.error(
                                "(imported) " + p.file(), p.row(), p.column(), p.reason()))
                        .toList());
            }
            java.nio.file.Files.createDirectories(target);
            for (OutputTable t : tables.values()) {
                java.nio.file.Files.move(
                        temp.resolve(t.file()),
                        target.resolve(t.file()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw ImportException.file(target.toString(), "cannot be written: " + e.getMessage());
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
        return result;
    }

    /**
     * discharge.csv from the dataset as read back and the published daily discharge files: the discharge model's
     * calibration and places, so that the scenario comparison can value extra care workers without the published
     * files. Without those files (or too short a series) the dataset is complete without it; the report says why.
     */
    private boolean discharge(org.skillmix.core.system.SystemModel model, Path temp) throws java.io.IOException {
        progress.accept("calibrating the discharge model (discharge.csv)");
        org.skillmix.data.discharge.DischargeTableBuilder.Result built;
        try {
            built = new org.skillmix.data.discharge.DischargeTableBuilder().build(from, icb, model);
        } catch (org.skillmix.data.published.MetricsImportException | IllegalArgumentException e) {
            report.skipped("discharge.csv", "", "not written: " + e.getMessage());
            return false;
        }
        OutputTable t = table("discharge.csv", "parameter", "scope", "value", "source");
        // Nine decimals, not num's four: arrival shares of ten places must still add to 1 and K/C keep their pace.
        built.rows()
                .forEach(v -> t.add(
                        v.parameter().name(),
                        v.scope(),
                        new java.math.BigDecimal(v.value())
                                .setScale(9, java.math.RoundingMode.HALF_EVEN)
                                .stripTrailingZeros()
                                .toPlainString(),
                        v.source()));
        t.write(temp);
        report.total("discharge.csv", Integer.toString(built.rows().size()), built.note());
        return true;
    }

    private static void deleteQuietly(Path folder) {
        try (var files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    java.nio.file.Files.deleteIfExists(p);
                } catch (java.io.IOException ignored) {
                    // A leftover temporary file is harmless; the dataset itself is complete.
                }
            });
        } catch (java.io.IOException ignored) {
            // As above.
        }
    }
}
