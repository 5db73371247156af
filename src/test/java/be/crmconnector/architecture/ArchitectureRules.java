package be.crmconnector.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules, by package pattern, so that a new package is covered the day it is made: sources → core → store,
 * with the web layer on top and the model at the ground floor; no package cycles; Camel only in packages named
 * {@code camel}; the rules themselves free of Spring and Camel.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static final LayeredArchitecture LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Wiring").definedBy("be.crmconnector", "..config..", "..security..", "..demo..")
            .layer("Web").definedBy("..web..", "..console..")
            .layer("Sources").definedBy("..sources..")
            .layer("Core").definedBy("..lifecycle..", "..staging..", "..apply..", "..history..", "..matching..",
                    "..reconcile..", "..outbox..")
            .layer("Connectors").definedBy("..connector..")
            .layer("Rules").definedBy("..validation..", "..ownership..")
            .layer("Store").definedBy("..store..")
            .layer("Model").definedBy("..model..", "..normalise..")
            .layer("Simulators").definedBy("..simulator..")
            .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Sources").mayOnlyBeAccessedByLayers("Web", "Wiring")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Sources", "Web", "Wiring")
            .whereLayer("Connectors").mayOnlyBeAccessedByLayers("Core", "Sources", "Web", "Wiring")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Connectors", "Core", "Sources", "Web", "Wiring")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Core", "Web", "Wiring")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Rules", "Store", "Connectors", "Core", "Sources", "Web",
                    "Wiring")
            .whereLayer("Simulators").mayOnlyBeAccessedByLayers("Wiring");

    static final ArchRule NO_CYCLES = slices().matching("be.crmconnector.(**)").should().beFreeOfCycles();

    static final ArchRule CAMEL_AT_THE_EDGES = noClasses().that().resideOutsideOfPackage("..camel..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..")
            .because("Camel belongs at the edges: routes and the beans they call live in packages named camel");

    static final ArchRule RULES_ARE_PLAIN_JAVA = noClasses().that().resideInAnyPackage("..model..", "..normalise..",
                    "..validation..", "..ownership..", "..reconcile..", "..matching..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..")
            .because("the rules are unit-testable without a Spring or Camel context");
}
