package be.crmconnector.sources.http.camel;

import be.crmconnector.connector.ConnectorHealthGroup;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import org.springframework.boot.actuate.health.Health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /actuator/health/<type>/<connector-id>}: one health indicator per enabled connector of a type (see
 * {@link ConnectorHealthGroup}), with the details every synced source reports (its last success and how its last
 * sync ended). Shared so that all synced sources answer in the same words a monitor can rely on; each type adds its
 * own details (a pause, an API usage) and its status.
 */
public abstract class SyncHealthGroup extends ConnectorHealthGroup {

    protected SyncHealthGroup(ConnectorRegistry connectors, Class<? extends ConnectorSettings> type,
                              Function<String, Health> health) {
        super(connectors, type, health);
    }

    /** {@code lastSuccessfulSync} (or "never") and, after a success, its {@code ageSeconds}. */
    public static Health.Builder withLastSuccess(Health.Builder builder, Optional<Instant> success, Clock clock) {
        builder.withDetail("lastSuccessfulSync", success.map(Instant::toString).orElse("never"));
        success.ifPresent(when -> builder.withDetail("ageSeconds", Duration.between(when, clock.instant()).toSeconds()));
        return builder;
    }

    /** {@code lastSyncStatus} and {@code lastSyncReason} of the connector's latest sync, if it had one. */
    public static Health.Builder withLastSync(Health.Builder builder, String connectorId, RunRepository runs) {
        runs.latest(connectorId, TriggerKind.SYNC).ifPresent(last -> {
            builder.withDetail("lastSyncStatus", last.status().name());
            if (last.statusReason() != null) {
                builder.withDetail("lastSyncReason", last.statusReason());
            }
        });
        return builder;
    }
}
