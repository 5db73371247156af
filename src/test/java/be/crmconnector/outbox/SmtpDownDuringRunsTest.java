package be.crmconnector.outbox;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
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
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the SMTP server down during 3 runs, the 3 imports complete all the same, the failed attempts are recorded,
 * and the 3 mails arrive, once each, when the server is back.
 */
class SmtpDownDuringRunsTest extends ScenarioTest {
    static final String NOTIFIED = """
            id: notified-csv
            type: csv-drop
            notifications: {mailTo: [office@example.be], events: [COMPLETED]}
            """;
    static final int PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, NOTIFIED);
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
    void importsCompleteAndTheMailsGoOutOnceSmtpIsBack() {
        List<ImportRun> done = List.of(1, 2, 3).stream().map(i -> importCsv("notified-csv",
                "Référence;Prénom;Nom\nR-" + i + ";Jan;Peeters" + i + "\n")).toList();
        assertThat(done).extracting(ImportRun::status).containsOnly(RunStatus.COMPLETED);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(DISTINCT message_id) FROM outbox_attempt WHERE outcome = 'FAILED'", Long.class) == 3);
        assertThat(jdbc.queryForList("SELECT status FROM outbox_message", String.class)).doesNotContain("SENT");

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 3);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(6))
                .until(() -> smtp.getReceivedMessages().length == 3);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrderElementsOf(done.stream()
                .map(run -> "notified-csv: run " + run.id() + " COMPLETED").toList());
        assertThat(jdbc.queryForList("SELECT status FROM outbox_message", String.class)).containsOnly("SENT");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
