package org.skillmix.app.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * `serve` starts its own PostgreSQL on Windows and macOS too: zonky's resolver looks for
 * postgres-{system}-{architecture}.txz on the class path (and on Apple silicon without its own binaries falls back
 * to the Intel ones under Rosetta, slower). Each platform's archive must be there, as the jar packs them.
 */
class EmbeddedBinariesTest {

    @Test
    void everyDesktopPlatformHasItsPostgresBinaries() {
        for (String archive : new String[] {
            "postgres-linux-x86_64.txz",
            "postgres-windows-x86_64.txz",
            "postgres-darwin-x86_64.txz",
            "postgres-darwin-arm_64.txz"
        }) {
            assertThat(getClass().getResource("/" + archive)).as(archive).isNotNull();
        }
    }
}
