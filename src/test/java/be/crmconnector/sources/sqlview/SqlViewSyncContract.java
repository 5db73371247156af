package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.sources.sqlview.camel.SqlViewSync;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view of 10,000 clients in a real second database: the first sync makes 10,000 NEW; after 100 rows change and 10
 * go, the incremental sync gives exactly 100 UPDATE (re-reading the overlap for nothing, listing nobody only in the
 * store) and a full sync then gives exactly 10 ONLY_IN_STORE, flagged.
 */
abstract class SqlViewSyncContract extends StoreTest {
    static final int ROWS = 10_000;

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    ImportService imports;
    @Autowired
    RunRepository runs;
    @Autowired
    SqlViewSync sync;

    /** The source's JDBC URL, user and password: a new, empty database. */
    abstract String[] source();

    @Test
    void incrementalThenFullRunsCountExactly() {
        String[] source = source();
        SourceDatabases.createView(source[0], source[1], source[2], ROWS);
        jdbc.update("DELETE FROM change_cursor_mark");

        RunCounts first = syncNow(false);
        assertThat(first.read()).isEqualTo(ROWS);
        assertThat(first.newCount()).isEqualTo(ROWS);
        assertThat(count("client")).isEqualTo(ROWS);

        SourceDatabases.execute(source[0], source[1], source[2],
                "UPDATE crm_clients SET email = 'changed-' || client_no || '@example.be', updated_at = "
                        + "TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00' WHERE CAST(SUBSTRING(client_no, 2) AS INT) <= 100",
                "DELETE FROM crm_clients WHERE CAST(SUBSTRING(client_no, 2) AS INT) > " + (ROWS - 10));
        RunCounts incremental = syncNow(false);
        assertThat(incremental.update()).isEqualTo(100);
        assertThat(incremental.newCount()).isZero();
        assertThat(incremental.onlyInStore()).isZero();
        // the 5-minute overlap before the cursor re-read 290 rows that were still there: unchanged, for nothing
        assertThat(incremental.unchanged()).isEqualTo(290);
        assertThat(incremental.read()).isEqualTo(390);

        RunCounts full = syncNow(true);
        assertThat(full.read()).isEqualTo(ROWS - 10);
        assertThat(full.onlyInStore()).isEqualTo(10);
        assertThat(full.update()).isZero();
        assertThat(full.newCount()).isZero();
        assertThat(count("only_in_store_mark")).isEqualTo(10);
    }

    private RunCounts syncNow(boolean full) {
        var connector = connectors.find("practice-db").orElseThrow();
        long runId = imports.open(connector.id(), TriggerKind.SYNC, "test");
        sync.sync(connector, runId, full);
        ImportRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        return run.counts();
    }
}
