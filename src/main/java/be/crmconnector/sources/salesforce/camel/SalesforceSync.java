package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.RunDriftRepository;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.BackgroundSyncs;
import be.crmconnector.outbox.ConnectorAlerts;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.cursor.ChangeCursors;
import be.crmconnector.sources.salesforce.AccountReader;
import be.crmconnector.sources.salesforce.SalesforceCallException;
import be.crmconnector.sources.salesforce.SalesforcePauses;
import be.crmconnector.sources.salesforce.SalesforceSettings;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One sync of a {@code salesforce} connector = one run. Every page is read first (through {@link SalesforceClient}
 * and the connector's routes), then handed whole to the import pipeline, so a sync is applied whole or not at all.
 * Incremental by default: accounts changed since the cursor minus the overlap (see {@link ChangeCursors}), deleted
 * ones included and listed ONLY_IN_STORE for the connector's policy; the first run and {@code mode=full} read every
 * account, and a {@code mode=full} run records its drift from the store ({@link RunDriftRepository}). One sync per connector at a time. When the org's daily API limit is used up (403 REQUEST_LIMIT_EXCEEDED)
 * the run ends with nothing applied, the connector is PAUSED (see {@link SalesforceHealth}) and a new sync starts by
 * itself once the pause ({@code crm.salesforce.limit-pause}) is over. The pause is kept in the store: a restart before
 * its end keeps the connector paused, with no call to Salesforce and no second notification.
 */
@Component("salesforceSync")
public class SalesforceSync implements ConnectorSyncs, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceSync.class);

    private final ConnectorRegistry connectors;
    private final ImportService imports;
    private final ProducerTemplate producer;
    private final ChangeCursors cursors;
    private final BackgroundSyncs syncs;
    private final ConnectorAlerts alerts;
    private final RunDriftRepository drifts;
    /** How soon the pauses are read again when the store did not answer at start-up. */
    private static final Duration STORE_RETRY = Duration.ofSeconds(30);

    private final Clock clock = Clock.systemUTC();
    private final SalesforcePauses pauses;
    private final Duration limitPause;
    private final ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "salesforce-resume");
        thread.setDaemon(true);
        return thread;
    });

    public SalesforceSync(ConnectorRegistry connectors, ImportService imports, ProducerTemplate producer,
                          RunRepository runs, JdbcTemplate store, ConnectorAlerts alerts, RunDriftRepository drifts,
                          @Value("${crm.salesforce.limit-pause:PT1H}") Duration limitPause) {
        this.connectors = connectors;
        this.drifts = drifts;
        this.alerts = alerts;
        this.limitPause = limitPause;
        this.imports = imports;
        this.producer = producer;
        this.cursors = new ChangeCursors(store);
        this.pauses = new SalesforcePauses(store, clock);
        this.syncs = new BackgroundSyncs("salesforce-sync-", imports, runs);
    }

    @Override
    public boolean supports(ConnectorDefinition connector) {
        return connector.has(SalesforceSettings.class);
    }

    /** Called by the connector's schedule route: an incremental sync. */
    @Handler
    public void scheduled(@Header("crmConnectorId") String connectorId) {
        startScheduled(connectorId, false);
    }

    /** Called by the connector's full-schedule route: a full sync, which reports drift on its run. */
    public void scheduledFull(@Header("crmConnectorId") String connectorId) {
        startScheduled(connectorId, true);
    }

    private void startScheduled(String connectorId, boolean full) {
        String what = full ? "full sync" : "sync";
        if (pauses.pausedUntil(connectorId).isPresent()) {
            LOG.info("Scheduled {} of {} skipped: paused until {}", what, connectorId,
                    pauses.pausedUntil(connectorId).get());
            return;
        }
        long runId = start(connectors.find(connectorId).orElseThrow(), full);
        LOG.info("Scheduled {} of {}: run {}", what, connectorId, runId);
    }

    @Override
    public long start(ConnectorDefinition connector) {
        return start(connector, false);
    }

    @Override
    public long start(ConnectorDefinition connector, boolean full) {
        if (!supports(connector)) {
            throw new IllegalArgumentException("Connector " + connector.id() + " is not a salesforce connector");
        }
        return syncs.start(connector.id(), sourceName(full), runId -> sync(connector, runId, full));
    }

    /** Reads every page, then imports; a failure ends the run FAILED with a plain reason, nothing applied. */
    public RunOutcome sync(ConnectorDefinition connector, long runId, boolean full) {
        SalesforceSettings settings = connector.settings(SalesforceSettings.class);
        Instant from = full ? null : cursors.readFrom(connector.id(), settings.overlap()).orElse(null);
        var paused = pauses.pausedUntil(connector.id());
        if (paused.isPresent()) {
            return imports.failOpened(runId, "Connector " + connector.id() + " is paused until " + paused.get()
                    + ": the daily API limit of the Salesforce org is used up. It resumes by itself; nothing was "
                    + "applied.");
        }
        SalesforceClient client = new SalesforceClient(producer, connector.id());
        try {
            AccountReader.Result read = new AccountReader(client, settings, clock).read(from,
                    from == null ? java.util.Set.of() : cursors.seenSince(connector.id(), from));
            pauses.noteUsage(connector.id(), client.limitInfo()); // shown before the run ends, not after
            String notes = client.calls() + " call(s), " + client.tokens()
                    + " token(s)" + (client.limitInfo() == null ? "" : ", " + client.limitInfo())
                    + "; cursor before " + (from == null ? "none" : from.plus(settings.overlap()))
                    + ", after " + read.highWater().map(Instant::toString).orElse("unchanged");
            RunOutcome outcome = imports.importOpened(runId, new ImportService.Submission(connector.id(),
                    TriggerKind.SYNC, sourceName(from == null), null, read.source().withNotes(notes)));
            // Noted whatever the outcome: it only counts once this run is applied, now or after a review.
            read.highWater().ifPresent(mark -> cursors.noteRead(connector.id(), runId, mark));
            cursors.noteSeen(connector.id(), runId, read.nearHighWater());
            if (full && !outcome.rejected()) {
                // Only an asked-for full run compares against what the incremental runs left: a first run has no past.
                var drift = drifts.record(runId, connector.id());
                LOG.info("Full sync run {} of {}: drift {} missed, {} differing, {} only in store", runId,
                        connector.id(), drift.missedCount(), drift.differingCount(), drift.onlyInStoreCount());
            }
            return outcome;
        } catch (SalesforceCallException.AuthenticationFailed e) {
            LOG.warn("Sync run {} of {}: {}", runId, connector.id(), e.getMessage());
            return imports.failOpened(runId, e.getMessage() + ". Nothing was applied.");
        } catch (SalesforceCallException.LimitExceeded e) {
            pauses.noteUsage(connector.id(), client.limitInfo()); // kept with the pause, for the health after a restart
            Instant until = pause(connector);
            alerts.paused(connector, "Salesforce answered " + e.getMessage(), until);
            LOG.warn("Sync run {} of {}: {}; paused until {}", runId, connector.id(), e.getMessage(), until);
            return imports.failOpened(runId, "Salesforce: " + e.getMessage() + ". Connector " + connector.id()
                    + " is paused until " + until + " and then resumes by itself. Nothing was applied.");
        } catch (SalesforceCallException e) {
            LOG.warn("Sync run {} of {} failed: {}", runId, connector.id(), e.getMessage());
            return imports.failOpened(runId, "Salesforce could not be read, even after retries: " + e.getMessage()
                    + ". Nothing was applied.");
        } catch (RuntimeException e) {
            LOG.warn("Sync run {} of {} stopped by an internal error", runId, connector.id(), e);
            return imports.failOpened(runId, "Stopped by an internal error (" + e.getClass().getSimpleName()
                    + "); nothing was applied.");
        } finally {
            pauses.noteUsage(connector.id(), client.limitInfo());
        }
    }

    /** Pauses the connector (in the store, so that it outlives a restart) and plans the sync that resumes it. */
    private Instant pause(ConnectorDefinition connector) {
        // Whole milliseconds: the time read back from the store after a restart is the one notified and shown.
        Instant until = clock.instant().plus(limitPause).truncatedTo(ChronoUnit.MILLIS);
        pauses.pause(connector.id(), until);
        planResume(connector.id(), until);
        return until;
    }

    /**
     * At start-up: the pauses a previous run of the service left are resumed when they end (at once when over
     * already), by this node; no call reaches Salesforce before.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeAfterRestart() {
        Map<String, Instant> stored;
        try {
            stored = pauses.stored();
        } catch (DataAccessException e) {
            // The service starts without its store (it migrates once the store answers): ask again later, and
            // meanwhile a scheduled sync reads the pause from the store before any call, or fails without one.
            LOG.warn("Salesforce pauses not read at start-up ({}); trying again in {}", e.getClass().getSimpleName(),
                    STORE_RETRY);
            resumer.schedule(this::resumeAfterRestart, STORE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        stored.forEach((connectorId, until) -> {
            LOG.info("Connector {} is paused until {} (daily API limit): it resumes by itself then", connectorId,
                    until);
            planResume(connectorId, until);
        });
    }

    private void planResume(String connectorId, Instant until) {
        long delay = Math.max(0, Duration.between(clock.instant(), until).toMillis());
        resumer.schedule(() -> resume(connectorId, until), delay, TimeUnit.MILLISECONDS);
    }

    /** Ends the pause and syncs, unless another node did, or the connector is gone or no Salesforce one any more. */
    private void resume(String connectorId, Instant until) {
        boolean ours;
        try {
            ours = pauses.resume(connectorId, until);
        } catch (DataAccessException e) {
            // A task of the executor that throws is never run again: the pause would stay until the next start.
            LOG.warn("Pause of {} not ended ({}); trying again in {}", connectorId, e.getClass().getSimpleName(),
                    STORE_RETRY);
            resumer.schedule(() -> resume(connectorId, until), STORE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (!ours) {
            return;
        }
        connectors.find(connectorId).filter(this::supports).ifPresentOrElse(
                connector -> LOG.info("Connector {} resumes after its API limit pause: run {}", connectorId,
                        start(connector)),
                () -> LOG.info("Pause of {} ended; it is no Salesforce connector any more", connectorId));
    }

    /** Paused connectors and the API usage each last saw. */
    public SalesforcePauses pauses() {
        return pauses;
    }

    private static String sourceName(boolean full) {
        return "Salesforce Accounts" + (full ? " (full)" : " (incremental)");
    }

    @Override
    public void destroy() {
        resumer.shutdownNow();
        syncs.close();
    }
}
