package org.skillmix.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.skillmix.app.web.system.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The API tests' accounts and the shipped example, against the real server and the embedded PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestBase extends WebTestBase {
    static final String ADMIN = "admin";
    static final String LEAD = "lead-api";
    static final String VIEWER = "viewer-api";
    static final String PASSWORD = "a-long-password-1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatasetStore store;

    long exampleId;

    @BeforeAll
    void theExampleAndAViewer() throws Exception {
        JsonNode datasets = get(ADMIN, ADMIN_PASSWORD, "/api/datasets").json();
        for (JsonNode d : datasets)
            if (d.get("sourceName").asText().equals("examples/greater-manchester"))
                exampleId = d.get("id").asLong();
        assertThat(exampleId).as("the example is imported on a first start").isPositive();
        account(VIEWER, PASSWORD, "VIEWER", "QOP", null);
    }

    static byte[] gunzip(byte[] bytes) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
