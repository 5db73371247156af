package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.sources.cursor.ChangeCursors;
import be.crmconnector.sources.sqlview.camel.SqlViewSync;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change cursor moves only with a run that was applied: runs waiting for review leave it, so the next run reads
 * their rows again; once one is applied, the next run reads only what changed after it.
 */
class ChangeCursorFollowsAppliedRunsTest extends StoreTest {
    static final String URL = SourceDatabases.newH2();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        TestConnectors.use(registry, SourceDatabases.connectorFile("reviewed-db", URL, "review",
                "{column: updated_at, overlap: PT0S}"));
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
    void onlyAppliedRunsMoveTheCursor() {
        ChangeCursors cursors = new ChangeCursors(jdbc);
        SourceDatabases.createView(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, 10);

        ImportRun waiting = sync();
        assertThat(waiting.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(cursors.cursor("reviewed-db")).isEmpty();
        ImportRun again = sync();
        assertThat(again.counts().read()).isEqualTo(10);

        imports.apply(again.id(), "tester");
        assertThat(cursors.cursor("reviewed-db")).contains(SourceDatabases.FIRST_CHANGE.plusSeconds(10));

        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD,
                "UPDATE crm_clients SET email = 'new-' || client_no || '@example.be', "
                        + "updated_at = TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00' WHERE client_no IN ('C1', 'C2')");
        ImportRun changed = sync();
        assertThat(changed.counts().read()).isEqualTo(2);
        assertThat(changed.counts().update()).isEqualTo(2);
        assertThat(changed.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        // the run that read them waits: the next run reads them again
        assertThat(sync().counts().read()).isEqualTo(2);
    }

    private ImportRun sync() {
        var connector = connectors.find("reviewed-db").orElseThrow();
        long runId = imports.open(connector.id(), TriggerKind.SYNC, "test");
        sync.sync(connector, runId, false);
        return runs.find(runId).orElseThrow();
    }
}
