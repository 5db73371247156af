package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
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
 * {@code /actuator/health/adminpulse/<connector-id>}: the age of each AdminPulse connector's last successful sync
 * and how its last sync ended. A failing CRM is reported here, with its reason, but never turns the service's own
 * health DOWN: the other connectors keep working.
 */
@Component("adminpulse")
public class AdminPulseHealth implements CompositeHealthContributor {
    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();

    public AdminPulseHealth(ConnectorRegistry connectors, RunRepository runs, Clock clock) {
        connectors.all().stream().filter(c -> c.has(AdminPulseSettings.class) && c.enabled())
                .forEach(c -> indicators.put(c.id(), () -> health(c.id(), runs, clock)));
    }

    static Health health(String connectorId, RunRepository runs, Clock clock) {
        Optional<Instant> success = runs.lastSuccessfulSync(connectorId);
        Health.Builder builder = success.map(when -> Health.up().withDetail("lastSuccessfulSync", when.toString())
                        .withDetail("ageSeconds", Duration.between(when, clock.instant()).toSeconds()))
                .orElseGet(() -> Health.unknown().withDetail("lastSuccessfulSync", "never"));
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
