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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view with one row per contact, ordered by the client key, makes one client per key with its contacts, exactly as
 * the contact-per-row layout does for files; the connector's aliases map the view's own column names.
 */
class SqlViewContactLayoutTest extends StoreTest {
    static final String URL = SourceDatabases.newH2();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        SourceDatabases.execute(URL, SourceDatabases.USER, SourceDatabases.PASSWORD,
                "CREATE TABLE contacts (dossier VARCHAR(10), firma VARCHAR(50), contact_first VARCHAR(50), "
                        + "contact_last VARCHAR(50), contact_mail VARCHAR(100))",
                "INSERT INTO contacts VALUES ('D1', 'Acme NV', 'Ann', 'Peeters', 'ann@acme.be'), "
                        + "('D1', 'Acme NV', 'Bart', 'Claes', 'bart@acme.be'), "
                        + "('D2', 'Beta BV', 'Chris', 'Maes', 'chris@beta.be')");
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        TestConnectors.use(registry, """
                id: contacts-db
                type: sql-view
                sqlView:
                  url: "%s"
                  user: ${SRC_DB_USER}
                  password: ${SRC_DB_PASSWORD}
                  query: "select * from contacts order by dossier"
                  layout: contact-per-row
                mapping:
                  companyName: [firma]
                  contactFirstName: [contact_first]
                  contactLastName: [contact_last]
                  contactEmail: [contact_mail]
                gate: auto
                """.formatted(URL));
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
    void contactRowsGroupByTheClientKey() {
        var connector = connectors.find("contacts-db").orElseThrow();
        long runId = imports.open(connector.id(), TriggerKind.SYNC, "test");
        sync.sync(connector, runId, false);

        ImportRun run = runs.find(runId).orElseThrow();
        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(2);
        assertThat(count("client")).isEqualTo(2);
        assertThat(count("contact")).isEqualTo(3);
    }
}
