package org.skillmix.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The app's packages form a hierarchy (the command line, the web's features), and the command line never starts
 * the web application's beans: a command calls its use case.
 */
class PackageCyclesTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillmix.app");

    @Test
    void appPackagesHaveNoCycles() {
        slices().matching("org.skillmix.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    /**
     * No cycle between the web's feature packages. Four of them are taken as one for now: account, api, system and
     * metrics depend on each other today (the errors an account throws, the upload problems the API answers, the
     * metrics a dataset stores), and sec's access and error work is reshaping them; once apart, list them in
     * {@link #TANGLED} no more. Any other cycle fails.
     */
    @Test
    void webFeaturePackagesHaveNoCycles() {
        slices().assignedFrom(new WebFeatures()).should().beFreeOfCycles().check(APP);
    }

    /** The web's packages that form a cycle today, treated as one slice until they are separated. */
    static final Set<String> TANGLED = Set.of("account", "api", "system", "metrics");

    /** Each org.skillmix.app.web feature package is a slice, the tangled ones together. */
    static final class WebFeatures implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            String prefix = "org.skillmix.app.web.";
            if (!name.startsWith(prefix)) return SliceIdentifier.ignore();
            String feature = name.substring(prefix.length()).split("\\.")[0];
            return SliceIdentifier.of(TANGLED.contains(feature) ? "account+api+system+metrics" : feature);
        }

        @Override
        public String getDescription() {
            return "the web's feature packages (account, api, system and metrics as one)";
        }
    }

    @Test
    void commandsUseNoWebFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.skillmix.app.cli..")
                .and()
                .doNotHaveSimpleName("ServeCommand")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.skillmix.app.web..")
                .because("a command parses its arguments and calls its use case (docs/development.md)")
                .check(APP);
    }
}
