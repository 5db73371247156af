package be.crmconnector.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Outbound messages (run notifications, invitations): how the outbox is delivered.
 *
 * @param delivery     {@code smtp} (send mail by SMTP, Slack by HTTP) or {@code log} (log where each would go)
 * @param baseUrl      the service's address as people reach it, for the link to a run in a message
 * @param from         sender address of the mails
 * @param smtpHost     SMTP server (docker-compose: Mailpit)
 * @param smtpPort     its port
 * @param templatesDir folder of editable mail templates; one missing there is taken from the built-in ones
 * @param pollInterval how often due messages are looked for
 * @param firstRetry   wait after a failed attempt, doubled after each further one, up to {@code maxRetry}
 * @param maxAttempts  attempts before a message is FAILED for good
 * @param lease        how long a claimed message is left to its sender before another instance may take it
 * @param routeWatchInterval how often the connectors' routes are looked at for ROUTE_DOWN / ROUTE_UP messages
 * @param routeDownAfter how long a route must be seen down at every look before a ROUTE_DOWN message goes, and
 *                       seen up again at every look before its ROUTE_UP message goes
 */
@ConfigurationProperties(prefix = "crm.outbox")
public record OutboxProperties(String delivery, String baseUrl, String from, String smtpHost, Integer smtpPort,
                               Path templatesDir, Duration pollInterval, Duration firstRetry, Duration maxRetry,
                               Integer maxAttempts, Duration lease, Duration routeWatchInterval,
                               Duration routeDownAfter) {
    public OutboxProperties {
        delivery = delivery == null ? "log" : delivery;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl;
        from = from == null ? "crm-connector@localhost" : from;
        smtpHost = smtpHost == null ? "localhost" : smtpHost;
        smtpPort = smtpPort == null ? 1025 : smtpPort;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(10) : maxRetry;
        maxAttempts = maxAttempts == null ? 50 : maxAttempts;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        routeWatchInterval = routeWatchInterval == null ? Duration.ofSeconds(30) : routeWatchInterval;
        routeDownAfter = routeDownAfter == null ? Duration.ofMinutes(1) : routeDownAfter;
    }
}
