package be.crmconnector.outbox;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import be.crmconnector.support.ScenarioTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An invitation that cannot be sent (SMTP down) leaves the client NOT_SENT with the failure in its note; once SMTP
 * is back, the mail leaves and the client turns SENT.
 */
class InvitationFailureVisibleTest extends ScenarioTest {
    static final int PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
        registry.add("crm.outbox.delivery", () -> "smtp");
        registry.add("crm.outbox.smtp-host", () -> "127.0.0.1");
        registry.add("crm.outbox.smtp-port", () -> PORT);
        registry.add("crm.outbox.poll-interval", () -> "200ms");
        registry.add("crm.outbox.first-retry", () -> "200ms");
        registry.add("crm.outbox.max-retry", () -> "400ms");
    }

    @AfterAll
    static void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theFailureIsOnTheClientUntilTheMailLeaves() {
        ImportRun run = importCsv("review-csv", "Référence;Prénom;Nom;E-mail\nR-1;Jan;Peeters;jan@example.be\n");
        imports.apply(run.id(), "user:alice", new ApplySelection(null, null, null, null, true, Map.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT invitation_note FROM client", String.class).startsWith("Invitation not sent ("));
        assertThat(jdbc.queryForObject("SELECT invitation_status FROM client", String.class)).isEqualTo("NOT_SENT");
        assertThat(jdbc.queryForObject("SELECT invitation_note FROM client", String.class))
                .contains("it will be tried again");

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(jdbc.queryForObject(
                "SELECT invitation_status FROM client", String.class)));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
