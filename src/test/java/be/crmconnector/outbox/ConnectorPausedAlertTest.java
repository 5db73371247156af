package be.crmconnector.outbox;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.support.Connectors;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** A connector paused on an API limit queues one PAUSED mail and one Slack line saying until when, masked. */
class ConnectorPausedAlertTest {
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final Instant RESUMES = Instant.parse("2026-12-07T00:00:00Z");

    @TempDir
    Path inbox;
    final Outbox outbox = mock(Outbox.class);
    final ConnectorAlerts alerts = new ConnectorAlerts(outbox, new MailTemplates(null),
            new TransactionTemplate(mock(PlatformTransactionManager.class)), Clock.fixed(NOW, ZoneOffset.UTC),
            "http://crm.example.be/");

    @Test
    void aPauseIsSaidWithItsResumeTimeInEveryChannelWithoutNationalNumbersOrUrls() {
        alerts.paused(connector("events: [PAUSED]"),
                "REQUEST_LIMIT_EXCEEDED at https://eu1.example.my.salesforce.com/x?token=abc for 85073003328", RESUMES);

        ArgumentCaptor<OutboxMessage> sent = ArgumentCaptor.forClass(OutboxMessage.class);
        verify(outbox, times(2)).enqueue(sent.capture(), any(Instant.class));
        OutboxMessage mail = sent.getAllValues().get(0);
        OutboxMessage slack = sent.getAllValues().get(1);
        assertThat(mail.kind()).isEqualTo("PAUSED");
        assertThat(mail.recipient()).isEqualTo("it@example.be");
        assertThat(mail.subject()).isEqualTo("Salesforce: paused until 2026-12-07T00:00:00Z");
        assertThat(mail.body()).contains("Resumes at: 2026-12-07T00:00:00Z").contains("Paused at: 2026-12-06T10:00:00Z")
                .contains("REQUEST_LIMIT_EXCEEDED at <url> for").contains("http://crm.example.be/actuator/health");
        assertThat(slack.channel()).isEqualTo(OutboxMessage.Channel.SLACK);
        assertThat(slack.body()).contains("paused until 2026-12-07T00:00:00Z");
        for (OutboxMessage message : sent.getAllValues()) {
            assertThat(message.body()).doesNotContain("85073003328").doesNotContain("token=abc");
        }
    }

    @Test
    void aConnectorThatDoesNotListPausedGetsNothing() {
        alerts.paused(connector("events: [FAILED]"), "REQUEST_LIMIT_EXCEEDED", RESUMES);

        verify(outbox, never()).enqueue(any(OutboxMessage.class), any(Instant.class));
    }

    private ConnectorDefinition connector(String events) {
        Path folder = TestConnectors.folder("""
                id: sf
                type: csv-drop
                title: Salesforce
                notifications: {mailTo: [it@example.be], slackWebhook: "${SLACK_URL}", %s}
                """.formatted(events));
        return Connectors.load(folder, inbox).find("sf").orElseThrow();
    }
}
