package be.crmconnector.web;

import be.crmconnector.connector.ConnectionCheck;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** "Test connection": whether a connector's source can be reached and how its columns map; reads no data. */
@RestController
public class ConnectionTestController {
    private final ConnectorRegistry connectors;
    private final ObjectProvider<ConnectionCheck> checks;

    public ConnectionTestController(ConnectorRegistry connectors, ObjectProvider<ConnectionCheck> checks) {
        this.connectors = connectors;
        this.checks = checks;
    }

    @PostMapping("/api/connectors/{id}/test")
    public Map<String, Object> test(@PathVariable String id) {
        ConnectorDefinition connector = connectors.find(id)
                .orElseThrow(() -> new NoSuchElementException("No connector " + id));
        ConnectionCheck check = checks.orderedStream().filter(c -> c.supports(connector)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Connector " + id + " (" + connector.type()
                        + ") has no connection to test"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("connectorId", id);
        report.putAll(check.check(connector));
        return report;
    }
}
