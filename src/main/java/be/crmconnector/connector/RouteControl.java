package be.crmconnector.connector;

import java.util.List;

/**
 * The routes of a connector as they run, and an admin's stop and start of them. Said without Camel so that the web
 * layer and the console can show and change them; the Camel edge answers.
 */
public interface RouteControl {

    /** How one route of a connector runs: its id, status (Started, Stopped…), health and why it is down. */
    record RouteState(String routeId, String status, Health health, String reason) {
        public boolean started() {
            return "Started".equals(status);
        }
    }

    /** UP, DOWN, or UNKNOWN when no check says (a route stopped, or not made because the connector is disabled). */
    enum Health {
        UP, DOWN, UNKNOWN
    }

    /** Each route of the connector, in the order its type lists them; empty for a disabled connector. */
    List<RouteState> routes(ConnectorDefinition connector);

    /** Stops every route of the connector (its poller or schedule; a run in flight ends as it would). */
    void stop(ConnectorDefinition connector, String by);

    /** Starts every route of the connector again. */
    void start(ConnectorDefinition connector, String by);
}
