package org.skillmix.data.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The README sheet put first in every workbook Skillmix writes: how to fill in the tables, the
 * rules, and each table's columns with units and defaults, from the same definitions the reader checks.
 */
final class WorkbookReadme {

    private WorkbookReadme() {}

    static List<String> rules() {
        return List.of(
                "One sheet per table, named as below. Row 1 of each sheet is the header; put one record on each row below it.",
                "Column order does not matter; column names are matched ignoring case. Unknown columns are ignored with a warning.",
                "A blank cell in an optional column takes the default shown. Required columns must be filled in on every row.",
                "Numbers: plain numbers, no thousands separators and no % sign. Rates and shares are between 0 and 1 (write 0.091, not 9.1%).",
                "Uncertain parameters have three columns NAME_low, NAME_mode, NAME_high with low <= mode <= high. Fill only NAME_mode when the value is certain.",
                "Codes: organisations by ODS code, places by ONS GSS code, everything else by a short code of letters, digits, _ and - (no spaces). ALL is reserved and means 'every'.",
                "A source column (free text: where the numbers come from) is allowed on every sheet.",
                "Tables marked required must have at least one row. Optional tables may be left with just the header or deleted.",
                "Every problem is reported as workbook.xlsx[sheet]:row:column: reason, with rows numbered as Excel shows them (header = 1).",
                "The sheet named README (this one) is ignored when the workbook is read.");
    }

    static void write(Workbook workbook, String title) {
        Worksheet sheet = workbook.newWorksheet(WorkbookSource.README);
        sheet.width(0, 22);
        sheet.width(1, 34);
        sheet.width(2, 10);
        sheet.width(3, 18);
        sheet.width(4, 100);
        int row = 0;
        sheet.value(row, 0, title);
        sheet.style(row, 0).bold().fontSize(14).set();
        row += 2;
        sheet.value(row, 0, "How to fill it in");
        sheet.style(row, 0).bold().set();
        row++;
        for (String rule : rules()) {
            sheet.value(row++, 0, "- " + rule);
        }
        row++;
        for (DatasetTable table : DatasetTable.values()) {
            sheet.value(row, 0, table.sheetName());
            sheet.value(row, 1, table.required() ? "required" : "optional");
            sheet.value(row, 4, table.description() + " One row per " + table.oneRowPer() + ".");
            sheet.style(row, 0).bold().set();
            sheet.style(row, 1).bold().set();
            row++;
            for (String[] line : columnLines(table)) {
                for (int c = 0; c < line.length; c++) sheet.value(row, c + 1, line[c]);
                row++;
            }
            row++;
        }
    }

    private static List<String[]> columnLines(DatasetTable table) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"column", "required", "default if blank", "meaning"});
        for (Column column : table.columns()) {
            lines.add(new String[] {
                column.name(),
                column.required() ? "yes" : "no",
                column.required() ? "" : column.defaultValue(),
                column.numeric()
                        ? column.meaning() + " (allowed: " + column.bound().interval()
                                + (column.bound().unit().isEmpty()
                                        ? ""
                                        : " " + column.bound().unit()) + ")"
                        : column.meaning()
            });
        }
        return lines;
    }
}
