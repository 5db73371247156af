package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /actuator/health/adminpulse/<connector-id>}: the age of each AdminPulse connector's last successful sync
 * and how its last sync ended. A failing CRM is reported here, with its reason, but never turns the service's own
 * health DOWN: the other connectors keep working.
 */
@Component("adminpulse")
public class AdminPulseHealth implements CompositeHealthContributor {
    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();

    public AdminPulseHealth(ConnectorRegistry connectors, JdbcTemplate jdbc, Clock clock) {
        connectors.all().stream().filter(c -> c.has(AdminPulseSettings.class) && c.enabled())
                .forEach(c -> indicators.put(c.id(), () -> health(c.id(), jdbc, clock)));
    }

    static Health health(String connectorId, JdbcTemplate jdbc, Clock clock) {
        List<Timestamp> success = jdbc.queryForList("SELECT MAX(COALESCE(finished_at, staged_at)) FROM import_run "
                + "WHERE connector_id = ? AND trigger_kind = 'SYNC' "
                + "AND status IN ('COMPLETED', 'COMPLETED_WITH_ERRORS', 'AWAITING_APPROVAL')", Timestamp.class, connectorId);
        List<Map<String, Object>> last = jdbc.queryForList("SELECT status, status_reason FROM import_run "
                + "WHERE connector_id = ? AND trigger_kind = 'SYNC' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", connectorId);
        Health.Builder builder = Health.up();
        Timestamp at = success.isEmpty() ? null : success.get(0);
        if (at == null) {
            builder = Health.unknown().withDetail("lastSuccessfulSync", "never");
        } else {
            Instant when = at.toInstant();
            builder.withDetail("lastSuccessfulSync", when.toString())
                    .withDetail("ageSeconds", Duration.between(when, clock.instant()).toSeconds());
        }
        if (!last.isEmpty()) {
            builder.withDetail("lastSyncStatus", String.valueOf(last.get(0).get("STATUS") != null
                    ? last.get(0).get("STATUS") : last.get(0).get("status")));
            Object reason = last.get(0).get("STATUS_REASON") != null ? last.get(0).get("STATUS_REASON")
                    : last.get(0).get("status_reason");
            if (reason != null) {
                builder.withDetail("lastSyncReason", reason);
            }
        }
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
