package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies account managers match known user e-mails case-insensitively and workflows match names exactly. */
class KnownValueValidatorTest {

    private final KnownValueValidator accountManagers =
            KnownValueValidator.accountManagers(List.of("An.Janssens@kantoor.be", "piet@kantoor.be"));
    private final KnownValueValidator workflows =
            KnownValueValidator.workflows(List.of("Onboarding particulier", "Jaarafsluiting"));

    @ParameterizedTest(name = "[{0}] is a known account manager")
    @ValueSource(strings = {"An.Janssens@kantoor.be", "an.janssens@kantoor.be", "AN.JANSSENS@KANTOOR.BE",
            " an.janssens@kantoor.be\u00A0"})
    void accountManagersMatchWithoutRegardToCaseAndReturnTheKnownSpelling(String input) {
        Checked<String> result = accountManagers.validate(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo("An.Janssens@kantoor.be");
    }

    @ParameterizedTest(name = "[{0}] is not a known account manager")
    @ValueSource(strings = {"an.janssens@kantoor.nl", "An Janssens", "jan@kantoor.be"})
    void unknownAccountManagersGetTheAgreedMessage(String input) {
        assertThat(accountManagers.validate(input).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("ACCOUNT_MANAGER_UNKNOWN");
            assertThat(error.message()).isEqualTo("Account manager not found, check the email");
        });
    }

    @Test
    void workflowsMatchExactly() {
        assertThat(workflows.validate("Jaarafsluiting").value()).isEqualTo("Jaarafsluiting");
        assertThat(workflows.validate(" Jaarafsluiting ").value()).isEqualTo("Jaarafsluiting");
    }

    @ParameterizedTest(name = "[{0}] is not a known workflow")
    @ValueSource(strings = {"jaarafsluiting", "JAARAFSLUITING", "Jaar afsluiting", "Onboarding", "Jaarafsluting"})
    void workflowsWithOtherCaseOrSpellingGetTheAgreedMessage(String input) {
        assertThat(workflows.validate(input).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("WORKFLOW_UNKNOWN");
            assertThat(error.message()).isEqualTo("Workflow not found, check spelling");
        });
    }

    @Test
    void emptyInputIsNoValue() {
        assertThat(accountManagers.validate(" ")).isEqualTo(Checked.empty());
        assertThat(workflows.validate(null)).isEqualTo(Checked.empty());
    }
}
