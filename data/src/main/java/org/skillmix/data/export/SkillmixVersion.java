package org.skillmix.data.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Skillmix version a run used, for run.json and reports. */
public final class SkillmixVersion {
    static final String UNKNOWN = "dev";
    /** Written into every jar Maven builds, whether or not the manifest carries a version. */
    private static final String POM_PROPERTIES = "/META-INF/maven/org.skillmix/skillmix-data/pom.properties";

    private SkillmixVersion() {}

    /** The jar manifest's Implementation-Version, else the Maven version in the jar, else "dev" (running from classes). */
    public static String current() {
        String version = SkillmixVersion.class.getPackage().getImplementationVersion();
        if (version != null && !version.isBlank()) return version;
        try (InputStream in = SkillmixVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                String fromPom = pom.getProperty("version");
                if (fromPom != null && !fromPom.isBlank()) return fromPom;
            }
        } catch (IOException e) {
            // An unreadable resource is no reason to fail a run: fall through to "dev".
        }
        return UNKNOWN;
    }
}
