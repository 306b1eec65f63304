package org.skillmix.app.web.page;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.skillmix.data.export.ProjectionYear;
import org.skillmix.data.report.Figures;
import org.springframework.stereotype.Component;

/**
 * Figures and months on the pages as the run's report writes them ({@link Figures}): UK grouping, fixed decimals, a dash for
 * no figure, and a value that rounds to zero without a sign, so a base-gap part of -0.00003 FTE (rounding left
 * over when parts cancel) reads "0.0", not "-0.0". Templates call it as @pageFigures.
 */
@Component("pageFigures")
public class PageFigures {
    /** DecimalFormat is not thread-safe, and page requests run on many threads. */
    private static final ThreadLocal<Figures> FIGURES = ThreadLocal.withInitial(Figures::new);

    private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-\\d{2}");

    /** "1,234.5": FTE to one decimal; blank for no value, as Thymeleaf's own formatting gives. */
    public String fte(Number value) {
        return value == null ? "" : FIGURES.get().fte(value.doubleValue());
    }

    /**
     * A month as the report writes it, "Apr 2025", from a YearMonth or the yyyy-MM text the stored results keep;
     * blank for none, and any other text as it is.
     */
    public String month(Object month) {
        if (month == null) return "";
        if (month instanceof YearMonth m) return ProjectionYear.monthLabel(m);
        String text = month.toString();
        return YYYY_MM.matcher(text).matches() ? ProjectionYear.monthLabel(YearMonth.parse(text)) : text;
    }

    /**
     * A sum of money as a dataset cell holds it ("250000") written for people: "£250,000"; blank for a blank
     * cell, and text that is not a number as it is.
     */
    public String pounds(String cell) {
        if (cell == null || cell.isBlank()) return "";
        try {
            return "£" + FIGURES.get().whole(Double.parseDouble(cell.strip()));
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    /** "1,235": a whole number; blank for no value. */
    public String whole(Number value) {
        return value == null ? "" : FIGURES.get().whole(value.doubleValue());
    }
}
