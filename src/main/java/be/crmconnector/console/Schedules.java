package be.crmconnector.console;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.sources.sqlview.SqlViewSettings;
import org.springframework.scheduling.support.CronExpression;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** When a connector's schedule (a Spring cron of its settings) syncs it next, in the service's time zone. */
final class Schedules {
    private Schedules() {
    }

    static Optional<Instant> next(ConnectorDefinition connector, Instant now, ZoneId zone) {
        return cron(connector).filter(CronExpression::isValidExpression).map(CronExpression::parse)
                .map(cron -> cron.next(now.atZone(zone))).map(next -> next.toInstant());
    }

    private static Optional<String> cron(ConnectorDefinition connector) {
        if (connector.has(AdminPulseSettings.class)) {
            return Optional.ofNullable(connector.settings(AdminPulseSettings.class).schedule());
        }
        if (connector.has(SqlViewSettings.class)) {
            return Optional.ofNullable(connector.settings(SqlViewSettings.class).schedule());
        }
        return Optional.empty();
    }
}
