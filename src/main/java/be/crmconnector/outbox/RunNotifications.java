package be.crmconnector.outbox;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.Notifications;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.model.Masking;
import be.crmconnector.outbox.OutboxMessage.Channel;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A run's end or approval request, with its notifications: the run's status and the messages for the connector's
 * recipients are written in one transaction, so that neither exists without the other. Sending is the delivery
 * route's business; an SMTP or Slack outage never touches the run.
 */
public class RunNotifications {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunNotifications.class);
    private final RunRepository runs;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    public RunNotifications(RunRepository runs, Outbox outbox, MailTemplates templates,
                            TransactionTemplate transactions, Clock clock, String baseUrl) {
        this.runs = runs;
        this.outbox = outbox;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Runs {@code statusWrite} (the run's new status) and writes the connector's notifications of it, together. */
    public void withStatus(long runId, ConnectorDefinition connector, Runnable statusWrite) {
        transactions.executeWithoutResult(tx -> {
            statusWrite.run();
            runs.find(runId).ifPresent(run -> notifyOf(run, connector));
        });
    }

    private void notifyOf(ImportRun run, ConnectorDefinition connector) {
        Notifications settings = connector.notifications();
        String event = run.status().name();
        if (!settings.notifies(event)) {
            return;
        }
        Map<String, Object> values = values(run, connector, event);
        MailTemplates.Text mail = render(values);
        Long report = run.counts().invalid() > 0 ? run.id() : null;
        if (!settings.mailTo().isEmpty()) {
            outbox.enqueue(OutboxMessage.draft(Channel.MAIL, "RUN_" + event, connector.id(), run.id(), null,
                    String.join(",", settings.mailTo()), mail.subject(), mail.body(), report), clock.instant());
        }
        if (settings.slackWebhookReference() != null) {
            outbox.enqueue(OutboxMessage.draft(Channel.SLACK, "RUN_" + event, connector.id(), run.id(), null,
                    settings.slackWebhookReference(), null, slackText(values), null), clock.instant());
        }
    }

    /**
     * The mail's text; should an edited template not render, the Slack line's facts instead: a notification never
     * stops the run's status from being written.
     */
    private MailTemplates.Text render(Map<String, Object> values) {
        try {
            return templates.render("run-event", Locale.ENGLISH, values);
        } catch (RuntimeException broken) {
            LOG.warn("Template run-event could not be rendered ({}); the mail carries the plain facts",
                    broken.getClass().getSimpleName());
            return new MailTemplates.Text(values.get("connectorTitle") + ": run " + values.get("runId") + " "
                    + values.get("event"), slackText(values) + "\n");
        }
    }

    private Map<String, Object> values(ImportRun run, ConnectorDefinition connector, String event) {
        RunCounts c = run.counts();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("read", c.read());
        counts.put("newCount", c.newCount());
        counts.put("update", c.update());
        counts.put("unchanged", c.unchanged());
        counts.put("invalid", c.invalid());
        counts.put("duplicateInFile", c.duplicateInFile());
        counts.put("onlyInStore", c.onlyInStore());
        counts.put("applied", c.applied());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("runId", run.id());
        values.put("connectorId", connector.id());
        values.put("connectorTitle", connector.title());
        values.put("event", event);
        // A reason may quote the source (a header, a value): masked, like everything that leaves the store.
        values.put("reason", run.statusReason() == null ? "-" : Masking.nationalNumbersIn(run.statusReason()));
        values.put("counts", counts);
        values.put("runLink", baseUrl + "/api/runs/" + run.id());
        return values;
    }

    /** One short Slack line with the same facts as the mail. */
    private static String slackText(Map<String, Object> v) {
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) v.get("counts");
        return v.get("connectorTitle") + ": run " + v.get("runId") + " " + v.get("event") + " (read " + c.get("read")
                + ", new " + c.get("newCount") + ", updated " + c.get("update") + ", unchanged " + c.get("unchanged")
                + ", invalid " + c.get("invalid") + ", applied " + c.get("applied") + "). " + v.get("reason") + " "
                + v.get("runLink");
    }
}
