package be.crmconnector.connector;

import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A connector's notifications block is read strictly: addresses, a webhook given only as a reference (a URL written
 * in the file is refused without being echoed), known events (default: all); without the block nobody is notified.
 */
class NotificationsSettingTest {
    @TempDir
    Path folder;

    ConnectorDefinition parse(String notifications) throws IOException {
        return Connectors.parse(Files.writeString(folder.resolve("crm.yaml"),
                "id: crm-a\ntype: csv-drop\n" + notifications), folder);
    }

    @Test
    void recipientsWebhookReferenceAndEventsAreRead() throws IOException {
        var n = parse("notifications: {mailTo: [office@example.be], slackWebhook: '${SLACK_URL}', "
                + "events: [failed, AWAITING_APPROVAL]}\n").notifications();
        assertThat(n.mailTo()).isEqualTo(List.of("office@example.be"));
        assertThat(n.slackWebhookReference()).isEqualTo("${SLACK_URL}");
        assertThat(n.events()).isEqualTo(Set.of("FAILED", "AWAITING_APPROVAL"));
        assertThat(n.notifies("COMPLETED")).isFalse();
    }

    @Test
    void everyEventByDefaultAndNobodyWithoutTheBlock() throws IOException {
        assertThat(parse("notifications: {mailTo: [office@example.be]}\n").notifications().events())
                .isEqualTo(ConnectorDefinition.Notifications.EVENTS);
        assertThat(parse("").notifications().notifies("FAILED")).isFalse();
    }

    @Test
    void aWebhookUrlInTheFileIsRefusedWithoutBeingEchoed() {
        assertThatThrownBy(() -> parse("notifications: {slackWebhook: 'https://hooks.slack.com/services/T0/B0/xK9qZtoken'}\n"))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("notifications.slackWebhook")
                .hasMessageNotContaining("xK9qZtoken").hasMessageNotContaining("hooks.slack.com");
    }

    @Test
    void anUnknownEventOrAddressIsRefused() {
        assertThatThrownBy(() -> parse("notifications: {mailTo: [a@example.be], events: [EXPLODED]}\n"))
                .hasMessageContaining("notifications.events").hasMessageContaining("EXPLODED");
        assertThatThrownBy(() -> parse("notifications: {mailTo: [not-an-address]}\n"))
                .hasMessageContaining("notifications.mailTo");
    }
}
