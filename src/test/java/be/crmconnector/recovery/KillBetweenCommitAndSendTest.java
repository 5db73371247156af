package be.crmconnector.recovery;

import be.crmconnector.support.ChildProduct;
import be.crmconnector.support.ClientFile;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A kill -9 after a run's notification is committed to the outbox and before it is sent loses nothing: after the
 * restart the mail is sent, exactly once.
 */
class KillBetweenCommitAndSendTest {
    static final String CONNECTOR = "id: office-csv\ntype: csv-drop\n"
            + "notifications: {mailTo: [office@example.be], events: [COMPLETED]}\n";

    @TempDir
    Path folder;

    @Test
    void theCommittedNotificationIsSentOnceAfterTheRestart() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Path connectors = Files.createDirectories(folder.resolve("connectors"));
            Files.writeString(connectors.resolve("office-csv.yaml"), CONNECTOR);
            Path inboxRoot = folder.resolve("inbox");
            String url = "jdbc:h2:file:" + folder.resolve("data").resolve("crm") + ";DB_CLOSE_ON_EXIT=FALSE";
            String smtpPort = "--crm.outbox.smtp-port=" + smtp.getSmtp().getPort();
            Path archived = inboxRoot.resolve("office-csv").resolve(".done").resolve("run-1.csv");

            // The delivery route's first poll is an hour away: the message is committed, and never sent, before the kill.
            ChildProduct product = ChildProduct.start(folder, url, "sa", "", connectors, inboxRoot,
                    "--crm.outbox.delivery=smtp", "--crm.outbox.smtp-host=127.0.0.1", smtpPort,
                    "--crm.outbox.poll-interval=1h");
            ClientFile.drop(inboxRoot.resolve("office-csv"), "clients.csv", 5);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> Files.exists(archived));
            product.kill();
            assertThat(smtp.getReceivedMessages()).isEmpty();

            try (ChildProduct again = ChildProduct.start(folder, url, "sa", "", connectors, inboxRoot,
                    "--crm.outbox.delivery=smtp", "--crm.outbox.smtp-host=127.0.0.1", smtpPort,
                    "--crm.outbox.poll-interval=200ms")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 1);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(8))
                        .until(() -> smtp.getReceivedMessages().length == 1);
                assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("office-csv: run 1 COMPLETED");
            }
            var store = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
            assertThat(store.queryForList("SELECT status FROM outbox_message", String.class)).containsExactly("SENT");
            assertThat(store.queryForObject("SELECT COUNT(*) FROM outbox_attempt", Long.class)).isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }
}
