package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SfRecord;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.simulator.salesforce.SalesforceSimulator;
import be.crmconnector.sources.salesforce.camel.SalesforceSync;
import be.crmconnector.support.MutableClock;
import be.crmconnector.support.ClosedAtExit;
import be.crmconnector.support.QuickRetries;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Base of the Salesforce sync tests: syncs end to end against one built-in simulator over real sockets, through
 * connector files written for it. The simulator's clock lies two days back and only moves forward by hand; its
 * accounts are cleared before each test. Tests on H2 extend {@link SalesforceOnH2Test}, so that they share one cached
 * context; the simulator is closed when the JVM exits.
 */
abstract class SimulatedSalesforceTest extends StoreTest {
    static final String SECRET = "sf-secret-Kx82pQ";
    static final String WRONG_SECRET = "sf-wrong-Qa55zT";
    static final MutableClock CLOCK = new MutableClock(Instant.now().minus(Duration.ofDays(2)));
    static final SalesforceSimulator SIMULATOR = ClosedAtExit.of(SalesforceSimulator.builder()
            .clientCredentials("sf-client", SECRET).clock(CLOCK).build().start());
    static final String AP_KEY = "ap-key-Wm39tR";
    /** An AdminPulse beside Salesforce, empty until a test fills it: for connectors owning fields of the same clients. */
    static final AdminPulseSimulator ADMINPULSE = ClosedAtExit.of(AdminPulseSimulator.builder().apiKey(AP_KEY).build()
            .start());

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    ImportService imports;
    @Autowired
    RunRepository runs;
    @Autowired
    SalesforceSync sync;

    static void simulated(DynamicPropertyRegistry registry) {
        String folder = connectorFolder().toString();
        registry.add("crm.connectors-dir", () -> folder);
        registry.add("test.salesforce.client", () -> "sf-client");
        registry.add("test.salesforce.secret", () -> SECRET);
        registry.add("test.salesforce.wrong-secret", () -> WRONG_SECRET);
        registry.add("test.adminpulse.key", () -> AP_KEY);
        QuickRetries.use(registry, "salesforce", 4, Duration.ofSeconds(5));
        registry.add("crm.salesforce.limit-pause", () -> "PT6S"); // long enough to look at the pause on a busy machine
    }

    @BeforeEach
    void emptySimulator() {
        SIMULATOR.faults().reset();
        SIMULATOR.store().clear();
        SIMULATOR.resetDailyUsage(); // a new day: API usage seen by a test does not depend on the tests before it
        sync.pauses().resume("sf"); // and no pause left over from a test that ended early
        jdbc.update("DELETE FROM change_cursor_mark");
        jdbc.update("DELETE FROM change_cursor_seen");
        CLOCK.advance(Duration.ofHours(1)); // past anything an earlier test stamped
    }

    /** A sync of the connector, on this thread, to its end. */
    ImportRun sync(String connectorId, boolean full) {
        ConnectorDefinition connector = connectors.find(connectorId).orElseThrow();
        long runId = imports.open(connector.id(), TriggerKind.SYNC, "test");
        sync.sync(connector, runId, full);
        return runs.find(runId).orElseThrow();
    }

    /**
     * 450 accounts with 2 contacts each make 450 clients and 900 contacts; after 5 accounts change, 1 is deleted and
     * 2 are added, the incremental run reads only those 8: 5 UPDATE, 2 NEW, the deleted one ONLY_IN_STORE and
     * flagged, and no other client is written.
     */
    void fullThenIncrementalReadsOnlyTheChanges() {
        AccountSeed.generate(SIMULATOR.store(), 16, 450, 2);

        ImportRun first = sync("sf", false);
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(first.counts().newCount()).isEqualTo(450);
        assertThat(count("client")).isEqualTo(450);
        assertThat(count("contact")).isEqualTo(900);

        CLOCK.advance(Duration.ofHours(1));
        List<String> ids = SIMULATOR.store().liveAccountIds();
        for (int i = 0; i < 5; i++) {
            SIMULATOR.store().touch("Account", ids.get(i * 50), "Phone", "+32 9 000 00 0" + i);
        }
        SIMULATOR.store().delete(ids.get(300));
        AccountSeed.generate(SIMULATOR.store(), 17, 2, 2); // stamped up to a month back: moved to now below
        List<String> added = SIMULATOR.store().liveAccountIds().stream().filter(id -> !ids.contains(id)).toList();
        added.forEach(id -> SIMULATOR.store().touch("Account", id, "Type", "Customer"));
        List<Map<String, Object>> before = jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id");

        ImportRun incremental = sync("sf", false);
        assertThat(incremental.status()).as(incremental.statusReason()).isEqualTo(RunStatus.COMPLETED);
        RunCounts counts = incremental.counts();
        assertThat(counts.read()).isEqualTo(7);
        assertThat(counts.update()).isEqualTo(5);
        assertThat(counts.newCount()).isEqualTo(2);
        assertThat(counts.onlyInStore()).isEqualTo(1);
        assertThat(counts.unchanged()).isZero();
        assertThat(count("only_in_store_mark")).isEqualTo(1);
        assertThat(count("client")).isEqualTo(452);
        assertThat(count("contact")).isEqualTo(904);
        // nothing else written: besides the 5 updated and the 1 flagged, every client keeps its row version
        List<Map<String, Object>> after = jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id");
        assertThat(after.stream().filter(before::contains)).hasSize(450 - 5 - 1);
        assertThat(jdbc.queryForObject("SELECT external_id FROM only_in_store_mark WHERE connector_id = 'sf'",
                String.class)).isEqualTo(ids.get(300));
        SfRecord changed = SIMULATOR.store().account(ids.get(0));
        assertThat(jdbc.queryForObject("SELECT phone FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "WHERE r.external_id = ?", String.class, changed.id()).replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(changed.field("Phone")).replaceAll("\\D", ""));
    }

    static Path connectorFolder() {
        return TestConnectors.folder("""
                id: sf
                type: salesforce
                title: Salesforce
                salesforce:
                  loginUrl: %s
                  grant: client_credentials
                  clientId: ${test.salesforce.client}
                  clientSecret: ${test.salesforce.secret}
                  apiVersion: "59.0"
                  pageSize: 200
                  fields: {vatNumber: VAT__c, language: Language__c}
                notifications: {mailTo: [it@example.be], events: [PAUSED]}
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED, """
                id: sf-wrong-secret
                type: salesforce
                salesforce:
                  loginUrl: %s
                  clientId: ${test.salesforce.client}
                  clientSecret: ${test.salesforce.wrong-secret}
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED,
                // Two connectors bringing the same clients (matched by VAT number), each owning other fields.
                """
                id: sf-owner
                type: salesforce
                salesforce:
                  loginUrl: %s
                  clientId: ${test.salesforce.client}
                  clientSecret: ${test.salesforce.secret}
                  fields: {vatNumber: VAT__c, language: Language__c}
                enabled: true
                gate: auto
                onlyInStore: flag
                ownership:
                  default: PREFER_SOURCE
                  fields: {phone: SOURCE_OWNS, accountingCode: SOURCE_OWNS}
                """.formatted(SIMULATOR.baseUrl()), """
                id: ap-owner
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  relationStatuses: [Customer]
                enabled: true
                gate: auto
                onlyInStore: flag
                ownership:
                  default: PREFER_SOURCE
                  fields: {street: SOURCE_OWNS, postalCode: SOURCE_OWNS, city: SOURCE_OWNS, country: SOURCE_OWNS}
                """.formatted(ADMINPULSE.baseUrl()));
    }
}
