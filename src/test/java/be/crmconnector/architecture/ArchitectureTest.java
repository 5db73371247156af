package be.crmconnector.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The product's classes keep the house rules of {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "be.crmconnector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = ArchitectureRules.LAYERS;

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_CYCLES;

    @ArchTest
    static final ArchRule camelOnlyAtTheEdges = ArchitectureRules.CAMEL_AT_THE_EDGES;

    @ArchTest
    static final ArchRule rulesArePlainJava = ArchitectureRules.RULES_ARE_PLAIN_JAVA;
}
