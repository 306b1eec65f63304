package org.skillmix.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
     * No cycle between the web's feature packages, each its own slice: a feature depends on those below it (its
     * accounts, errors, datasets), never the other way round.
     */
    @Test
    void webFeaturePackagesHaveNoCycles() {
        slices().matching("org.skillmix.app.web.(*)..")
                .should()
                .beFreeOfCycles()
                .check(APP);
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
