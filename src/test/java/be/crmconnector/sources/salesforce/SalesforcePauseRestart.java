package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.sources.salesforce.camel.SalesforceHealth;
import be.crmconnector.sources.salesforce.camel.SalesforceSync;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario, run by a test of the H2 or the PostgreSQL context: a connector paused by the daily API limit, then the
 * service restarted before the pause is over. The restart is the Salesforce sync component's: one instance pauses and
 * is shut down (its memory and its planned resume die with it), a new one is built on the same store and started as
 * the application's start-up starts it. After it: no call reaches Salesforce (neither a token nor an API call, though
 * a new day there would allow them), the health still says PAUSED with the same resumesAt, no second PAUSED
 * notification, and once resumesAt passes the new instance resumes by itself and the stored pause is gone.
 */
final class SalesforcePauseRestart {
    private final SimulatedSalesforceTest test;
    private final JdbcTemplate jdbc;
    private final ApplicationContext context;

    SalesforcePauseRestart(SimulatedSalesforceTest test, JdbcTemplate jdbc, ApplicationContext context) {
        this.test = test;
        this.jdbc = jdbc;
        this.context = context;
    }

    void thePauseOutlivesARestartAndEndsByItself() {
        ConnectorDefinition sf = test.connectors.find("sf").orElseThrow();
        AccountSeed.generate(SIMULATOR.store(), 45, 450, 1); // 3 pages of 200
        SIMULATOR.faults().dailyLimit(SIMULATOR.apiUsage() + 2); // pages 1 and 2, then 403 REQUEST_LIMIT_EXCEEDED

        SalesforceSync before = newSync();
        String resumesAt;
        try {
            long limitedRun = test.imports.open("sf", TriggerKind.SYNC, "test");
            before.sync(sf, limitedRun, false);
            assertThat(test.runs.find(limitedRun).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            resumesAt = (String) details(before).get("resumesAt");
        } finally {
            before.destroy(); // the restart: what the instance held in memory and had planned is gone
        }
        SIMULATOR.resetDailyUsage(); // a new day at Salesforce: any call would now be served, and counted
        SIMULATOR.faults().dailyLimit(100_000);
        int tokens = SIMULATOR.tokensIssued();

        SalesforceSync after = newSync();
        try {
            after.resumeAfterRestart(); // what ApplicationReadyEvent calls on a real start
            assertThat(details(after)).containsEntry("state", "PAUSED").containsEntry("resumesAt", resumesAt)
                    .containsEntry("apiUsage", "2/2");

            after.scheduled("sf"); // a scheduled tick: skipped
            long syncNow = after.start(sf); // a person's "sync now": refused without a call
            ImportRun refused = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> test.runs.find(syncNow).orElseThrow(), run -> run.status() == RunStatus.FAILED);
            assertThat(refused.statusReason()).contains("is paused until " + resumesAt);
            assertThat(SIMULATOR.apiUsage()).as("API calls after the restart").isZero();
            assertThat(SIMULATOR.tokensIssued()).as("tokens asked after the restart").isEqualTo(tokens);
            assertThat(pausedNotices()).isOne();
            assertThat(Instant.now()).as("still inside the pause: the test proved nothing").isBefore(
                    Instant.parse(resumesAt));

            ImportRun resumed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> test.runs.latest("sf", TriggerKind.SYNC).orElseThrow(),
                            run -> run.id() != syncNow && run.status() == RunStatus.COMPLETED);
            assertThat(resumed.receivedAt()).isAfterOrEqualTo(Instant.parse(resumesAt));
            assertThat(resumed.counts().newCount()).isEqualTo(450);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM salesforce_pause", Long.class)).isZero();
            assertThat(details(after)).containsEntry("state", "ACTIVE");
            assertThat(pausedNotices()).isOne();
        } finally {
            after.destroy();
        }
    }

    /** A new instance of the sync component, wired from the context as the start-up wires it. */
    private SalesforceSync newSync() {
        return context.getAutowireCapableBeanFactory().createBean(SalesforceSync.class);
    }

    private Map<String, Object> details(SalesforceSync sync) {
        SalesforceHealth health = new SalesforceHealth(test.connectors, test.runs, sync, Clock.systemUTC());
        return ((HealthIndicator) health.getContributor("sf")).health().getDetails();
    }

    private long pausedNotices() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PAUSED' AND connector_id = 'sf'",
                Long.class);
    }
}
