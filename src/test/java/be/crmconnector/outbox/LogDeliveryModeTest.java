package be.crmconnector.outbox;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery mode {@code log} (the default, and the demo profile's) sends nothing: each message is logged with where it
 * would go, and an invitation stays NOT_SENT with a note saying it was only logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogDeliveryModeTest extends ScenarioTest {
    static final String NOTIFIED = """
            id: notified-review
            type: csv-drop
            gate: review
            notifications: {mailTo: [office@example.be]}
            """;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, NOTIFIED);
        registry.add("crm.outbox.smtp-host", () -> "mail.example.invalid");
        registry.add("crm.outbox.poll-interval", () -> "200ms");
    }

    @Test
    void messagesAreLoggedWithWhereTheyWouldGoAndInvitationsStayNotSent(CapturedOutput output) {
        ImportRun run = importCsv("notified-review", "Référence;Prénom;Nom;E-mail\nR-1;Jan;Peeters;jan@example.be\n");
        imports.apply(run.id(), "user:alice", new ApplySelection(null, null, null, null, true, Map.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'", Long.class) == 3);
        assertThat(output.getOut()).contains("(MAIL RUN_AWAITING_APPROVAL) not sent (crm.outbox.delivery=log): it "
                + "would go by SMTP (mail.example.invalid:1025) to 1 recipient(s)")
                .contains("(MAIL RUN_COMPLETED) not sent").contains("(MAIL INVITATION) not sent");
        assertThat(jdbc.queryForMap("SELECT invitation_status, invitation_note FROM client"))
                .containsEntry("INVITATION_STATUS", "NOT_SENT")
                .hasEntrySatisfying("INVITATION_NOTE", note -> assertThat(note.toString()).contains("only logged"));
    }
}
