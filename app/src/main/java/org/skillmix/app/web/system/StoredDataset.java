package org.skillmix.app.web.system;

import java.time.Instant;

/**
 * A validated dataset kept by the server, as listed: its system and what it holds.
 *
 * @param previousId the version this one was made from by an edit (its scenarios), or null for an upload
 */
public record StoredDataset(
        long id,
        String name,
        String icbCode,
        String icbName,
        String sourceName,
        String sha256,
        int places,
        int organisations,
        int roles,
        int capabilities,
        int services,
        int warnings,
        String uploadedBy,
        Instant uploadedAt,
        Long previousId) {

    /** The source name of the example a first start imports (FirstStart). */
    public static final String SHIPPED_EXAMPLE = "examples/greater-manchester";

    /** Whether this is the shipped example, for which the pages offer example side files to try. */
    public boolean shippedExample() {
        return SHIPPED_EXAMPLE.equals(sourceName);
    }

    public StoredDataset(
            long id,
            String name,
            String icbCode,
            String icbName,
            String sourceName,
            String sha256,
            int places,
            int organisations,
            int roles,
            int capabilities,
            int services,
            int warnings,
            String uploadedBy,
            Instant uploadedAt) {
        this(
                id,
                name,
                icbCode,
                icbName,
                sourceName,
                sha256,
                places,
                organisations,
                roles,
                capabilities,
                services,
                warnings,
                uploadedBy,
                uploadedAt,
                null);
    }
}
