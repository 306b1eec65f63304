package org.skillmix.core.demand;

import java.time.YearMonth;

/** Financial years run April to March; 2025 names 2025/26, so January to March belong to the year before. */
public record FinancialYear(int startYear) {

    public static FinancialYear of(YearMonth month) {
        return new FinancialYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(startYear, 4);
    }
}
