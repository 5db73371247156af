package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.sources.salesforce.SalesforcePauses;
import be.crmconnector.sources.salesforce.SalesforceSettings;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /actuator/health/salesforce/<connector-id>}: state PAUSED with the time it resumes while the org's daily API limit
 * is used up, the API usage Salesforce last reported, and the age and end of the last sync. A failing CRM is
 * reported here but never turns the service's own health DOWN.
 */
@Component("salesforce")
public class SalesforceHealth implements CompositeHealthContributor {
    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();

    public SalesforceHealth(ConnectorRegistry connectors, RunRepository runs, SalesforceSync sync, Clock clock) {
        connectors.all().stream().filter(c -> c.has(SalesforceSettings.class) && c.enabled())
                .forEach(c -> indicators.put(c.id(), () -> health(c.id(), runs, sync.pauses(), clock)));
    }

    static Health health(String connectorId, RunRepository runs, SalesforcePauses pauses, Clock clock) {
        Optional<Instant> success = runs.lastSuccessfulSync(connectorId);
        Optional<Instant> pausedUntil = pauses.pausedUntil(connectorId);
        // A state detail, not a status of its own: an unknown status would rank above UP and DOWN in the aggregate.
        Health.Builder builder = (success.isPresent() ? Health.up() : Health.unknown())
                .withDetail("state", pausedUntil.isPresent() ? "PAUSED" : "ACTIVE");
        pausedUntil.ifPresent(until -> builder.withDetail("resumesAt", until.toString()));
        builder.withDetail("lastSuccessfulSync", success.map(Instant::toString).orElse("never"));
        success.ifPresent(when -> builder.withDetail("ageSeconds", Duration.between(when, clock.instant()).toSeconds()));
        pauses.apiUsage(connectorId).ifPresent(usage -> builder.withDetail("apiUsage", usage));
        runs.latest(connectorId, TriggerKind.SYNC).ifPresent(last -> {
            builder.withDetail("lastSyncStatus", last.status().name());
            if (last.statusReason() != null) {
                builder.withDetail("lastSyncReason", last.statusReason());
            }
        });
        return builder.build();
    }

    @Override
    public HealthContributor getContributor(String name) {
        return indicators.get(name);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return indicators.entrySet().stream()
                .map(e -> NamedContributor.<HealthContributor>of(e.getKey(), e.getValue())).iterator();
    }
}
