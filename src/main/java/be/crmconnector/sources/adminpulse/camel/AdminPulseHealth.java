package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.RunRepository;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.sources.http.camel.SyncHealthGroup;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /actuator/health/adminpulse/<connector-id>}: the age of each AdminPulse connector's last successful sync
 * and how its last sync ended. A failing CRM is reported here, with its reason, but never turns the service's own
 * health DOWN: the other connectors keep working.
 */
@Component("adminpulse")
public class AdminPulseHealth extends SyncHealthGroup {

    public AdminPulseHealth(ConnectorRegistry connectors, RunRepository runs, Clock clock) {
        super(connectors, AdminPulseSettings.class, connectorId -> health(connectorId, runs, clock));
    }

    static Health health(String connectorId, RunRepository runs, Clock clock) {
        Optional<Instant> success = runs.lastSuccessfulSync(connectorId);
        Health.Builder builder = success.isPresent() ? Health.up() : Health.unknown();
        withLastSuccess(builder, success, clock);
        return withLastSync(builder, connectorId, runs).build();
    }
}
