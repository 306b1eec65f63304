package org.skillmix.core.projection;

import org.skillmix.core.measure.Measure;

/**
 * Which series: a measure at one combination of dimensions. A dimension that is totalled over holds
 * {@link #ALL}; a dimension a measure has no meaning for (role for demand, say) also holds ALL.
 */
public record SeriesKey(
        Measure measure, String capability, String role, String sector, String organisation, String place) {
    public static final String ALL = "ALL";
}
