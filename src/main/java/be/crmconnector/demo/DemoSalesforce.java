package be.crmconnector.demo;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SalesforceSimulator;
import be.crmconnector.sources.salesforce.SalesforceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.net.BindException;

/**
 * The demo's Salesforce simulator on {@code crm.demo.salesforce.port} (Belgian accounts with two contacts each), and
 * the {@code salesforce-demo} connector that follows it. When the port is taken, one plain line says so, the demo
 * runs without it and the connector is disabled, as for the AdminPulse simulator.
 */
final class DemoSalesforce implements AutoCloseable {
    static final String CONNECTOR_ID = "salesforce-demo";
    static final String PORT_PROPERTY = "crm.demo.salesforce.port";
    static final int ACCOUNTS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(DemoSalesforce.class);

    /** Null when the port was taken. */
    private final SalesforceSimulator simulator;

    private DemoSalesforce(SalesforceSimulator simulator) {
        this.simulator = simulator;
    }

    static DemoSalesforce start(int port, String clientId, String clientSecret) {
        try {
            SalesforceSimulator simulator = SalesforceSimulator.builder().port(port)
                    .clientCredentials(clientId, clientSecret).build().start();
            AccountSeed.generate(simulator.store(), 2026, ACCOUNTS, 2);
            LOG.info("Demo Salesforce simulator listening on {}; connector {} syncs from it", simulator.baseUrl(),
                    CONNECTOR_ID);
            return new DemoSalesforce(simulator);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof BindException)) {
                throw e;
            }
            LOG.warn("Demo Salesforce simulator not started: port {} of 127.0.0.1 is in use. The demo runs without it "
                    + "and connector {} is disabled; set {} to a free port (0 picks one) to move both.", port,
                    CONNECTOR_ID, PORT_PROPERTY);
            return new DemoSalesforce(null);
        }
    }

    /** The demo connector pointed at the simulator, or disabled when there is none; other connectors as they are. */
    ConnectorDefinition follow(ConnectorDefinition connector) {
        if (!CONNECTOR_ID.equals(connector.id()) || !connector.has(SalesforceSettings.class)) {
            return connector;
        }
        if (simulator == null) {
            return connector.disabled();
        }
        return connector.withSettings(connector.settings(SalesforceSettings.class).withLoginUrl(simulator.baseUrl()));
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
