package be.crmconnector.outbox.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.connector.TemplatedRoute;
import be.crmconnector.outbox.ConnectorAlerts;
import be.crmconnector.outbox.RouteStates;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.spi.RouteController;
import org.apache.camel.spi.SupervisingRouteController;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks at every connector route's health (Camel's route and consumer health checks, and the supervising route
 * controller's restarts) and tells {@link ConnectorAlerts} when one goes down or comes back. A route an admin stopped on
 * purpose is not "down": it is not being retried, and whoever stopped it knows.
 */
public class RouteWatch {
    private final ConnectorRegistry connectors;
    private final ConnectorTypes types;
    private final ConnectorAlerts alerts;
    private final RouteStates states;
    private final Clock clock;

    public RouteWatch(ConnectorRegistry connectors, ConnectorTypes types, ConnectorAlerts alerts,
                      RouteStates states, Clock clock) {
        this.states = states;
        this.connectors = connectors;
        this.types = types;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** One look at every route of every enabled connector, as {@code camel} runs them. */
    public void look(CamelContext camel) {
        Map<String, HealthCheck.Result> checks = HealthCheckHelper.invoke(camel).stream()
                .collect(Collectors.toMap(r -> r.getCheck().getId(), Function.identity(), (a, b) -> a));
        for (ConnectorDefinition connector : connectors.all()) {
            if (!connector.enabled()) {
                continue;
            }
            for (TemplatedRoute route : types.of(connector).routes(connector)) {
                look(connector, route.routeId(), camel.getRouteController(), checks);
            }
        }
    }

    private void look(ConnectorDefinition connector, String routeId, RouteController controller,
                      Map<String, HealthCheck.Result> checks) {
        Optional<String> downReason = downReason(routeId, controller, checks);
        switch (states.look(routeId, downReason.isPresent(), clock.instant())) {
            case WENT_DOWN -> alerts.down(connector, routeId, downReason.get(), states.since(routeId));
            case CAME_BACK -> alerts.up(connector, routeId, states.since(routeId));
            case NONE -> { }
        }
    }

    /** Why the route is down, or empty when it works (or was stopped on purpose). */
    private Optional<String> downReason(String routeId, RouteController controller,
                                        Map<String, HealthCheck.Result> checks) {
        if (controller.isSupervising()) {
            SupervisingRouteController supervising = controller.supervising();
            if (isAmong(routeId, supervising.getRestartingRoutes())
                    || isAmong(routeId, supervising.getExhaustedRoutes())) {
                Throwable failure = supervising.getRestartException(routeId);
                return Optional.of("the route could not start" + (failure == null ? "" : ": " + reasonOf(failure)));
            }
        }
        ServiceStatus status = controller.getRouteStatus(routeId);
        if (status == null || !status.isStarted()) {
            return Optional.empty(); // not (yet) added, or stopped on purpose
        }
        for (String check : new String[] {"route:" + routeId, "consumer:" + routeId}) {
            HealthCheck.Result result = checks.get(check);
            if (result != null && result.getState() == HealthCheck.State.DOWN) {
                return Optional.of(result.getError().map(RouteWatch::reasonOf)
                        .or(result::getMessage).orElse(check + " is DOWN"));
            }
        }
        return Optional.empty();
    }

    private static boolean isAmong(String routeId, java.util.Collection<Route> routes) {
        return routes.stream().anyMatch(r -> routeId.equals(r.getRouteId()));
    }

    /** The failure's class and message, without any URL (it may carry a secret such as a webhook or a password). */
    private static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return (root.getClass().getSimpleName() + message).replaceAll("[a-z][a-z0-9+.-]*://\\S+", "<url>");
    }
}
