package be.crmconnector.validation.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Verifies the rules stay plain Java: no Spring and no Camel, so they can be used and tested anywhere. */
class RulesPackageDependencyTest {

    @Test
    void rulesDependOnNeitherSpringNorCamel() {
        JavaClasses rules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.crmconnector.validation.rules");

        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.camel..")
                .check(rules);
    }
}
