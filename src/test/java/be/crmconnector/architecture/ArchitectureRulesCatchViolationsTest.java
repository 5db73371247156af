package be.crmconnector.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The house rules fail on a deliberate violation of each: a backward import, a cycle, Camel in the core. */
class ArchitectureRulesCatchViolationsTest {
    private static final JavaClasses FIXTURE = new ClassFileImporter()
            .importPackages("be.crmconnector.architecture.fixture");

    @Test
    void aStoreClassThatCallsTheLifecycleBreaksTheLayers() {
        EvaluationResult result = ArchitectureRules.LAYERS.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("fixture.store.BackwardStore").contains("fixture.lifecycle.Lifecycle"));
    }

    @Test
    void twoPackagesThatImportEachOtherAreACycle() {
        EvaluationResult result = ArchitectureRules.NO_CYCLES.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("cyclea").contains("cycleb");
    }

    @Test
    void camelOutsideACamelPackageIsRefused() {
        EvaluationResult result = ArchitectureRules.CAMEL_AT_THE_EDGES.evaluate(FIXTURE);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("fixture.staging.CamelInStaging").contains("org.apache.camel"));
    }
}
