package org.skillmix.data.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.skillmix.core.system.SystemInfo;
import org.skillmix.core.system.SystemModel;

/**
 * Reads a system dataset (a folder of CSVs, a zip of one, or an XLSX workbook) into a
 * {@link SystemModel}. A dataset loads whole or not at all: every table is read and checked, and if
 * anything is wrong the {@link DatasetException} lists every problem, each with file, row and column.
 */
public final class DatasetReader {

    /** Data rows a table may have. Far above any ICB's needs; stops a runaway file early. */
    public static final int MAX_ROWS_PER_TABLE = 2_000_000;

    private final int maxRowsPerTable;

    public DatasetReader() {
        this(MAX_ROWS_PER_TABLE);
    }

    /** A reader with a lower row limit, for tests of the limit itself. */
    DatasetReader(int maxRowsPerTable) {
        this.maxRowsPerTable = maxRowsPerTable;
    }

    /** Reads the dataset; warnings are dropped (use {@link #load} to see them). */
    public SystemModel read(Path dataset) throws DatasetException {
        return load(dataset).model();
    }

    /** Reads the dataset and returns it with the warnings found on the way. */
    public ReadResult load(Path dataset) throws DatasetException {
        Outcome outcome = readAll(dataset);
        if (outcome.model == null) throw new DatasetException(displayName(dataset), outcome.problems);
        return new ReadResult(
                outcome.model,
                outcome.problems.stream().filter(p -> !p.isError()).toList());
    }

    /** Every error and warning the dataset has, without throwing: what {@code skillmix validate} lists. */
    public List<Problem> check(Path dataset) {
        return readAll(dataset).problems;
    }

    private record Outcome(SystemModel model, List<Problem> problems) {}

    private Outcome readAll(Path dataset) {
        ProblemLog log = new ProblemLog();
        SystemModel model = null;
        try (DatasetSource source = open(dataset, log)) {
            if (source != null) model = readTables(source, log);
        } catch (IOException e) {
            log.error(displayName(dataset), 0, "", "cannot be closed: " + PlainWords.of(e));
        }
        return new Outcome(log.hasErrors() ? null : model, log.all());
    }

    /** The source for the path's shape, or null after logging why it cannot be read. */
    private static DatasetSource open(Path dataset, ProblemLog log) {
        String name = displayName(dataset);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.exists(dataset)) {
            log.error(name, 0, "", "does not exist (give a dataset folder, a .zip or an .xlsx workbook)");
            return null;
        }
        try {
            if (Files.isDirectory(dataset)) return new FolderSource(dataset);
            if (lower.endsWith(".zip")) return new ZipSource(dataset);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return new WorkbookSource(dataset);
        } catch (InputRefused e) {
            log.error(name, 0, "", e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            String kind = Files.isDirectory(dataset)
                    ? "is not a readable folder: "
                    : lower.endsWith(".zip")
                            ? "is not a readable zip file: "
                            : "is not a readable Excel workbook (.xlsx): ";
            log.error(name, 0, "", kind + PlainWords.of(e));
            return null;
        }
        if (lower.endsWith(".xls")) {
            log.error(name, 0, "", "is an old-style .xls workbook; open it in Excel and save it as .xlsx");
        } else if (lower.endsWith(".csv")) {
            log.error(name, 0, "", "is one table; give the folder that holds all the dataset's CSV files");
        } else {
            log.error(name, 0, "", "is not a dataset: give a folder of CSV files, a .zip of one, or an .xlsx workbook");
        }
        return null;
    }

    private SystemModel readTables(DatasetSource source, ProblemLog log) {
        for (String entry : source.unknownEntries()) {
            log.warning(
                    PlainWords.cut(entry), 0, "", "is not a table of the dataset and is ignored" + lookalike(entry));
        }
        KnownCodes known = new KnownCodes();
        LoadedTables tables = new LoadedTables();
        ManifestTable manifest = new ManifestTable();
        List<Parsed<ManifestTable.Entry>> manifestRows = readTable(source, manifest, known, log);
        SystemInfo info = manifestRows == null
                ? null
                : ManifestTable.info(
                        manifestRows.stream().map(Parsed::value).toList(), source.fileOf(DatasetTable.MANIFEST), log);
        for (TableParser<?> parser : List.of(
                new PlacesTable(),
                new OrganisationsTable(),
                new CatchmentsTable(),
                new CapabilitiesTable(),
                new RolesTable(),
                new RoleCapabilitiesTable(),
                new ServicesTable(),
                new PopulationTable(),
                new DeprivationTable(),
                new UtilisationTable(),
                new CapabilityHoursTable(),
                new SeasonalityTable(),
                new WorkforceTable(),
                new FlowsTable(),
                new PipelineTable(),
                new AssumptionsTable(),
                new InterventionsTable(),
                new MetricsTable(),
                new DischargeTable(),
                new ReservedCapabilitiesTable(),
                new SupervisionTable(),
                new StaffExperienceTable(),
                new SicknessSeasonalityTable(),
                new WorkforceEqualityTable())) {
            store(tables, source, parser, known, log);
        }
        new CrossTableChecks(tables, log).run(info);
        SicknessSeasonalityTable.checkWholeYear(tables, log);
        return log.hasErrors() || info == null ? null : tables.model(info);
    }

    private <T> void store(
            LoadedTables tables, DatasetSource source, TableParser<T> parser, KnownCodes known, ProblemLog log) {
        List<Parsed<T>> rows = readTable(source, parser, known, log);
        if (rows != null) tables.put(parser.table(), source.fileOf(parser.table()), rows);
    }

    /**
     * Reads one table through the {@link TableReader}: the header, then every row through the parser.
     * Null when the table is absent or could not be read at all.
     */
    private <T> List<Parsed<T>> readTable(
            DatasetSource source, TableParser<T> parser, KnownCodes known, ProblemLog log) {
        DatasetTable table = parser.table();
        String file = source.fileOf(table);
        Optional<TableInput> opened;
        try {
            opened = source.open(table);
        } catch (InputRefused e) {
            log.error(file, 0, "", e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            log.error(file, 0, "", source.unreadable(table, e));
            return null;
        }
        if (opened.isEmpty()) {
            if (table.required()) {
                log.error(
                        file,
                        0,
                        "",
                        "required table " + table.sheetName() + " is missing; add it with the columns "
                                + requiredColumns(table));
            }
            return null;
        }
        List<Parsed<T>> parsed = new ArrayList<>();
        Optional<String> codeColumn = parser.definesCodes();
        codeColumn.ifPresent(c -> known.open(table, file));
        TableReader reader = new TableReader(file, table, parser.key(), maxRowsPerTable, log);
        TableReader.Result result;
        try (TableInput input = opened.get()) {
            result = reader.read(
                    input,
                    (row, unique) -> {
                        String code = codeColumn.map(row::cell).orElse(null);
                        if (code != null && !code.isEmpty()) known.declare(table, code, row.number());
                        T value = parser.parse(row, known);
                        if (value != null && unique) parsed.add(new Parsed<>(value, row.number()));
                    },
                    e -> source.unreadable(table, e));
        } catch (IOException e) {
            // Every row was read; only closing failed, which loses nothing.
            result = new TableReader.Result(TableReader.Outcome.READ, parsed.size());
        }
        if (result.outcome() == TableReader.Outcome.READ) {
            if (result.dataRows() == 0 && table.required()) {
                log.error(
                        file,
                        0,
                        "",
                        "required table " + table.sheetName() + " has no rows; add at least one row (one per "
                                + table.oneRowPer() + ")");
            }
            return parsed;
        }
        known.forget(table);
        if (result.outcome() == TableReader.Outcome.FAILED) return null;
        String reason = "is empty; it needs a header row (" + requiredColumns(table) + ")";
        if (table.required()) {
            log.error(file, 0, "", reason + " and at least one row of data");
            return null;
        }
        log.warning(file, 0, "", reason + "; read as having no rows");
        return parsed;
    }

    private static String requiredColumns(DatasetTable table) {
        return table.columns().stream()
                .filter(Column::required)
                .map(Column::name)
                .collect(Collectors.joining(", "));
    }

    private static String lookalike(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        for (DatasetTable table : DatasetTable.values()) {
            if (lower.contains(table.sheetName()) && !lower.endsWith("/" + table.fileName())) {
                return " (did you mean " + table.fileName() + "?)";
            }
        }
        return "";
    }

    private static String displayName(Path dataset) {
        Path name = dataset.getFileName();
        return name == null ? dataset.toString() : name.toString();
    }
}
