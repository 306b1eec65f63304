package org.skillmix.app.cli;

import org.skillmix.data.export.SkillmixVersion;
import picocli.CommandLine;

/** `skillmix --version`: the version the jar was built as. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"skillmix " + SkillmixVersion.current()};
    }
}
