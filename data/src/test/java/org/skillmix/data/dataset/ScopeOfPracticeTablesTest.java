package org.skillmix.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillmix.core.system.ReservedCapability;
import org.skillmix.core.system.Supervision;
import org.skillmix.core.system.SystemModel;

/** reserved_capabilities.csv and supervision.csv: read whole or not at all, written back the same. */
class ScopeOfPracticeTablesTest {
    private final DatasetReader reader = new DatasetReader();

    @TempDir
    Path tmp;

    private TinyDataset data;

    @BeforeEach
    void copyFixture() throws Exception {
        data = TinyDataset.copyTo(tmp.resolve("tiny"));
        write("reserved_capabilities.csv", """
                capability_code,licensed_role_code,min_licensed_share,source
                WOUND,RN,0.7,test fixture
                TRIAGE,RN,1,
                """);
        write("supervision.csv", """
                role_code,supervisor_role_code,max_supervisees_per_fte,source
                HCA,RN,3,test fixture
                CW,RN,8,
                """);
    }

    @Test
    void rowsAreRead() throws Exception {
        SystemModel model = reader.read(data.folder());
        assertThat(model.reservedCapabilities())
                .containsExactly(
                        new ReservedCapability("WOUND", "RN", 0.7, "test fixture"),
                        new ReservedCapability("TRIAGE", "RN", 1, ""));
        assertThat(model.supervision())
                .containsExactly(new Supervision("HCA", "RN", 3, "test fixture"), new Supervision("CW", "RN", 8, ""));
    }

    @Test
    void writtenTablesReadBackTheSame() throws Exception {
        SystemModel model = reader.read(data.folder());
        Path folder = tmp.resolve("out");
        new DatasetWriter().writeFolder(model, folder);
        assertThat(reader.read(folder)).isEqualTo(model);
    }

    @Test
    void badRulesAreNamedByFileRowAndColumn() throws Exception {
        write("reserved_capabilities.csv", """
                capability_code,licensed_role_code,min_licensed_share,source
                WOUND,RN,0.7,
                WOUND,HCA,0.8,
                TRIAGE,XX,1,
                PERSONAL,CW,0,
                """);
        write("supervision.csv", """
                role_code,supervisor_role_code,max_supervisees_per_fte,source
                HCA,HCA,3,
                CW,RN,500,
                """);
        DatasetException e = catchThrowableOfType(() -> reader.read(data.folder()), DatasetException.class);
        assertThat(e.errors())
                .extracting(Problem::toString)
                .contains(
                        "reserved_capabilities.csv:3:min_licensed_share: 0.8 differs from 0.7 on row 2 for WOUND:"
                                + " the licensed roles share one minimum",
                        "supervision.csv:2:supervisor_role_code: a role cannot supervise itself")
                .anySatisfy(
                        p -> assertThat(p).startsWith("reserved_capabilities.csv:4:licensed_role_code: role \"XX\""))
                .anySatisfy(p -> assertThat(p).startsWith("reserved_capabilities.csv:5:min_licensed_share:"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("supervision.csv:3:max_supervisees_per_fte:")
                        .contains("at most 50"));
    }

    private void write(String file, String text) throws Exception {
        Files.writeString(data.folder().resolve(file), text, StandardCharsets.UTF_8);
    }
}
