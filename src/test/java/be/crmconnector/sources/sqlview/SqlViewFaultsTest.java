package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.sources.sqlview.camel.SqlViewSync;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong password, an unreachable host, a dropped view, a renamed mapped column and a renamed change column each
 * fail the sql-view run with a plain reason naming the connector (and the column), apply nothing, leak no secret,
 * and leave the other connectors working. Source: an H2 database behind its own TCP server; store: H2.
 */
class SqlViewFaultsTest extends StoreTest {
    static final String URL = SourceDatabases.newH2();
    static final String WRONG_PASSWORD = "not-the-reader-secret";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("crm.sql-view.connect-timeout-ms", () -> "1500");
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        registry.add("WRONG_DB_PASSWORD", () -> WRONG_PASSWORD);
        TestConnectors.use(registry,
                SourceDatabases.connectorFile("practice-db", URL, "auto", "{column: updated_at, overlap: PT5M}"),
                SourceDatabases.connectorFile("wrong-password", URL, "auto", null)
                        .replace("${SRC_DB_PASSWORD}", "${WRONG_DB_PASSWORD}"),
                SourceDatabases.connectorFile("unreachable", "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere", "auto", null));
    }

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    ImportService imports;
    @Autowired
    RunRepository runs;
    @Autowired
    SqlViewSync sync;

    List<Map<String, Object>> before;

    @BeforeEach
    void tenClientsImported() {
        jdbc.update("DELETE FROM change_cursor_mark");
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD,
                "DROP VIEW IF EXISTS crm_clients_v", "DROP TABLE IF EXISTS crm_clients");
        SourceDatabases.createView(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, 10);
        assertThat(sync("practice-db").status()).isEqualTo(RunStatus.COMPLETED);
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD,
                "UPDATE crm_clients SET email = 'new-' || client_no || '@example.be', "
                        + "updated_at = TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00'");
        before = clientSnapshot();
    }

    @Test
    void aWrongPasswordFailsPlainly() {
        ImportRun run = sync("wrong-password");
        assertFailedPlainly(run, "Connector wrong-password: the source database refused the user name or password");
        assertThat(run.statusReason()).doesNotContain(WRONG_PASSWORD).doesNotContain(SourceDatabases.PASSWORD);
        assertStillWorks();
    }

    @Test
    void anUnreachableHostFailsPlainly() {
        assertFailedPlainly(sync("unreachable"), "Connector unreachable: the source database at "
                + "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere cannot be reached");
        assertStillWorks();
    }

    @Test
    void aDroppedViewFailsPlainly() {
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, "DROP VIEW crm_clients_v");
        assertFailedPlainly(sync("practice-db"), "Connector practice-db: the view crm_clients_v reads a view or "
                + "table that does not exist");
    }

    @Test
    void aRenamedMappedColumnFailsPlainly() {
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, "DROP VIEW crm_clients_v",
                "CREATE VIEW crm_clients_v AS SELECT client_no AS crm_key, first_name, last_name, email, "
                        + "updated_at FROM crm_clients");
        assertFailedPlainly(sync("practice-db"), "Connector practice-db: the source has no column for externalId "
                + "(looked for: client_no)");
    }

    @Test
    void aRenamedChangeColumnFailsPlainly() {
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, "DROP VIEW crm_clients_v",
                "CREATE VIEW crm_clients_v AS SELECT client_no, first_name, last_name, email, "
                        + "updated_at AS modified_at FROM crm_clients");
        assertFailedPlainly(sync("practice-db"), "Connector practice-db: the view crm_clients_v or the change "
                + "column 'updated_at' names a column the source database does not have");
    }

    private void assertFailedPlainly(ImportRun run, String reason) {
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).startsWith(reason).endsWith("Nothing was applied.")
                .doesNotContain("Exception").doesNotContain("SQL state");
        assertThat(clientSnapshot()).isEqualTo(before);
    }

    /** The connector whose source is fine still syncs, after the other one failed. */
    private void assertStillWorks() {
        ImportRun run = sync("practice-db");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().update()).isEqualTo(10);
    }

    private ImportRun sync(String connectorId) {
        var connector = connectors.find(connectorId).orElseThrow();
        long runId = imports.open(connectorId, TriggerKind.SYNC, "test");
        sync.sync(connector, runId, false);
        return runs.find(runId).orElseThrow();
    }
}
