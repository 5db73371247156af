package be.crmconnector.sources.filedrop;

import be.crmconnector.connector.ConnectorHealthGroup;
import be.crmconnector.connector.ConnectorRegistry;
import org.springframework.boot.actuate.health.Health;

/**
 * Health per file connector ({@code /actuator/health/filedrop/<connector-id>}): DOWN while a dropped file whose run is
 * decided cannot be archived, naming the run and the reason, so that someone frees the folder before it fills up.
 */
public class FileDropHealth extends ConnectorHealthGroup {

    public FileDropHealth(ConnectorRegistry connectors, ArchiveFailures failures) {
        super(connectors, FileDropSettings.class, connectorId -> failures.of(connectorId)
                .map(f -> Health.down().withDetail("archive", "failing").withDetail("runId", f.runId())
                        .withDetail("reason", f.reason()).withDetail("since", f.since().toString()).build())
                .orElseGet(() -> Health.up().build()));
    }
}
