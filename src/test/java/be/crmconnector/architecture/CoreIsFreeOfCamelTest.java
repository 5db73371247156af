package be.crmconnector.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Camel lives at the edges: no class of the core (mapping, validation, matching, ownership, apply) imports it. */
@AnalyzeClasses(packages = "be.crmconnector", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsFreeOfCamelTest {

    @ArchTest
    static final ArchRule coreDoesNotDependOnCamel = noClasses()
            .that().resideInAnyPackage("be.crmconnector.model..", "be.crmconnector.sources.tabular..",
                    "be.crmconnector.sources.csv..", "be.crmconnector.normalise..", "be.crmconnector.validation..",
                    "be.crmconnector.ownership..", "be.crmconnector.reconcile..", "be.crmconnector.matching..",
                    "be.crmconnector.staging..", "be.crmconnector.history..", "be.crmconnector.lifecycle..",
                    "be.crmconnector.apply..", "be.crmconnector.store..", "be.crmconnector.connector")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");

    @ArchTest
    static final ArchRule rulesAreFreeOfSpringToo = noClasses()
            .that().resideInAnyPackage("be.crmconnector.validation..", "be.crmconnector.ownership..",
                    "be.crmconnector.reconcile..", "be.crmconnector.normalise..", "be.crmconnector.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..");
}
