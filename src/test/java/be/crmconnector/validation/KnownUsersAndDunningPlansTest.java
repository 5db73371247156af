package be.crmconnector.validation;

import be.crmconnector.model.ClientField;
import be.crmconnector.ownership.FieldRule;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The record validator checks account managers and workflows against the configured lists, and only when given. */
class KnownUsersAndDunningPlansTest {
    static final List<String> USERS = List.of("Anne.Janssens@cabinet-demo.be", "pieter.maes@cabinet-demo.be");
    static final List<String> PLANS = List.of("Relance standard", "Aanmaning KMO");

    final RecordValidator configured = new RecordValidator(new FieldCheckers(USERS, PLANS));
    final RecordValidator notConfigured = new RecordValidator(new FieldCheckers());

    static SourceRecord row(String accountManager, String workflow) {
        return new SourceRecord(RecordPosition.line(7), "C1", Map.of(ClientField.FIRST_NAME, "Jan",
                ClientField.LAST_NAME, "Peeters", ClientField.ACCOUNT_MANAGER, accountManager,
                ClientField.WORKFLOW, workflow), List.of(), null, List.of(),
                Map.of("accountManager", "Responsable (column 4)", "workflow", "Plan de relance (column 5)"));
    }

    @Test
    void aKnownAccountManagerAndAnExactWorkflowPassWithTheConfiguredSpelling() {
        ValidatedRecord result = configured.validate(List.of(), row("ANNE.janssens@cabinet-demo.be ",
                "Relance standard"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.staged().values()).containsEntry(ClientField.ACCOUNT_MANAGER, "Anne.Janssens@cabinet-demo.be")
                .containsEntry(ClientField.WORKFLOW, "Relance standard");
    }

    @Test
    void anUnknownAccountManagerIsAnErrorWithTheAgreedMessageLineColumnAndField() {
        ValidatedRecord result = configured.validate(List.of(), row("nobody@cabinet-demo.be", "Relance standard"));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(RecordIssue.Severity.ERROR);
            assertThat(issue.code()).isEqualTo("ACCOUNT_MANAGER_UNKNOWN");
            assertThat(issue.message()).isEqualTo("Account manager not found, check the email");
            assertThat(issue.line()).isEqualTo(7);
            assertThat(issue.column()).isEqualTo("Responsable (column 4)");
            assertThat(issue.field()).isEqualTo("accountManager");
        });
    }

    @Test
    void aWorkflowSpelledAnotherWayIsAnErrorWithTheAgreedMessage() {
        ValidatedRecord result = configured.validate(List.of(), row("pieter.maes@cabinet-demo.be",
                "relance standard"));

        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.code()).isEqualTo("WORKFLOW_UNKNOWN");
            assertThat(issue.message()).isEqualTo("Workflow not found, check spelling");
            assertThat(issue.column()).isEqualTo("Plan de relance (column 5)");
            assertThat(issue.field()).isEqualTo("workflow");
        });
    }

    @Test
    void withoutConfiguredListsBothFieldsAreStoredAsGiven() {
        ValidatedRecord result = notConfigured.validate(List.of(), row("nobody@elsewhere.be", "whatever plan"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.staged().values()).containsEntry(ClientField.ACCOUNT_MANAGER, "nobody@elsewhere.be")
                .containsEntry(ClientField.WORKFLOW, "whatever plan");
    }

    @Test
    void anEmptyCellIsNoValueEvenWhenTheListsAreConfigured() {
        ValidatedRecord result = configured.validate(List.of(), row("", " "));

        assertThat(result.issues()).isEmpty();
    }
}
