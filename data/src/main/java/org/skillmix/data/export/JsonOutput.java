package org.skillmix.data.export;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper for the JSON Skillmix writes and reads back itself: run.json ({@link RunManifest}), the
 * charts' data embedded in report.html and comparison.html, and a web run's spread charts. Each setting pins a
 * byte of those files that Jackson 3's defaults would otherwise decide, so that they stay what Jackson 2 wrote:
 *
 * <ul>
 *   <li>properties in the order the record declares them (or {@code @JsonPropertyOrder} names them), a map's in
 *       its own order: Jackson 3 keeps a record's components in order but by default sorts any other property (a
 *       getter) alphabetically, where Jackson 2 kept the order it found them in;
 *   <li>dates and months as ISO text ("2025-04", "2025-06-01T09:00:03.250Z"), never as numbers;
 *   <li>"/" written as it is (a dataset path in run.json), not escaped as "\/".
 * </ul>
 *
 * Reading, a field this version does not know is skipped: a newer Skillmix may add one, and an older one should
 * still read the file. Jackson 3 mappers are immutable, so the one instance serves every thread.
 */
public final class JsonOutput {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonOutput() {}
}
