package org.skillmix.app.web.system;

import java.time.Instant;

/** A validated dataset kept by the server, as listed: its system and what it holds. */
public record StoredDataset(long id, String name, String icbCode, String icbName, String sourceName, String sha256,
                            int places, int organisations, int roles, int capabilities, int services, int warnings,
                            String uploadedBy, Instant uploadedAt) {
}
