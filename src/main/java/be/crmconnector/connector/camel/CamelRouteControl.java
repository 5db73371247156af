package be.crmconnector.connector.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.connector.RouteControl;
import be.crmconnector.connector.TemplatedRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link RouteControl} on Camel's route controller and health checks. Every stop and start is written to the log
 * with who asked: the journal of route changes.
 */
public class CamelRouteControl implements RouteControl {
    private static final Logger LOG = LoggerFactory.getLogger(CamelRouteControl.class);

    private final CamelContext camel;
    private final ConnectorTypes types;

    public CamelRouteControl(CamelContext camel, ConnectorTypes types) {
        this.camel = camel;
        this.types = types;
    }

    @Override
    public List<RouteState> routes(ConnectorDefinition connector) {
        if (!connector.enabled()) {
            return List.of();
        }
        Map<String, HealthCheck.Result> checks = HealthCheckHelper.invoke(camel).stream()
                .collect(Collectors.toMap(r -> r.getCheck().getId(), Function.identity(), (a, b) -> a));
        List<RouteState> states = new ArrayList<>();
        for (String routeId : routeIds(connector)) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
            states.add(state(routeId, status, checks));
        }
        return states;
    }

    private RouteState state(String routeId, ServiceStatus status, Map<String, HealthCheck.Result> checks) {
        String shown = status == null ? "Unknown" : status.name();
        if (camel.getRouteController().isSupervising()) {
            var supervising = camel.getRouteController().supervising();
            if (among(routeId, supervising.getRestartingRoutes()) || among(routeId, supervising.getExhaustedRoutes())) {
                Throwable failure = supervising.getRestartException(routeId);
                return new RouteState(routeId, shown, Health.DOWN, "could not start"
                        + (failure == null ? "" : ": " + RouteFailures.reasonOf(failure)));
            }
        }
        if (status == null || !status.isStarted()) {
            return new RouteState(routeId, shown, Health.UNKNOWN, null);
        }
        for (String check : new String[] {"route:" + routeId, "consumer:" + routeId}) {
            HealthCheck.Result result = checks.get(check);
            if (result != null && result.getState() == HealthCheck.State.DOWN) {
                String reason = result.getError().map(RouteFailures::reasonOf).or(result::getMessage)
                        .orElse(check + " is DOWN");
                return new RouteState(routeId, shown, Health.DOWN, reason);
            }
        }
        return new RouteState(routeId, shown, Health.UP, null);
    }

    @Override
    public void stop(ConnectorDefinition connector, String by) {
        for (String routeId : routeIds(connector)) {
            try {
                camel.getRouteController().stopRoute(routeId);
            } catch (Exception e) {
                throw new IllegalStateException("Route " + routeId + " could not be stopped: "
                        + RouteFailures.reasonOf(e), e);
            }
            LOG.info("Route {} of connector {} stopped by {}", routeId, connector.id(), by);
        }
    }

    @Override
    public void start(ConnectorDefinition connector, String by) {
        for (String routeId : routeIds(connector)) {
            try {
                camel.getRouteController().startRoute(routeId);
            } catch (Exception e) {
                throw new IllegalStateException("Route " + routeId + " could not be started: "
                        + RouteFailures.reasonOf(e), e);
            }
            LOG.info("Route {} of connector {} started by {}", routeId, connector.id(), by);
        }
    }

    private List<String> routeIds(ConnectorDefinition connector) {
        if (!connector.enabled()) {
            throw new IllegalStateException("Connector " + connector.id() + " is disabled: it has no routes");
        }
        return types.of(connector).routes(connector).stream().map(TemplatedRoute::routeId)
                .filter(id -> camel.getRoute(id) != null).toList();
    }

    private static boolean among(String routeId, Collection<org.apache.camel.Route> routes) {
        return routes.stream().anyMatch(r -> routeId.equals(r.getRouteId()));
    }

    /** Why a route failed, without any URL (it may carry a secret). */
    static final class RouteFailures {
        private RouteFailures() {
        }

        static String reasonOf(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = Optional.ofNullable(root.getMessage()).map(m -> ": " + m).orElse("");
            return (root.getClass().getSimpleName() + message).replaceAll("[a-z][a-z0-9+.-]*://\\S+", "<url>");
        }
    }
}
