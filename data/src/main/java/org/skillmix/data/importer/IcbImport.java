package org.skillmix.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.skillmix.core.system.SystemModel;
import org.skillmix.data.dataset.DatasetException;
import org.skillmix.data.dataset.DatasetReader;
import org.skillmix.data.dataset.Problem;
import org.skillmix.data.dataset.ReadResult;

/**
 * Builds a whole system dataset for one ICB from the published national files: places and population,
 * deprivation, the ICB's trusts with their current FTE split by staff group and role, community, primary
 * care and adult social care aggregates per LA, services with utilisation scaled to the ICB's own A&E and
 * bed figures, calibrated capability hours, seasonality, catchments, flows, pipeline and assumptions. Every
 * value comes from a published file, a shipped mapping table or a documented default, and the report says
 * which. Each table has its own builder over the {@link ImportContext} and the parts it needs (trusts,
 * staffing, services), passed explicitly; this class only puts them together and writes the result.
 */
public final class IcbImport {

    /** The projection horizon the labour pools keep up to: the command line's and the web's default. */
    static final int DEFAULT_HORIZON_YEARS = 10;

    private final Path from;
    private final String icb;
    private final YearMonth baseMonth;
    private final Vintage vintage;
    private final Mappings mappings;
    private final Consumer<String> progress;
    private final ImportReport report;
    private final Map<String, OutputTable> tables = new LinkedHashMap<>();
    private List<String> icbCodes = List.of();
    private boolean withDischarge = true;
    private String label;
    private TrustHistory history;

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
        this(from, icb, null, mappingsFolder, progress);
    }

    /** An import at a given base month (null: the documented default, defaults.csv base_month). */
    public IcbImport(Path from, String icb, YearMonth baseMonth, Path mappingsFolder, Consumer<String> progress) {
        this(from, icb, baseMonth, Vintage.CURRENT, mappingsFolder, progress);
    }

    /**
     * An import at a given base month from the figures of a vintage: the newest, or as the system stood at the
     * base month (the back-test's dataset).
     */
    public IcbImport(
            Path from,
            String icb,
            YearMonth baseMonth,
            Vintage vintage,
            Path mappingsFolder,
            Consumer<String> progress) {
        this.from = from;
        this.icb = icb.strip().toUpperCase(Locale.ROOT);
        this.baseMonth = baseMonth;
        this.vintage = vintage;
        this.mappings = new Mappings(mappingsFolder);
        this.progress = progress == null ? s -> {} : progress;
        this.report = new ImportReport(this.icb);
    }

    /** This import without discharge.csv (its fit takes seconds; a national run does not use it). */
    public IcbImport withoutDischarge() {
        withDischarge = false;
        return this;
    }

    /** Reads every source and builds the tables; nothing is written. */
    public Result build() throws ImportException {
        tables.clear();
        ImportContext ctx =
                ImportContext.open(SourceFolder.open(from), icb, baseMonth, vintage, mappings, report, progress);
        icbCodes = ctx.icbCodes();
        label = ctx.icb();
        OutputTable places = PlacesTable.build(ctx.places());
        ProjectedPopulation projected = ProjectedPopulation.build(ctx);
        PopulationRevision revision = PopulationRevision.measure(ctx, projected);
        OutputTable population = PopulationTable.build(ctx, projected);
        DeprivationTable.Built deprivation = DeprivationTable.build(ctx);
        TrustSources trustSources = TrustSources.read(ctx);
        IcbTrusts trusts = IcbTrusts.read(ctx, trustSources);
        CommunityServices community = CommunityServices.read(ctx, trusts);
        CareHomeList careHomes = AdultSocialCare.careHomes(ctx);
        Staffing staffing = Staffing.build(ctx, trusts, community, careHomes);
        DischargeSummary.report(ctx, trusts.codes(), trustSources.lineage());
        TrustActivity activity = TrustActivity.read(ctx, trusts.codes(), trustSources.lineage());
        ServiceCatalogue catalogue = ServiceCatalogue.read(mappings);
        UtilisationTable.Built utilisation =
                UtilisationTable.build(ctx, catalogue, activity, deprivation, PopulationByYear.of(population));
        history = TrustHistory.of(trustSources.hchs().yearMonth(), trustSources);
        HistoricalGrowth growth =
                HistoricalGrowth.measure(ctx, history, trusts.codes(), ctx.asAtBase() ? trusts.codes() : Set.of());
        OutputTable pipeline = PipelineTable.build(ctx);
        WorkforceTable.Built workforce = WorkforceTable.build(ctx, staffing, growth, FlowsTable.read(ctx), pipeline);
        OutputTable flows = workforce.flows();

        put(ManifestTable.build(ctx, deprivation.referenceImd()));
        put(places);
        put(population);
        put(deprivation.table());
        put(CatalogueTables.capabilities(ctx));
        put(CatalogueTables.roles(ctx));
        put(CatalogueTables.roleCapabilities(ctx));
        put(CatalogueTables.reservedCapabilities(ctx));
        put(CatalogueTables.supervision(ctx));
        put(ServicesTable.build(mappings));
        put(utilisation.table());
        Map<String, Double> trustShares = new LinkedHashMap<>();
        trusts.baselines().values().forEach(b -> trustShares.put(b.code(), b.share()));
        put(SeasonalityTable.build(ctx, catalogue, activity, AmbulanceIndicators.read(ctx.folder()), trustShares));
        put(workforce.table());
        put(OrganisationsTable.build(staffing));
        Norms norms = Norms.read(mappings, catalogue);
        put(CapabilityHoursTable.build(ctx, catalogue, norms, utilisation.activity(), workforce.establishment()));
        put(MetricsTable.build(ctx, trusts, staffing));
        put(flows);
        put(pipeline);
        OutputTable assumptions = AssumptionsTable.build(
                ctx,
                revision,
                supplyHistory(ctx, history, trusts, staffing, growth),
                workforce.table(),
                staffing.sectorOf(),
                pipeline,
                flows);
        norms.addRanges(assumptions, catalogue, report);
        put(assumptions);
        putUnlessEmpty(StaffExperienceTables.staffExperience(ctx, trusts.orgCodes()));
        putUnlessEmpty(StaffExperienceTables.workforceEquality(ctx, trusts.orgCodes()));
        putUnlessEmpty(StaffExperienceTables.sicknessSeasonality(ctx, trusts));
        // last, from the need the other tables give each place (NeedByPlace)
        ctx.step("catchments");
        put(CatchmentsTable.build(ctx, staffing.organisations(), trusts.orgCodes(), need()));
        // options for the board pack to choose from; a back-test's dataset has no use for them
        if (!ctx.asAtBase())
            put(StarterInterventions.build(ctx, StarterInterventions.Staff.of(workforce.table(), staffing.sectorOf())));

        mappings.overridden()
                .forEach(f -> report.mapped(
                        "mapping table " + f,
                        "",
                        "taken from "
                                + mappings.overrideFolder().map(Path::toString).orElse("")
                                + " instead of the shipped one"));
        ctx.defaults().report(report);
        totals(ctx.places(), staffing);
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
                "supervision.csv",
                "staff_experience.csv",
                "sickness_seasonality.csv",
                StarterInterventions.FILE)) {
            OutputTable t = tables.get(name);
            if (t != null) views.put(name, new OutputTableView(t.file(), t.header(), t.rows()));
        }
        return new Result(
                ctx.icb(),
                views,
                report,
                trusts.baselines(),
                ctx.places().codes(),
                ctx.places().total());
    }

    /**
     * The history the supply rows are computed from, and the horizon the labour pools keep up to: the default
     * ten-year projection, or for a dataset as it stood at a past base the months to the last observed one.
     */
    private static AssumptionsTable.SupplyHistory supplyHistory(
            ImportContext ctx, TrustHistory history, IcbTrusts trusts, Staffing staffing, HistoricalGrowth growth) {
        Set<String> kept = new java.util.HashSet<>();
        staffing.organisations().forEach(o -> kept.add(o.code()));
        List<Organisation> trustOrgs = trusts.organisations().stream()
                .filter(o -> kept.contains(o.code()))
                .toList();
        if (ctx.asAtBase()) {
            YearMonth last = history.months().get(history.months().size() - 1);
            double horizon = java.time.temporal.ChronoUnit.MONTHS.between(ctx.baseMonth(), last) / 12.0;
            return new AssumptionsTable.SupplyHistory(
                    growth, trustOrgs, horizon, "the last observed month (" + last + ")");
        }
        return new AssumptionsTable.SupplyHistory(
                growth,
                trustOrgs,
                DEFAULT_HORIZON_YEARS,
                "the end of the default " + DEFAULT_HORIZON_YEARS + "-year projection");
    }

    private void put(OutputTable table) {
        tables.put(table.file(), table);
    }

    /** An optional table is written only when its sources gave rows (the report says why when they did not). */
    private void putUnlessEmpty(OutputTable table) {
        if (table.size() > 0) put(table);
    }

    private void totals(IcbPlaces places, Staffing staffing) {
        report.total(
                "population mid-2023",
                ImportReport.figure(places.total(), 0),
                places.size() + " LAs: "
                        + places.codes().stream()
                                .map(la -> places.name(la) + " " + ImportReport.figure(places.population(la), 0))
                                .collect(Collectors.joining(", ")));
        Map<String, String> sectorOf = staffing.sectorOf();
        Map<String, double[]> bySector = new TreeMap<>();
        for (List<String> row : tables.get("workforce.csv").rows()) {
            double[] t = bySector.computeIfAbsent(sectorOf.get(row.get(0)), k -> new double[3]);
            t[0] += Double.parseDouble(row.get(3));
            t[1] += Double.parseDouble(row.get(4));
            t[2] += Double.parseDouble(row.get(5)) + Double.parseDouble(row.get(6));
        }
        bySector.forEach((s, t) -> report.total(
                "workforce " + s,
                ImportReport.figure(t[0], 0) + " FTE in post",
                ImportReport.figure(t[1], 0) + " vacancy FTE, " + ImportReport.figure(t[2], 0) + " bank + agency FTE"));
        for (OutputTable t : tables.values()) report.total("table " + t.file(), ImportReport.rows(t.size()), "");
    }

    /** Each sector's base-month demand by place, from the tables built so far (null when they do not load yet). */
    private Map<String, Map<String, Double>> need() throws ImportException {
        try {
            return NeedByPlace.of(tables.values());
        } catch (IOException e) {
            throw ImportException.file("catchments.csv", "cannot measure the need by place: " + e.getMessage());
        }
    }

    /** The tables as built (for writing). */
    Map<String, OutputTable> tables() {
        return tables;
    }

    /** The trusts' published record the build read (null before {@link #build()}). */
    TrustHistory history() {
        return history;
    }

    /**
     * Writes the built tables into the folder temp and reads them back with the dataset reader; a dataset that does
     * not load is an import error located in the imported files.
     */
    ReadResult readBack(Path temp) throws ImportException, IOException {
        for (OutputTable t : tables.values()) t.write(temp);
        try {
            return new DatasetReader().load(temp);
        } catch (DatasetException e) {
            throw new ImportException(e.problems().stream()
                    .filter(Problem::isError)
                    .map(p -> Problem.error("(imported) " + p.file(), p.row(), p.column(), p.reason()))
                    .toList());
        }
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
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".import-");
            ReadResult read = readBack(temp);
            if (discharge(read.model(), temp)) read = readBack(temp);
            read.warnings().forEach(w -> report.total("dataset warning", "", w.toString()));
            Files.createDirectories(target);
            for (OutputTable t : tables.values()) {
                if (keepsOwn(target, t.file())) continue;
                Files.move(temp.resolve(t.file()), target.resolve(t.file()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ImportException.file(target.toString(), "cannot be written: " + e.getMessage());
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
        return result;
    }

    /**
     * True for the starter options when the folder already has scenarios: the partners' own (or the example's
     * hand-written ones) are kept, and the report says so.
     */
    private boolean keepsOwn(Path target, String file) {
        if (!file.equals(StarterInterventions.FILE) || !Files.isRegularFile(target.resolve(file))) return false;
        report.skipped("starter interventions", "", "kept the interventions.csv already in " + target);
        return true;
    }

    /**
     * discharge.csv ({@link DischargeTable}) unless this import was asked to leave it out;
     * true when written into temp.
     */
    private boolean discharge(SystemModel model, Path temp) throws IOException, ImportException {
        OutputTable t = DischargeTable.build(
                from, label, model, TrustLineage.read(mappings).successor(), icbCodes, withDischarge, report, progress);
        if (t == null) return false;
        put(t);
        t.write(temp);
        return true;
    }

    static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless; the dataset itself is complete.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
