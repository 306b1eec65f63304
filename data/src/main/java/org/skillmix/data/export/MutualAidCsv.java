package org.skillmix.data.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.skillmix.core.mutualaid.PlanSummary;
import org.skillmix.core.supply.Baseline;

/**
 * A mutual-aid plan as the three CSV files of docs/mutual-aid.md (plan.csv, donor-losses.csv, cover.csv), and
 * back: the web application stores the files and reads its tables from them, so what a user downloads is
 * what the pages showed. FTE are written with two decimals, exactly the hundredths the plan counts in. Every row
 * starts with the supply baseline the plan was made on, as the projection and winter files do; files of plans
 * made before it was named (without the column) are read back as well.
 */
public final class MutualAidCsv {

    public static final String PLAN = "plan.csv";
    public static final String DONOR_LOSSES = "donor-losses.csv";
    public static final String COVER = "cover.csv";

    /** The first column of every file: the supply baseline the plan's shortfalls were projected on. */
    static final String BASELINE = "baseline";

    static final String PLAN_HEADER =
            "week,staff_id,from_org,from_service,to_org,to_service,capability,fte,supervised_by";
    /** plan.csv as written before supervision (stored plans of earlier runs): read back with nobody supervising. */
    static final String PLAN_HEADER_BEFORE_SUPERVISION =
            "week,staff_id,from_org,from_service,to_org,to_service,capability,fte";

    static final String DONOR_HEADER = "week,org,service,staff_fte,lent_fte,floor_fte";
    static final String COVER_HEADER = "week,org,service,capability,shortfall_fte,covered_fte,critical";

    private MutualAidCsv() {}

    public static String plan(PlanSummary plan, Baseline baseline) {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.withHeader(text, BASELINE + "," + PLAN_HEADER);
        for (PlanSummary.Move m : plan.moves()) {
            csv.text(baseline.code())
                    .integer(m.week())
                    .text(m.staffId())
                    .text(m.fromOrg())
                    .text(m.fromService())
                    .text(m.toOrg())
                    .text(m.toService())
                    .text(m.capability())
                    .number(m.fteCenti() / 100.0, 2)
                    .text(m.supervisedBy())
                    .endRow();
        }
        csv.flush();
        return text.toString();
    }

    public static String donorLosses(PlanSummary plan, Baseline baseline) {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.withHeader(text, BASELINE + "," + DONOR_HEADER);
        for (PlanSummary.DonorWeek d : plan.donorWeeks()) {
            csv.text(baseline.code())
                    .integer(d.week())
                    .text(d.org())
                    .text(d.service())
                    .number(d.staffCenti() / 100.0, 2)
                    .number(d.lentCenti() / 100.0, 2)
                    .number(d.floorCenti() / 100.0, 2)
                    .endRow();
        }
        csv.flush();
        return text.toString();
    }

    public static String cover(PlanSummary plan, Baseline baseline) {
        StringWriter text = new StringWriter();
        CsvOutput csv = CsvOutput.withHeader(text, BASELINE + "," + COVER_HEADER);
        for (PlanSummary.Cover c : plan.cover()) {
            csv.text(baseline.code())
                    .integer(c.week())
                    .text(c.org())
                    .text(c.service())
                    .text(c.capability())
                    .number(c.neededCenti() / 100.0, 2)
                    .number(c.coveredCenti() / 100.0, 2)
                    .yesNo(c.critical())
                    .endRow();
        }
        csv.flush();
        return text.toString();
    }

    /** Reads back what {@link #plan}, {@link #donorLosses} and {@link #cover} wrote. */
    public static PlanSummary read(int weeks, String planCsv, String donorLossesCsv, String coverCsv) {
        String planHeader = withoutBaseline(planCsv).startsWith(PLAN_HEADER_BEFORE_SUPERVISION + "\n")
                ? PLAN_HEADER_BEFORE_SUPERVISION
                : PLAN_HEADER;
        List<PlanSummary.Move> moves = rows(
                planCsv,
                planHeader,
                r -> new PlanSummary.Move(
                        Integer.parseInt(r.get("week")),
                        r.get("staff_id"),
                        r.get("from_org"),
                        r.get("from_service"),
                        r.get("to_org"),
                        r.get("to_service"),
                        r.get("capability"),
                        centi(r.get("fte")),
                        r.getOrDefault("supervised_by", "")));
        List<PlanSummary.DonorWeek> donors = rows(
                donorLossesCsv,
                DONOR_HEADER,
                r -> new PlanSummary.DonorWeek(
                        Integer.parseInt(r.get("week")),
                        r.get("org"),
                        r.get("service"),
                        centi(r.get("staff_fte")),
                        centi(r.get("lent_fte")),
                        centi(r.get("floor_fte"))));
        List<PlanSummary.Cover> cover = rows(
                coverCsv,
                COVER_HEADER,
                r -> new PlanSummary.Cover(
                        Integer.parseInt(r.get("week")),
                        r.get("org"),
                        r.get("service"),
                        r.get("capability"),
                        centi(r.get("shortfall_fte")),
                        centi(r.get("covered_fte")),
                        r.get("critical").equals("yes")));
        return new PlanSummary(weeks, moves, donors, cover);
    }

    /** The file from its second column on when it starts with the baseline column, else as it is. */
    private static String withoutBaseline(String csv) {
        return csv.startsWith(BASELINE + ",") ? csv.substring(BASELINE.length() + 1) : csv;
    }

    /** Hundredths of an FTE as the files write them: "1.25". */
    public static String fte(long centi) {
        return String.format(Locale.ROOT, "%.2f", centi / 100.0);
    }

    private static int centi(String fte) {
        return new BigDecimal(fte).movePointRight(2).intValueExact();
    }

    private static <T> List<T> rows(String csv, String expectedHeader, Function<Map<String, String>, T> row) {
        List<T> rows = new ArrayList<>();
        List<String> header = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    // The baseline column (absent from plans made before it was named) is read past: the run says it.
                    String names = String.join(",", header);
                    if (!names.equals(expectedHeader) && !names.equals(BASELINE + "," + expectedHeader)) {
                        throw new IllegalArgumentException(
                                "not a mutual-aid file: header " + header + ", expected " + expectedHeader);
                    }
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                // Text was neutralised for spreadsheets on the way out (a staff id "=1+1"): read it as it was.
                for (int i = 0; i < header.size(); i++)
                    cells.put(header.get(i), SpreadsheetText.restore(record.getField(i)));
                rows.add(row.apply(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
