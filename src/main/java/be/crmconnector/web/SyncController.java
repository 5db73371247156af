package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.NoSuchElementException;

/** "Sync now" for API connectors, and the catalogue of their parameters. */
@RestController
public class SyncController {
    private final ConnectorRegistry connectors;
    private final List<ConnectorSyncs> syncs;

    public SyncController(ConnectorRegistry connectors, List<ConnectorSyncs> syncs) {
        this.connectors = connectors;
        this.syncs = syncs;
    }

    /** The run a sync opened; follow it at {@code GET /api/runs/{runId}}. */
    public record SyncStarted(long runId, String connectorId, String run) {
    }

    @PostMapping("/api/connectors/{id}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public SyncStarted syncNow(@PathVariable String id, @RequestParam(required = false) String mode) {
        ConnectorDefinition connector = connectors.find(id)
                .orElseThrow(() -> new NoSuchElementException("No connector " + id));
        if (!connector.enabled()) {
            throw new IllegalStateException("Connector " + id + " is disabled");
        }
        ConnectorSyncs sync = syncs.stream().filter(s -> s.supports(connector)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Connector " + id + " (" + connector.type()
                        + ") is not synced from an API; drop or upload a file instead"));
        if (mode != null && !mode.equals("full")) {
            throw new IllegalArgumentException("Unknown mode; the only mode is full");
        }
        long runId = mode == null ? sync.start(connector) : sync.start(connector, true);
        return new SyncStarted(runId, id, "/api/runs/" + runId);
    }

}
