package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.RunRepository;
import be.crmconnector.sources.http.camel.SyncHealthGroup;
import be.crmconnector.sources.salesforce.SalesforcePauses;
import be.crmconnector.sources.salesforce.SalesforceSettings;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /actuator/health/salesforce/<connector-id>}: state PAUSED with the time it resumes while the org's daily API limit
 * is used up, the API usage Salesforce last reported, and the age and end of the last sync. A failing CRM is
 * reported here but never turns the service's own health DOWN.
 */
@Component("salesforce")
public class SalesforceHealth extends SyncHealthGroup {

    public SalesforceHealth(ConnectorRegistry connectors, RunRepository runs, SalesforceSync sync, Clock clock) {
        super(connectors, SalesforceSettings.class, connectorId -> health(connectorId, runs, sync.pauses(), clock));
    }

    static Health health(String connectorId, RunRepository runs, SalesforcePauses pauses, Clock clock) {
        Optional<Instant> success = runs.lastSuccessfulSync(connectorId);
        Optional<Instant> pausedUntil = pauses.pausedUntil(connectorId);
        // A state detail, not a status of its own: an unknown status would rank above UP and DOWN in the aggregate.
        Health.Builder builder = (success.isPresent() ? Health.up() : Health.unknown())
                .withDetail("state", pausedUntil.isPresent() ? "PAUSED" : "ACTIVE");
        pausedUntil.ifPresent(until -> builder.withDetail("resumesAt", until.toString()));
        withLastSuccess(builder, success, clock);
        pauses.apiUsage(connectorId).ifPresent(usage -> builder.withDetail("apiUsage", usage));
        return withLastSync(builder, connectorId, runs).build();
    }
}
