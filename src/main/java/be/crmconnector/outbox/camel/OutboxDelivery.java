package be.crmconnector.outbox.camel;

import be.crmconnector.history.ErrorReport;
import be.crmconnector.outbox.Invitations;
import be.crmconnector.outbox.Outbox;
import be.crmconnector.outbox.OutboxMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the delivery route calls: claim due messages, turn one into a mail or a Slack call, and mark it sent or
 * failed. The webhook URL is a secret: it is resolved here, put in a header the HTTP endpoint reads, and kept out of
 * every error recorded or logged.
 */
public class OutboxDelivery {
    static final String MESSAGE = "outboxMessage";
    static final String CHANNEL = "outboxChannel";
    static final String LOGGED_ONLY = "outboxLoggedOnly";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final Invitations invitations;
    private final ErrorReport reports;
    private final Environment environment;
    private final Clock clock;
    private final String instance;
    private final int batch;
    /** Where mail would go, for the log of delivery mode {@code log}: {@code host:port}. */
    private final String smtpTarget;

    public OutboxDelivery(Outbox outbox, Invitations invitations, ErrorReport reports, Environment environment,
                          Clock clock, String instance, int batch, String smtpTarget) {
        this.smtpTarget = smtpTarget;
        this.outbox = outbox;
        this.invitations = invitations;
        this.reports = reports;
        this.environment = environment;
        this.clock = clock;
        this.instance = instance;
        this.batch = batch;
    }

    /** The due messages this instance now holds; none while the store does not answer (the next poll tries again). */
    public List<OutboxMessage> claim() {
        try {
            return outbox.claimDue(instance, batch, clock.instant());
        } catch (org.springframework.dao.DataAccessException unreachable) {
            LOG.warn("Outbox not polled: the store did not answer ({})", unreachable.getClass().getSimpleName());
            return List.of();
        }
    }

    /** Sets the exchange up for the message's channel: mail headers and text, or the Slack JSON and its URL. */
    public void prepare(Exchange exchange) throws Exception {
        OutboxMessage message = exchange.getIn().getBody(OutboxMessage.class);
        exchange.setProperty(MESSAGE, message);
        exchange.setProperty(CHANNEL, message.channel().name());
        var in = exchange.getIn();
        in.getHeaders().clear();
        if (message.channel() == OutboxMessage.Channel.MAIL) {
            in.setHeader("To", message.recipient());
            in.setHeader("Subject", message.subject());
            in.setHeader("Content-Type", "text/plain; charset=UTF-8");
            in.setBody(message.body());
            if (message.attachReportOf() != null) {
                attachReport(exchange, message.attachReportOf());
            }
        } else {
            in.setHeader(Exchange.HTTP_URI, environment.resolveRequiredPlaceholders(message.recipient()));
            in.setHeader(Exchange.HTTP_METHOD, "POST");
            in.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
            in.setBody(JSON.writeValueAsString(Map.of("text", message.body())).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void attachReport(Exchange exchange, long runId) {
        StringWriter report = new StringWriter();
        reports.write(runId, null, report); // masked: no national number leaves in it
        exchange.getIn(AttachmentMessage.class).addAttachment("run-" + runId + "-errors.csv", new DataHandler(
                new ByteArrayDataSource(report.toString().getBytes(StandardCharsets.UTF_8), "text/csv")));
    }

    /** Delivery mode {@code log}: says where the message would go, and sends nothing. */
    public void logOnly(Exchange exchange) {
        OutboxMessage message = exchange.getProperty(MESSAGE, OutboxMessage.class);
        exchange.setProperty(LOGGED_ONLY, true);
        LOG.info("Outbox message {} ({} {}) not sent (crm.outbox.delivery=log): it would go {}", message.id(),
                message.channel(), message.kind(), message.channel() == OutboxMessage.Channel.MAIL
                        ? "by SMTP (" + smtpTarget + ") to " + message.recipient().split(",").length
                        + " recipient(s), subject '" + message.subject() + "'"
                        : "to the Slack webhook " + message.recipient());
    }

    public void sent(Exchange exchange) {
        OutboxMessage message = exchange.getProperty(MESSAGE, OutboxMessage.class);
        if (exchange.getProperty(LOGGED_ONLY, false, Boolean.class)) {
            invitations.loggedOnly(message, instance, clock.instant());
            return;
        }
        invitations.delivered(message, instance, clock.instant());
        LOG.info("Outbox message {} ({} {}) sent", message.id(), message.channel(), message.kind());
    }

    public void failed(Exchange exchange) {
        OutboxMessage message = exchange.getProperty(MESSAGE, OutboxMessage.class);
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String description = describe(error);
        if (message == null) {
            LOG.warn("Outbox message could not be prepared: {}", description);
            return;
        }
        boolean givenUp = invitations.failed(message, instance, description, clock.instant());
        LOG.warn("Outbox message {} ({} {}) not sent ({}); {}", message.id(), message.channel(), message.kind(),
                description, givenUp ? "given up after its last attempt" : "it will be tried again");
    }

    /**
     * A plain description of a failure that never holds the webhook URL: HTTP errors by status code only, other
     * errors by class and the message of their root cause, with any URL cut out.
     */
    static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        if (error instanceof HttpOperationFailedException http) {
            return "HTTP " + http.getStatusCode();
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.replaceAll("https?://\\S+", "<url>");
    }
}
