package be.crmconnector.outbox;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Slack outage (the webhook answers 503) leaves the run complete; each failed attempt is recorded as "HTTP 503",
 * never with the webhook URL (a secret); the message is posted once the webhook answers again.
 */
class SlackOutageTest extends ScenarioTest {
    static final String NOTIFIED = """
            id: notified-csv
            type: csv-drop
            notifications: {slackWebhook: "${TEST_SLACK_WEBHOOK}", events: [COMPLETED]}
            """;
    static final SlackStandIn SLACK = new SlackStandIn();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, NOTIFIED);
        registry.add("crm.outbox.delivery", () -> "smtp");
        registry.add("crm.outbox.poll-interval", () -> "200ms");
        registry.add("crm.outbox.first-retry", () -> "200ms");
        registry.add("crm.outbox.max-retry", () -> "400ms");
        registry.add("TEST_SLACK_WEBHOOK", SLACK::url);
    }

    @AfterAll
    static void stop() {
        SLACK.close();
    }

    @Test
    void theRunCompletesAndTheMessageIsPostedOnceTheWebhookIsBack() {
        SLACK.answer = 503;
        ImportRun run = importCsv("notified-csv", "Référence;Prénom;Nom\nR-1;Jan;Peeters\n");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_attempt WHERE outcome = 'FAILED'", Long.class) >= 2);
        assertThat(jdbc.queryForList("SELECT error FROM outbox_attempt", String.class)).containsOnly("HTTP 503");
        assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_message", String.class)).isEqualTo("HTTP 503");

        SLACK.answer = 200;
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(jdbc.queryForObject(
                "SELECT status FROM outbox_message", String.class)));
        assertThat(SLACK.posts).singleElement().asString().contains("run " + run.id() + " COMPLETED");
        assertThat(jdbc.queryForList("SELECT recipient FROM outbox_message", String.class))
                .containsExactly("${TEST_SLACK_WEBHOOK}");
    }
}
