package be.crmconnector.config;

import be.crmconnector.connector.ConnectorDefinition;

/**
 * A change a profile makes to a connector it ships, with what only it knows at start-up: the demo profile points its
 * AdminPulse connector at the simulator it started (connector files resolve no placeholders but secrets). Every
 * override sees every connector read, before the registry is built; one that does not concern it returns it as is.
 */
@FunctionalInterface
public interface ConnectorOverride {
    ConnectorDefinition apply(ConnectorDefinition connector);
}
