package be.crmconnector.demo;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.adminpulse.RelationSeed;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.net.BindException;

/**
 * The demo's AdminPulse simulator on {@code crm.demo.adminpulse.port}, and the demo connector that follows it: the
 * connector points wherever the simulator listens. When the port is taken, one plain line says so, the demo runs
 * without the simulator and its connector is disabled, so that it never syncs against whatever holds the port.
 */
final class DemoAdminPulse implements AutoCloseable {
    static final String CONNECTOR_ID = "adminpulse-demo";
    static final String PORT_PROPERTY = "crm.demo.adminpulse.port";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAdminPulse.class);

    /** Null when the port was taken. */
    private final AdminPulseSimulator simulator;

    private DemoAdminPulse(AdminPulseSimulator simulator) {
        this.simulator = simulator;
    }

    /** Starts the simulator with the demo seed on 127.0.0.1:{@code port} (0 picks a free port). */
    static DemoAdminPulse start(int port, String apiKey) {
        try {
            AdminPulseSimulator simulator = AdminPulseSimulator.builder().port(port).apiKey(apiKey)
                    .seed(RelationSeed.demo()).build().start();
            LOG.info("Demo AdminPulse simulator listening on {}; connector {} syncs from it", simulator.baseUrl(),
                    CONNECTOR_ID);
            return new DemoAdminPulse(simulator);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof BindException)) {
                throw e;
            }
            LOG.warn("Demo AdminPulse simulator not started: port {} of 127.0.0.1 is in use. The demo runs without it "
                    + "and connector {} is disabled; set {} to a free port (0 picks one) to move both.", port,
                    CONNECTOR_ID, PORT_PROPERTY);
            return new DemoAdminPulse(null);
        }
    }

    /** The demo connector pointed at the simulator, or disabled when there is none; other connectors as they are. */
    ConnectorDefinition follow(ConnectorDefinition connector) {
        if (!CONNECTOR_ID.equals(connector.id()) || !connector.has(AdminPulseSettings.class)) {
            return connector;
        }
        if (simulator == null) {
            return connector.disabled();
        }
        return connector.withSettings(connector.settings(AdminPulseSettings.class).withBaseUrl(simulator.baseUrl()));
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
