package org.skillmix.data.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            log.error(displayName(dataset), 0, "", "cannot be closed: " + DatasetSource.describe(e));
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
        } catch (DatasetSource.TooLarge e) {
            log.error(name, 0, "", e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            String kind = Files.isDirectory(dataset)
                    ? "not a readable folder: "
                    : lower.endsWith(".zip") ? "not a readable zip file: " : "not a readable workbook: ";
            log.error(name, 0, "", kind + name + " (" + DatasetSource.describe(e) + ")");
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
            log.warning(entry, 0, "", "is not a table of the dataset and is ignored" + lookalike(entry));
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
                new SicknessSeasonalityTable())) {
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
     * Reads one table: header checks, then every row through the parser, then duplicate keys. Null when
     * the table is absent or could not be read at all.
     */
    private <T> List<Parsed<T>> readTable(
            DatasetSource source, TableParser<T> parser, KnownCodes known, ProblemLog log) {
        DatasetTable table = parser.table();
        String file = source.fileOf(table);
        Optional<TableInput> opened;
        try {
            opened = source.open(table);
        } catch (DatasetSource.TooLarge e) {
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
        int lastRow = 0;
        try (TableInput input = opened.get()) {
            RawRow header = input.next();
            if (header == null) {
                String reason = "is empty; it needs a header row (" + requiredColumns(table) + ")";
                if (table.required()) {
                    log.error(file, 0, "", reason + " and at least one row of data");
                } else {
                    log.warning(file, 0, "", reason + "; read as having no rows");
                }
                return table.required() ? null : parsed;
            }
            lastRow = header.number();
            Map<String, Integer> columns = columnIndex(table, header, file, log);
            // Without a required column the rows cannot be read as records; checking them anyway would
            // bury the one header problem under a cascade of "unknown code" errors in other tables.
            if (table.columns().stream().anyMatch(c -> c.required() && !columns.containsKey(c.name()))) return null;
            parser.definesCodes().ifPresent(c -> known.open(table, file));
            Map<String, Integer> keys = new HashMap<>();
            int dataRows = 0;
            for (RawRow raw = input.next(); raw != null; raw = input.next()) {
                lastRow = raw.number();
                if (++dataRows > maxRowsPerTable) {
                    log.error(
                            file,
                            raw.number(),
                            "",
                            "has more than " + maxRowsPerTable
                                    + " rows; Skillmix reads no more (is this the right file?)");
                    return null;
                }
                DataRow row = new DataRow(file, raw, columns, table, log);
                Optional<String> codeColumn = parser.definesCodes();
                String code = codeColumn.map(row::cell).orElse(null);
                if (code != null && !code.isEmpty()) known.declare(table, code, row.number());
                boolean unique = checkKey(parser, row, keys);
                T value = parser.parse(row, known);
                if (value != null && unique) parsed.add(new Parsed<>(value, raw.number()));
            }
            if (dataRows == 0 && table.required()) {
                log.error(
                        file,
                        0,
                        "",
                        "required table " + table.sheetName() + " has no rows; add at least one row (one per "
                                + table.oneRowPer() + ")");
            }
        } catch (IOException | RuntimeException e) {
            log.error(file, lastRow + 1, "", source.unreadable(table, e));
            known.forget(table);
            return null;
        }
        return parsed;
    }

    /**
     * Maps lower-cased, trimmed header names to their positions, reporting duplicated, unknown and
     * missing columns.
     */
    private static Map<String, Integer> columnIndex(DatasetTable table, RawRow header, String file, ProblemLog log) {
        Map<String, Integer> index = new LinkedHashMap<>();
        if (header.cells().size() == 1 && header.cell(0).matches(".*[;\t|].*")) {
            log.error(
                    file,
                    header.number(),
                    "",
                    "the header is one column, " + DataRow.quote(header.cell(0))
                            + ": columns must be separated by commas (in Excel, save as \"CSV (Comma delimited)\")");
            return index;
        }
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            if (index.containsKey(name)) {
                log.error(file, header.number(), name, "column " + name + " appears twice in the header; keep one");
                continue;
            }
            index.put(name, i);
            if (table.column(name).isEmpty() && !name.equals(DatasetTable.SOURCE)) {
                log.warning(
                        file,
                        header.number(),
                        name,
                        "is not a column of " + table.sheetName() + " and is ignored" + columnHint(table, name));
            }
        }
        for (Column column : table.columns()) {
            if (column.required() && !index.containsKey(column.name())) {
                log.error(
                        file,
                        header.number(),
                        column.name(),
                        "required column " + column.name() + " is missing from the header (" + column.meaning() + ")");
            }
        }
        return index;
    }

    /** Whether the row's key is new; logs a duplicate against the row that had it first. */
    private static boolean checkKey(TableParser<?> parser, DataRow row, Map<String, Integer> keys) {
        List<String> values = new ArrayList<>();
        for (String column : parser.key()) {
            String value = row.cell(column);
            if (value == null || value.isEmpty()) return true;
            values.add(value);
        }
        String key = String.join("\u0000", values);
        Integer first = keys.putIfAbsent(key, row.number());
        if (first == null) return true;
        List<String> columns = parser.key();
        row.error(
                columns.get(columns.size() - 1),
                "duplicates row " + first + ": the same " + String.join(" and ", columns) + " ("
                        + String.join(", ", values) + ") may appear only once");
        return false;
    }

    private static String requiredColumns(DatasetTable table) {
        return table.columns().stream()
                .filter(Column::required)
                .map(Column::name)
                .collect(Collectors.joining(", "));
    }

    /** "growth" for "growth_mode" and the like: the commonest slip with uncertain parameters. */
    private static String columnHint(DatasetTable table, String name) {
        return table.column(name + "_mode")
                .map(c -> " (did you mean " + c.name() + "?)")
                .orElse("");
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
