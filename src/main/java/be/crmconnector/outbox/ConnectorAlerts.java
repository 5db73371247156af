package be.crmconnector.outbox;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.Notifications;
import be.crmconnector.model.Masking;
import be.crmconnector.outbox.OutboxMessage.Channel;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What happens to a connector between runs — its route going down or back up, its source pausing it on an API
 * limit — as a message to the connector's recipients (events ROUTE_DOWN, ROUTE_UP and PAUSED of its
 * {@code notifications} block), through the outbox like a run's end. Who noticed it (the route watch, a sync) is
 * the edge's business; what is said, and to whom, is decided here.
 */
public class ConnectorAlerts {
    private final Outbox outbox;
    private final MailTemplates templates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    public ConnectorAlerts(Outbox outbox, MailTemplates templates, TransactionTemplate transactions, Clock clock,
                           String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The route stopped working: {@code reason} as the health check said it (masked here). */
    public void down(ConnectorDefinition connector, String routeId, String reason, Instant since) {
        Map<String, Object> values = values(connector, "route " + routeId + " is DOWN", reason, since);
        values.put("routeId", routeId);
        values.put("down", true);
        tell(connector, "ROUTE_DOWN", "route-event", values);
    }

    public void up(ConnectorDefinition connector, String routeId, Instant since) {
        Map<String, Object> values = values(connector, "route " + routeId + " is back UP", null, since);
        values.put("routeId", routeId);
        values.put("down", false);
        tell(connector, "ROUTE_UP", "route-event", values);
    }

    /** The source refused more calls for now (an API limit): the connector waits until {@code resumesAt}. */
    public void paused(ConnectorDefinition connector, String reason, Instant resumesAt) {
        Map<String, Object> values = values(connector, "paused until " + resumesAt, reason, clock.instant());
        values.put("resumesAt", resumesAt.toString());
        tell(connector, "PAUSED", "connector-paused", values);
    }

    private Map<String, Object> values(ConnectorDefinition connector, String headline, String reason, Instant since) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("connectorId", connector.id());
        values.put("connectorTitle", connector.title());
        values.put("headline", headline);
        values.put("since", since.toString());
        // A health check's or a source's message may quote a path, a host or a value read: masked like every
        // outgoing text, and cut of URLs (a webhook or a query string may carry a secret).
        values.put("reason", reason == null || reason.isBlank() ? "-"
                : Masking.nationalNumbersIn(reason).replaceAll("[a-z][a-z0-9+.-]*://\\S+", "<url>"));
        values.put("healthLink", baseUrl + "/actuator/health");
        return values;
    }

    private void tell(ConnectorDefinition connector, String event, String template, Map<String, Object> values) {
        Notifications settings = connector.notifications();
        if (!settings.notifies(event)) {
            return;
        }
        MailTemplates.Text mail = templates.render(template, Locale.ENGLISH, values);
        String slack = connector.title() + ": " + values.get("headline") + " (since " + values.get("since")
                + "). Reason: " + values.get("reason") + " " + values.get("healthLink");
        transactions.executeWithoutResult(tx -> {
            if (!settings.mailTo().isEmpty()) {
                outbox.enqueue(OutboxMessage.draft(Channel.MAIL, event, connector.id(), null, null,
                        String.join(",", settings.mailTo()), mail.subject(), mail.body(), null), clock.instant());
            }
            if (settings.slackWebhookReference() != null) {
                outbox.enqueue(OutboxMessage.draft(Channel.SLACK, event, connector.id(), null, null,
                        settings.slackWebhookReference(), null, slack, null), clock.instant());
            }
        });
    }
}
