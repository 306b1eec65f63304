package org.skillmix.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
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
     * No new cycle between the web's feature packages. The cycles there today (account, api, system and metrics:
     * the errors an account throws, the upload problems the API answers, the metrics a dataset stores) are frozen
     * in src/test/resources/archunit-frozen and go as sec's access and error work reshapes those packages; a
     * cycle not in that store fails the build, and a frozen one that is gone drops out of it.
     */
    @Test
    void webFeaturePackagesHaveNoNewCycles() {
        FreezingArchRule.freeze(
                        slices().matching("org.skillmix.app.web.(*)..").should().beFreeOfCycles())
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
