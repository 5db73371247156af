package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.RouteControl;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A connector's routes as they run, and stopping or starting them (ADMIN only, each change written to the log with
 * who asked). A stopped route stays stopped until started again or the service restarts.
 */
@RestController
@RequestMapping("/api/connectors/{id}")
public class ConnectorRouteController {
    private final ConnectorRegistry connectors;
    private final RouteControl routes;

    public ConnectorRouteController(ConnectorRegistry connectors, RouteControl routes) {
        this.connectors = connectors;
        this.routes = routes;
    }

    @GetMapping("/routes")
    public List<RouteControl.RouteState> routes(@PathVariable String id) {
        return routes.routes(find(id));
    }

    @PostMapping("/stop")
    public List<RouteControl.RouteState> stop(@PathVariable String id, Authentication user) {
        ConnectorDefinition connector = find(id);
        routes.stop(connector, "user:" + user.getName());
        return routes.routes(connector);
    }

    @PostMapping("/start")
    public List<RouteControl.RouteState> start(@PathVariable String id, Authentication user) {
        ConnectorDefinition connector = find(id);
        routes.start(connector, "user:" + user.getName());
        return routes.routes(connector);
    }

    private ConnectorDefinition find(String id) {
        return connectors.find(id).orElseThrow(() -> new NoSuchElementException("No connector " + id));
    }
}
