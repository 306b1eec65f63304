package org.skillmix.app.web.run;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;
import org.skillmix.data.export.ProjectionYear;

/**
 * The series a succeeded projection or comparison stored; all null before it succeeds, and for the other kinds,
 * whose results are in their own tables or files.
 *
 * @param baseMonth the first month, as yyyy-MM
 * @param months    the months projected
 * @param count     the series stored (seriesCount in the API's JSON)
 */
public record RunSeries(
        String baseMonth,
        Integer months,
        @JsonProperty("seriesCount") Integer count) {

    /** The first month as the pages and the report write it, "Apr 2025"; blank before the run has one. */
    @JsonIgnore
    public String baseMonthWords() {
        return baseMonth == null ? "" : ProjectionYear.monthLabel(YearMonth.parse(baseMonth));
    }
}
