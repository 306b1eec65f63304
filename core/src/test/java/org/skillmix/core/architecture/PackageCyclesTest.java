package org.skillmix.core.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form a hierarchy: each feature package may use the ones below it, never the other way
 * round. A cycle (system ↔ discharge, supply ↔ projection) makes a package impossible to read or test alone.
 */
class PackageCyclesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillmix.core");

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.skillmix.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void coreUsesNoFilesDatabasesOrSpring() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "org.skillmix.data..", "org.skillmix.app..")
                .because("core is the engine: it takes a SystemModel and returns results (DESIGN.md §3)")
                .check(CORE);
    }
}
