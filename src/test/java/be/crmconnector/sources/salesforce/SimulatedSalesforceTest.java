package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.simulator.salesforce.SalesforceSimulator;
import be.crmconnector.sources.salesforce.camel.SalesforceSync;
import be.crmconnector.support.MutableClock;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Base of the Salesforce sync tests: syncs end to end against one built-in simulator over real sockets, through
 * connector files written for it. The simulator's clock lies two days back and only moves forward by hand; its
 * accounts are cleared before each test. Subclasses on the same store add no configuration of their own, so that they
 * share one cached context; the simulator is closed when the whole test run ends.
 */
@ExtendWith(SimulatedSalesforceTest.CloseSimulatorAtTheEnd.class)
abstract class SimulatedSalesforceTest extends StoreTest {
    static final String SECRET = "sf-secret-Kx82pQ";
    static final String WRONG_SECRET = "sf-wrong-Qa55zT";
    static final MutableClock CLOCK = new MutableClock(Instant.now().minus(Duration.ofDays(2)));
    static final SalesforceSimulator SIMULATOR = SalesforceSimulator.builder().clientCredentials("sf-client", SECRET)
            .clock(CLOCK).build().start();

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
        registry.add("crm.salesforce.retry.delay", () -> "10");
        registry.add("crm.salesforce.retry.maximum-delay", () -> "40");
        registry.add("crm.salesforce.retry.maximum-redeliveries", () -> "4");
        registry.add("crm.salesforce.call-deadline", () -> "5000");
        registry.add("crm.salesforce.circuit-breaker.failure-rate", () -> "90");
        registry.add("crm.salesforce.circuit-breaker.open-seconds", () -> "1");
    }

    /** Closes the simulator once, when the root of the test run closes, whichever class started the context. */
    static final class CloseSimulatorAtTheEnd implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                    CloseSimulatorAtTheEnd.class, key -> (ExtensionContext.Store.CloseableResource) SIMULATOR::close);
        }
    }

    @BeforeEach
    void emptySimulator() {
        SIMULATOR.faults().reset();
        SIMULATOR.store().clear();
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

    static Path connectorFolder() {
        try {
            Path folder = Files.createTempDirectory("salesforce-connectors");
            String common = """
                    enabled: true
                    gate: auto
                    onlyInStore: flag
                    ownership:
                      default: PREFER_SOURCE
                    """;
            Files.writeString(folder.resolve("sf.yaml"), """
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
                    """.formatted(SIMULATOR.baseUrl()) + common);
            Files.writeString(folder.resolve("sf-wrong-secret.yaml"), """
                    id: sf-wrong-secret
                    type: salesforce
                    salesforce:
                      loginUrl: %s
                      clientId: ${test.salesforce.client}
                      clientSecret: ${test.salesforce.wrong-secret}
                    """.formatted(SIMULATOR.baseUrl()) + common);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
