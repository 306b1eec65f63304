package org.skillmix.usecase.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default seed is written once, as ProjectionSettings.DEFAULT_SEED (RunDefaults.SEED is it): issue 13 found it
 * in nine places, which let the command line and the web plan mutual aid with different seeds. Anything else that
 * says or uses it (a command's default, the API's description, a benchmark) refers to the constant.
 */
class DefaultSeedOnceTest {

    @Test
    void theDefaultSeedIsWrittenOnlyInProjectionSettings() throws Exception {
        List<String> written = new ArrayList<>();
        for (Path source : OutputNamesOnceTest.mainSources()) {
            String text = Files.readString(source);
            if (text.contains("20260401") || text.contains("20_260_401"))
                written.add(source.getFileName().toString());
        }
        assertThat(written).containsExactly("ProjectionSettings.java");
    }
}
