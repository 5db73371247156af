package be.crmconnector.outbox;

import be.crmconnector.support.ScenarioTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A connector whose route cannot work (its watched folder cannot be made: a file stands where a folder should be)
 * sends one ROUTE_DOWN mail naming the route and why; once the folder is there, one ROUTE_UP mail follows. The
 * connectors whose routes work send none.
 */
class RouteDownNotifiedTest extends ScenarioTest {
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Path BLOCKER = blocker();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SMTP.start();
        useH2(registry);
        useTestConnectors(registry, """
                id: blocked-csv
                type: csv-drop
                inbox: %s
                notifications: {mailTo: [it@example.be], events: [ROUTE_DOWN, ROUTE_UP]}
                """.formatted(BLOCKER.resolve("inbox")), """
                id: working-csv
                type: csv-drop
                notifications: {mailTo: [it@example.be]}
                """);
        registry.add("crm.outbox.delivery", () -> "smtp");
        registry.add("crm.outbox.smtp-host", () -> "127.0.0.1");
        registry.add("crm.outbox.smtp-port", () -> SMTP.getSmtp().getPort());
        registry.add("crm.outbox.poll-interval", () -> "200ms");
        registry.add("crm.outbox.route-watch-interval", () -> "200ms");
        registry.add("crm.outbox.route-down-after", () -> "2s");
        registry.add("camel.main.route-controller-backoff-delay", () -> "300");
    }

    /** A regular file where the watched folder's parent should be. */
    private static Path blocker() {
        try {
            Path parent = Files.createTempDirectory("crm-route-down");
            return Files.writeString(parent.resolve("not-a-folder"), "x");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void aRouteThatCannotWorkIsSaidDownOnceThenBackUp() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 1);
        // Many more looks at the route (every 200 ms) while it stays down: still the one mail.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(6))
                .until(() -> SMTP.getReceivedMessages().length == 1);
        MimeMessage down = SMTP.getReceivedMessages()[0];
        assertThat(down.getSubject()).isEqualTo("blocked-csv: route blocked-csv-file-drop is DOWN");
        assertThat(GreenMailUtil.getBody(down)).contains("Route: blocked-csv-file-drop").contains("Reason: ")
                .contains("keeps retrying");

        Files.delete(BLOCKER);
        Files.createDirectories(BLOCKER.resolve("inbox")); // the share is mounted again
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 2);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(RouteDownNotifiedTest::subject))
                .containsExactly("blocked-csv: route blocked-csv-file-drop is DOWN",
                        "blocked-csv: route blocked-csv-file-drop is back UP");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
