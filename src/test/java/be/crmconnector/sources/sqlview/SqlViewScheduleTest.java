package be.crmconnector.sources.sqlview;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A sql-view connector with a cron schedule gets its schedule route, which syncs the view on its own. */
class SqlViewScheduleTest extends StoreTest {
    static final String URL = SourceDatabases.newH2();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        SourceDatabases.createView(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, 5);
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        TestConnectors.use(registry, SourceDatabases.connectorFile("scheduled-db", URL, "auto", null)
                .replace("  fetchSize: 200\n", "  fetchSize: 200\n  schedule: \"*/2 * * * * *\"\n"));
    }

    @Autowired
    RunRepository runs;
    @Autowired
    CamelContext camel;

    @Test
    void theScheduleSyncsTheView() {
        assertThat(camel.getRoute("scheduled-db-sql-view-schedule")).isNotNull();
        ImportRun run = await().atMost(Duration.ofSeconds(30)).until(
                () -> runs.latest("scheduled-db", TriggerKind.SYNC).orElse(null),
                latest -> latest != null && latest.status() == RunStatus.COMPLETED);
        assertThat(run.counts().read()).isEqualTo(5);
    }
}
