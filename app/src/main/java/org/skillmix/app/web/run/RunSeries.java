package org.skillmix.app.web.run;

import com.fasterxml.jackson.annotation.JsonProperty;

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
        @JsonProperty("seriesCount") Integer count) {}
