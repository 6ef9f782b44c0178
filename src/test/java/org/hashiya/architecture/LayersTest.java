package org.hashiya.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers honest: dependencies point inward, SQL and JavaFX stay where they belong. */
class LayersTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hashiya");
    }

    @Test
    void domainAndTextArePureJava() {
        noClasses().that().resideInAnyPackage("org.hashiya.domain..", "org.hashiya.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.fxmisc..",
                        "org.hashiya.store..", "org.hashiya.service..", "org.hashiya.io..", "org.hashiya.ui..", "org.hashiya.cli..")
                .check(classes);
    }

    @Test
    void onlyTheSqliteStoreTouchesSql() {
        noClasses().that().resideOutsideOfPackage("org.hashiya.store.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.hashiya.domain..", "org.hashiya.text..", "org.hashiya.store..",
                        "org.hashiya.io..", "org.hashiya.service..", "org.hashiya.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void storeAndServiceDoNotReachOutward() {
        noClasses().that().resideInAnyPackage("org.hashiya.store..", "org.hashiya.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hashiya.service..", "org.hashiya.ui..", "org.hashiya.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.hashiya.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hashiya.ui..", "org.hashiya.cli..", "org.hashiya.store.sqlite..")
                .check(classes);
    }

    @Test
    void commandsCallServicesNeverRepositories() {
        // a command opens the library and hands it to services; it never reads or writes it itself
        noClasses().that().resideInAPackage("org.hashiya.cli..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void theReviewViewCallsItsServiceNeverTheLibrary() {
        noClasses().that().resideInAPackage("org.hashiya.ui.review..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hashiya.store.Library")
                .orShould().dependOnClassesThat().resideInAPackage("org.hashiya.store.sqlite..")
                .check(classes);
    }

    @Test
    void theSearchFieldSearchesThroughItsServiceNeverTheLibrary() {
        noClasses().that().resideInAPackage("org.hashiya.ui.search..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hashiya.store.Library")
                .orShould().dependOnClassesThat().resideInAPackage("org.hashiya.store..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hashiya.text.ArabicPhraseMatcher")
                .check(classes);
    }

    @Test
    void theComparisonViewGoesThroughItsServiceNeverARepository() {
        noClasses().that().resideInAPackage("org.hashiya.ui.compare..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("org.hashiya.store.sqlite..")
                .check(classes);
    }

    @Test
    void theMergeAndAgreementViewsCallTheirServicesNeverTheLibrary() {
        noClasses().that().resideInAnyPackage("org.hashiya.ui.merge..", "org.hashiya.ui.agreement..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.hashiya.store.Library")
                .orShould().dependOnClassesThat().resideInAPackage("org.hashiya.store.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheRenderCommandDrawsWithTheUserInterface() {
        noClasses().that().resideInAPackage("org.hashiya.cli..").and().doNotHaveSimpleName("RenderCommand")
                .should().dependOnClassesThat().resideInAPackage("org.hashiya.ui..")
                .check(classes);
    }

    @Test
    void userInterfaceAndCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.hashiya.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.hashiya.cli..").check(classes);
    }
}
