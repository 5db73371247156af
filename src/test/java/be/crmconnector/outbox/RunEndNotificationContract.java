package be.crmconnector.outbox;

import be.crmconnector.history.ImportRun;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's end and approval request are in the store with their notifications (mail and Slack, per the connector's
 * file) when the run's outcome is returned: no delivery is needed for them to be there, and a connector without a
 * notifications block writes none.
 */
abstract class RunEndNotificationContract extends ScenarioTest {
    static final String NOTIFIED = """
            id: notified-csv
            type: csv-drop
            notifications: {mailTo: [office@example.be, boss@example.be], slackWebhook: "${TEST_SLACK_WEBHOOK}", events: [COMPLETED]}
            """;
    static final String CSV = "Référence;Prénom;Nom\nR-1;Jan;Peeters\n";

    @Test
    void theRunsEndIsWrittenWithItsNotificationsAndOnlyForNotifiedEvents() {
        ImportRun completed = importCsv("notified-csv", CSV);
        importCsv("notified-csv", "Référence;Prénom;Nom\nR-2;\"Marie;Dubois\n"); // FAILED: not among its events
        importCsv("crm-api", "Référence;Prénom;Nom;Numéro de TVA\nR-3;;;BE 0403.019.261\n"); // no notifications block

        List<Map<String, Object>> messages = jdbc.queryForList("SELECT channel, kind, run_id, recipient, status "
                + "FROM outbox_message ORDER BY id");
        assertThat(messages).extracting(m -> m.get("CHANNEL"), m -> m.get("KIND"), m -> ((Number) m.get("RUN_ID")).longValue(),
                        m -> m.get("RECIPIENT"), m -> m.get("STATUS"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MAIL", "RUN_COMPLETED", completed.id(),
                                "office@example.be,boss@example.be", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("SLACK", "RUN_COMPLETED", completed.id(),
                                "${TEST_SLACK_WEBHOOK}", "PENDING"));
    }
}
