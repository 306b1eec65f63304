package org.skillmix.app.web.speakup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillmix.app.web.speakup.theme.CellSuppression;
import org.skillmix.app.web.speakup.theme.CountTable;
import org.skillmix.core.system.Sector;

/**
 * What the ICS sees of its concerns: counts by organisation within sector and by month, each by category, with
 * totals, for one whole financial year that has ended (ThemeService says why). Both tables go into one CountTable (they share the
 * category totals and the grand total) and are suppressed together (CellSuppression): a suppressed count is null.
 *
 * @param financialYear e.g. "2025/26" (April 2025 to March 2026)
 * @param from the first month counted (April), to the last (March): a whole financial year that has ended
 * @param byOrganisation each sector's row, then its organisations' rows
 * @param years the financial years with concerns, the latest first
 */
public record Themes(
        String icbCode,
        String icbName,
        String financialYear,
        String from,
        String to,
        int threshold,
        int protection,
        List<SpeakUpService.CategoryChoice> categories,
        List<Row> byOrganisation,
        List<Row> byMonth,
        Row total,
        int suppressedCells,
        List<String> years) {

    /**
     * One row: its counts by category in the order of {@code categories}, and its total; null where suppressed.
     *
     * @param kind "sector", "organisation", "month" or "total"
     */
    public record Row(String kind, String code, String name, String sector, List<Long> counts, Long total) {}

    /** An organisation the table lists (every organisation of the ICS's latest dataset, and any with concerns). */
    record Organisation(String code, String name, String sector) {}

    static Themes build(
            String icbCode,
            String icbName,
            YearMonth from,
            YearMonth to,
            List<Organisation> organisations,
            List<SpeakUpStore.Count> counts,
            List<String> years) {
        Category[] cats = Category.values();
        // What is suppressed depends on the stored concerns alone (their organisations, in the sector stored with
        // them, in code order), never on the dataset of the day: a new dataset that renamed, added or moved an
        // organisation would otherwise suppress the same year differently, and two versions of one table can be
        // combined. The dataset's other organisations are listed with their zeros, which no sum needs.
        Map<String, String> currentNames = new HashMap<>();
        organisations.forEach(o -> currentNames.put(o.code(), o.name()));
        Map<String, Organisation> counted = new LinkedHashMap<>();
        counts.forEach(c -> counted.putIfAbsent(
                c.orgCode(),
                new Organisation(c.orgCode(), currentNames.getOrDefault(c.orgCode(), c.orgName()), c.sector())));
        Map<String, long[]> byOrg = new HashMap<>();
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (SpeakUpStore.Count c : counts) {
            byOrg.computeIfAbsent(c.orgCode(), k -> new long[cats.length])[
                    c.category().ordinal()] += c.count();
            byMonth.computeIfAbsent(c.month(), k -> new long[cats.length])[
                    c.category().ordinal()] += c.count();
        }
        Map<String, List<Organisation>> sectors = new java.util.TreeMap<>(
                Comparator.comparing(Themes::sectorOrder).thenComparing(Comparator.naturalOrder()));
        counted.values().stream()
                .sorted(Comparator.comparing(Organisation::code))
                .forEach(o -> sectors.computeIfAbsent(o.sector(), k -> new ArrayList<>())
                        .add(o));

        CountTable table = new CountTable();
        List<Line> lines = new ArrayList<>();
        for (var sector : sectors.entrySet()) {
            List<Line> orgLines = new ArrayList<>();
            for (Organisation o : sector.getValue()) {
                orgLines.add(Line.of(table, "organisation", o.code(), o.name(), o.sector(), byOrg.get(o.code()), cats));
            }
            Line s = Line.sumOf(
                    table, "sector", sector.getKey(), sectorName(sector.getKey()), sector.getKey(), orgLines);
            lines.add(s);
            lines.addAll(orgLines);
        }
        List<Line> monthLines = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            monthLines.add(Line.of(table, "month", m.toString(), m.toString(), null, byMonth.get(m), cats));
        }
        // The category totals and the grand total: the sum of the sectors, and again of the months.
        Line total = Line.sumOf(
                table,
                "total",
                "ALL",
                "All organisations",
                null,
                List.copyOf(lines.stream().filter(l -> l.kind.equals("sector")).toList()));
        for (int k = 0; k < cats.length; k++) {
            int kk = k;
            table.sum(total.cells[k], monthLines.stream().map(l -> l.cells[kk]).toList());
        }
        table.sum(total.total, monthLines.stream().map(l -> l.total).toList());

        boolean[] hidden = CellSuppression.suppress(table);
        int suppressed = 0;
        for (boolean h : hidden) if (h) suppressed++;
        return new Themes(
                icbCode,
                icbName,
                financialYear(from),
                from.toString(),
                to.toString(),
                CellSuppression.THRESHOLD,
                CellSuppression.PROTECTION,
                Arrays.stream(cats)
                        .map(c -> new SpeakUpService.CategoryChoice(c.name(), c.label()))
                        .toList(),
                shown(lines.stream().map(l -> l.row(table, hidden)).toList(), organisations, counted.keySet()),
                monthLines.stream().map(l -> l.row(table, hidden)).toList(),
                total.row(table, hidden),
                suppressed,
                years);
    }

    /**
     * The organisation table as shown: each sector's row, then its organisations by name, the dataset's organisations
     * without concerns among them with zeros (and a sector of those alone with a row of zeros).
     */
    private static List<Row> shown(List<Row> suppressed, List<Organisation> all, java.util.Set<String> counted) {
        List<Long> zeros = java.util.Collections.nCopies(Category.values().length, 0L);
        Map<String, Row> sectorRows = new LinkedHashMap<>();
        Map<String, List<Row>> orgRows = new HashMap<>();
        for (Row r : suppressed) {
            if (r.kind().equals("sector")) sectorRows.put(r.code(), r);
            else orgRows.computeIfAbsent(r.sector(), k -> new ArrayList<>()).add(r);
        }
        for (Organisation o : all) {
            if (counted.contains(o.code())) continue;
            sectorRows.putIfAbsent(
                    o.sector(), new Row("sector", o.sector(), sectorName(o.sector()), o.sector(), zeros, 0L));
            orgRows.computeIfAbsent(o.sector(), k -> new ArrayList<>())
                    .add(new Row("organisation", o.code(), o.name(), o.sector(), zeros, 0L));
        }
        List<Row> out = new ArrayList<>();
        sectorRows.values().stream()
                .sorted(Comparator.comparing((Row r) -> sectorOrder(r.code())).thenComparing(Row::code))
                .forEach(s -> {
                    out.add(s);
                    orgRows.getOrDefault(s.code(), List.of()).stream()
                            .sorted(Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER))
                            .forEach(out::add);
                });
        return out;
    }

    /** "2025/26" for any month from April 2025 to March 2026. */
    static String financialYear(YearMonth month) {
        int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    private static int sectorOrder(String code) {
        return Sector.fromCode(code).map(Enum::ordinal).orElse(Sector.values().length);
    }

    private static String sectorName(String code) {
        String words = code.replace('_', ' ');
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A row's cells in the CountTable: one per category, and its total (a sum declared with them). */
    private record Line(String kind, String code, String name, String sector, int[] cells, int total) {
        static Line of(
                CountTable table,
                String kind,
                String code,
                String name,
                String sector,
                long[] counts,
                Category[] cats) {
            int[] cells = new int[cats.length];
            long sum = 0;
            for (int k = 0; k < cats.length; k++) {
                long v = counts == null ? 0 : counts[k];
                cells[k] = table.cell(v);
                sum += v;
            }
            int total = table.cell(sum);
            table.sum(total, Arrays.stream(cells).boxed().toList());
            return new Line(kind, code, name, sector, cells, total);
        }

        /** A row that is the sum of others, cell by cell and in total. */
        static Line sumOf(CountTable table, String kind, String code, String name, String sector, List<Line> parts) {
            int width = Category.values().length;
            long[] counts = new long[width];
            for (Line p : parts) for (int k = 0; k < width; k++) counts[k] += table.value(p.cells[k]);
            Line line = of(table, kind, code, name, sector, counts, Category.values());
            for (int k = 0; k < width; k++) {
                int kk = k;
                table.sum(line.cells[k], parts.stream().map(p -> p.cells[kk]).toList());
            }
            table.sum(line.total, parts.stream().map(p -> p.total).toList());
            return line;
        }

        Row row(CountTable table, boolean[] hidden) {
            List<Long> counts = new ArrayList<>();
            for (int c : cells) counts.add(hidden[c] ? null : table.value(c));
            return new Row(kind, code, name, sector, counts, hidden[total] ? null : table.value(total));
        }
    }
}
