package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.sources.sqlview.camel.SqlViewSync;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TempDirs;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1,000,000-row view (on a PostgreSQL server of its own) streams through the whole pipeline into the store with the
 * JVM at -Xmx256m (Surefire runs this class in its own JVM with that heap: see the pom's {@code large-file} execution).
 */
@DirtiesContext // the database closes after the class, before TempDirs deletes it at exit
class LargeViewStreamingTest extends StoreTest {
    static final int ROWS = Integer.getInteger("large-view.rows", 1_000_000);
    static final String URL = SourceDatabases.newPostgres();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        // A file database, so that the store's pages live on disk and not in the bounded heap.
        Path db = TempDirs.deletedAtExit("crm-large-view").resolve("store");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db + ";CACHE_SIZE=32768");
        registry.add("SRC_DB_USER", () -> "postgres");
        registry.add("SRC_DB_PASSWORD", () -> "postgres");
        TestConnectors.use(registry, SourceDatabases.connectorFile("practice-db", URL, "auto", null));
    }

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    ImportService imports;
    @Autowired
    RunRepository runs;
    @Autowired
    SqlViewSync sync;

    @Test
    void aMillionRowViewImportsWithinABoundedHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test proves nothing with a large heap")
                .isLessThanOrEqualTo(300L * 1024 * 1024);
        SourceDatabases.createView(URL, "postgres", "postgres", 0);
        SourceDatabases.execute(URL, "postgres", "postgres", "INSERT INTO crm_clients SELECT 'C' || i, 'First' || i, "
                + "'Last' || i, 'client' || i || '@example.be', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' "
                + "+ i * INTERVAL '1 second' FROM generate_series(1, " + ROWS + ") AS i");

        var connector = connectors.find("practice-db").orElseThrow();
        long runId = imports.open(connector.id(), TriggerKind.SYNC, "test");
        sync.sync(connector, runId, false);

        ImportRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().read()).isEqualTo(ROWS);
        assertThat(run.counts().newCount()).isEqualTo(ROWS);
        assertThat(count("client")).isEqualTo(ROWS);
    }
}
