package org.skillmix.data.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** data's packages form a hierarchy, as core's do (core's PackageCyclesTest), and data knows nothing of the app. */
class PackageCyclesTest {
    private static final JavaClasses DATA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillmix.data");

    @Test
    void dataPackagesHaveNoCycles() {
        slices().matching("org.skillmix.data.(*)..").should().beFreeOfCycles().check(DATA);
    }

    @Test
    void dataUsesNeitherTheUseCasesNorTheApp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.skillmix.usecase..", "org.skillmix.app..", "org.springframework..")
                .because("data reads and writes files; the use cases and front ends are above it")
                .check(DATA);
    }
}
