package org.skillmix.usecase.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The use cases are plain Java between data and the front ends: no Spring, no picocli, no database, and each
 * feature's package uses only the shared types (org.skillmix.usecase), never another feature's.
 */
class UseCaseRulesTest {
    private static final JavaClasses USECASE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillmix.usecase");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.skillmix.usecase.(*)..")
                .should()
                .beFreeOfCycles()
                .check(USECASE);
    }

    @Test
    void aUseCaseKnowsNoFrontEnd() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.skillmix.app..", "org.springframework..", "picocli..", "java.sql..")
                .because("the command line and the web both call the use cases (docs/development.md)")
                .check(USECASE);
    }

    /**
     * Every feature package, found rather than listed: a list written out missed the features added after it
     * (whatif, boardpack and national were not on it), so they could have used another feature unnoticed.
     */
    @Test
    void aFeatureUsesNoOtherFeature() {
        slices().matching("org.skillmix.usecase.(*)..")
                .should()
                .notDependOnEachOther()
                .because(
                        "each feature is one use case over data and core; what two share lives in org.skillmix.usecase")
                .check(USECASE);
    }
}
