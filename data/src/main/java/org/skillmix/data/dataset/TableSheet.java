package org.skillmix.data.dataset;

import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A table's sheet in a workbook: a bold, frozen header row, text columns as text, numbers as number cells. */
final class TableSheet {

    private TableSheet() {}

    static Worksheet withHeader(Workbook workbook, DatasetTable table) {
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, Math.max(12, columns.get(c).name().length() + 4));
            // Text format, so Excel keeps what is typed: an age band 5-9 or a base_month 2025-04 would
            // otherwise become a date, and a code such as 00T would keep its leading zeros only by luck.
            if (!columns.get(c).numeric()) sheet.style(c).format("@").set();
        }
        sheet.freezePane(0, 1);
        return sheet;
    }

    static void writeRow(Worksheet sheet, DatasetTable table, int row, List<String> cells) {
        List<Column> columns = table.columns();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.isEmpty()) continue;
            if (columns.get(c).numeric()) {
                sheet.value(row, c, Double.parseDouble(cell));
            } else {
                sheet.value(row, c, cell);
            }
        }
    }
}
