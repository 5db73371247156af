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
 * A connector's route going down, or back up: a message to the connector's recipients (events ROUTE_DOWN and
 * ROUTE_UP of its {@code notifications} block), through the outbox like a run's end. Who noticed it (the route watch)
 * is Camel's business; what is said, and to whom, is decided here.
 */
public class RouteAlerts {
    private final Outbox outbox;
    private final MailTemplates templates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    public RouteAlerts(Outbox outbox, MailTemplates templates, TransactionTemplate transactions, Clock clock,
                       String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The route stopped working: {@code reason} as the health check said it (masked here). */
    public void down(ConnectorDefinition connector, String routeId, String reason, Instant since) {
        tell(connector, "ROUTE_DOWN", routeId, reason, since);
    }

    public void up(ConnectorDefinition connector, String routeId, Instant since) {
        tell(connector, "ROUTE_UP", routeId, null, since);
    }

    private void tell(ConnectorDefinition connector, String event, String routeId, String reason, Instant since) {
        Notifications settings = connector.notifications();
        if (!settings.notifies(event)) {
            return;
        }
        boolean down = event.equals("ROUTE_DOWN");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("connectorId", connector.id());
        values.put("connectorTitle", connector.title());
        values.put("headline", down ? "route " + routeId + " is DOWN" : "route " + routeId + " is back UP");
        values.put("routeId", routeId);
        values.put("since", since.toString());
        // A health check's message may quote a path, a host or a value read: masked like every outgoing text.
        values.put("reason", reason == null || reason.isBlank() ? "-" : Masking.nationalNumbersIn(reason));
        values.put("down", down);
        values.put("healthLink", baseUrl + "/actuator/health");
        MailTemplates.Text mail = templates.render("route-event", Locale.ENGLISH, values);
        String slack = connector.title() + ": " + values.get("headline") + " since " + since + ". Reason: "
                + values.get("reason") + " " + values.get("healthLink");
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
