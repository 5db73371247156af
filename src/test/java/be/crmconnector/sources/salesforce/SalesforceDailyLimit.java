package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.sources.salesforce.camel.SalesforceHealth;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario, run by a test of the H2 or the PostgreSQL context: the daily API limit reached mid-sync leaves nothing
 * applied, the connector PAUSED with its resume time and API usage in its health and one PAUSED notification saying
 * until when, then a sync that starts by itself after the pause and completes.
 */
final class SalesforceDailyLimit {
    private final SimulatedSalesforceTest test;
    private final JdbcTemplate jdbc;
    private final SalesforceHealth health;

    SalesforceDailyLimit(SimulatedSalesforceTest test, JdbcTemplate jdbc, SalesforceHealth health) {
        this.test = test;
        this.jdbc = jdbc;
        this.health = health;
    }

    void theLimitPausesTheConnectorWhichResumesByItself() {
        AccountSeed.generate(SIMULATOR.store(), 44, 1000, 1);
        SIMULATOR.faults().dailyLimit(SIMULATOR.apiUsage() + 3); // pages 1 to 3 of 5, then 403 REQUEST_LIMIT_EXCEEDED

        ImportRun limited = test.sync("sf", false);
        SIMULATOR.resetDailyUsage(); // a new day at Salesforce, before the pause is over
        SIMULATOR.faults().dailyLimit(100_000);

        assertThat(limited.status()).isEqualTo(RunStatus.FAILED);
        assertThat(limited.statusReason()).contains("REQUEST_LIMIT_EXCEEDED").contains("is paused until")
                .endsWith("Nothing was applied.");
        assertThat(count("client")).isZero();
        Map<String, Object> paused = details();
        assertThat(paused).containsEntry("state", "PAUSED").containsEntry("apiUsage", "3/3");
        assertThat(Instant.parse((String) paused.get("resumesAt"))).isAfter(Instant.now());
        assertThat(jdbc.queryForList("SELECT subject FROM outbox_message WHERE kind = 'PAUSED' AND connector_id = 'sf'",
                String.class)).singleElement().isEqualTo("Salesforce: paused until " + paused.get("resumesAt"));

        ImportRun resumed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> test.runs.latest("sf", TriggerKind.SYNC).orElseThrow(),
                        run -> run.id() != limited.id() && run.status() == RunStatus.COMPLETED);
        assertThat(resumed.counts().newCount()).isEqualTo(1000);
        assertThat(count("client")).isEqualTo(1000);
        assertThat(details()).containsEntry("state", "ACTIVE").containsEntry("apiUsage", "5/100000");
    }

    private Map<String, Object> details() {
        return ((HealthIndicator) health.getContributor("sf")).health().getDetails();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
