package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.staging.StagingPipeline;

import be.crmconnector.apply.ApplyFindings;
import be.crmconnector.apply.ApplySelection;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.Gate;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRejectedException;
import be.crmconnector.outbox.RunNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The one run lifecycle every source goes through: RECEIVED → STAGED → (AWAITING_APPROVAL →) APPLYING →
 * COMPLETED | COMPLETED_WITH_ERRORS, or FAILED, or DUPLICATE, or SUPERSEDED (a newer run of the connector was staged
 * while it waited). Edges (Camel routes, uploads, syncs) call this and nothing else to import.
 */
public class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** The statuses a run can be applied from; APPLYING is resumed (applying is idempotent row by row). */
    private static final Set<RunStatus> APPLICABLE = Set.of(RunStatus.STAGED, RunStatus.AWAITING_APPROVAL,
            RunStatus.APPLYING);

    private final ConnectorRegistry connectors;
    private final RunRepository runs;
    private final StagingPipeline staging;
    private final RunApplier applier;
    private final RunRowRepository rows;
    private final ApplyFindings findings;
    private final Clock clock;
    private final ActiveRuns active;
    /** Writes a run's end (or approval request) with its notifications in one transaction; null: no notifications. */
    private final RunNotifications notifications;
    private final RunStops stops;

    public ImportService(ConnectorRegistry connectors, RunRepository runs, StagingPipeline staging,
                         RunApplier applier, RunRowRepository rows, ApplyFindings findings, Clock clock,
                         ActiveRuns active) {
        this(connectors, runs, staging, applier, rows, findings, clock, active, null);
    }

    public ImportService(ConnectorRegistry connectors, RunRepository runs, StagingPipeline staging,
                         RunApplier applier, RunRowRepository rows, ApplyFindings findings, Clock clock,
                         ActiveRuns active, RunNotifications notifications) {
        this.notifications = notifications;
        this.connectors = connectors;
        this.runs = runs;
        this.staging = staging;
        this.applier = applier;
        this.rows = rows;
        this.findings = findings;
        this.clock = clock;
        this.active = active;
        this.stops = new RunStops(runs, clock);
    }

    /**
     * A source ready to be read, with what identifies its content.
     *
     * @param reimportRequestedBy who asked to import this content again although it was imported before (a user, a
     *                            drop named for it); null for an ordinary import, which the same content makes a
     *                            DUPLICATE
     */
    public record Submission(String connectorId, TriggerKind trigger, String sourceName, String contentSha256,
                             RecordSource source, String reimportRequestedBy) {

        public Submission(String connectorId, TriggerKind trigger, String sourceName, String contentSha256,
                          RecordSource source) {
            this(connectorId, trigger, sourceName, contentSha256, source, null);
        }
    }

    public RunOutcome importSource(Submission submission) {
        ConnectorDefinition connector = connector(submission.connectorId());
        long runId = runs.create(connector.id(), submission.trigger(), submission.sourceName(),
                submission.contentSha256(), submission.reimportRequestedBy(), clock.instant());
        return durably(active.during(runId, () -> {
            if (submission.reimportRequestedBy() != null) {
                LOG.info("Run {} of {}: imported again as asked by {}", runId, connector.id(),
                        submission.reimportRequestedBy());
            } else if (submission.contentSha256() != null) {
                var earlier = runs.findAcceptedWithContent(connector.id(), submission.contentSha256(), runId);
                if (earlier.isPresent()) {
                    runs.markDuplicate(runId, earlier.get(), clock.instant());
                    LOG.info("Run {} of {}: same content as run {}, nothing to do", runId, connector.id(),
                            earlier.get());
                    return new RunOutcome(runId, RunStatus.DUPLICATE, "same content as run " + earlier.get());
                }
            }
            return stageAndGate(runId, connector, submission);
        }));
    }

    /**
     * The outcome, once every commit that made it is on disk: the edge that brought the source may then let it go
     * (move the file out of the inbox), and a crash right after cannot lose the run.
     */
    private RunOutcome durably(RunOutcome outcome) {
        runs.makeDurable();
        return outcome;
    }

    /**
     * Opens a run (RECEIVED) before its source can be read, so that an API sync has an id to report at once and a
     * history entry even when the source never arrives. Continue with {@link #importOpened} or {@link #failOpened}.
     */
    public long open(String connectorId, TriggerKind trigger, String sourceName) {
        ConnectorDefinition connector = connector(connectorId);
        long runId = runs.create(connector.id(), trigger, sourceName, null, clock.instant());
        active.begin(runId); // until importOpened or failOpened
        return runId;
    }

    /** Stages (and applies, unless the gate says otherwise) an opened run whose source has now fully arrived. */
    public RunOutcome importOpened(long runId, Submission submission) {
        try {
            return durably(stageAndGate(runId, connector(submission.connectorId()), submission));
        } finally {
            active.end(runId);
        }
    }

    /** Ends an opened run whose source could not be read: nothing was staged or applied. */
    public RunOutcome failOpened(long runId, String reason) {
        try {
            ending(runId, runs.find(runId).map(ImportRun::connectorId).flatMap(connectors::find).orElse(null),
                    () -> runs.finish(runId, RunStatus.FAILED, reason, 0, clock.instant()));
            LOG.warn("Run {} failed: {}", runId, Masking.nationalNumbersIn(reason));
            return new RunOutcome(runId, RunStatus.FAILED, reason);
        } finally {
            active.end(runId);
        }
    }

    private RunOutcome stageAndGate(long runId, ConnectorDefinition connector, Submission submission) {
        RunCounts counts;
        try {
            counts = staging.stage(runId, connector, submission.source());
        } catch (SourceRejectedException rejected) {
            ending(runId, connector, () -> runs.finish(runId, RunStatus.FAILED, rejected.getMessage(), 0,
                    clock.instant()));
            // A reason may quote the file (a header cell, a value): masked here, whatever the logging set-up.
            LOG.warn("Run {} of {} rejected: {}", runId, connector.id(),
                    Masking.nationalNumbersIn(rejected.getMessage()));
            return new RunOutcome(runId, RunStatus.FAILED, rejected.getMessage());
        } catch (RuntimeException unexpected) {
            stops.stagingStopped(runId, unexpected);
            throw unexpected;
        }
        runs.markStaged(runId, counts, submission.source().readingNotes(), clock.instant());
        LOG.info("Run {} of {} staged: {}", runId, connector.id(), counts);
        List<Long> superseded = runs.supersedeWaiting(connector.id(), runId, clock.instant());
        if (!superseded.isEmpty()) {
            LOG.info("Run {} of {} supersedes the waiting run(s) {}", runId, connector.id(), superseded);
        }
        return gate(runId, connector, counts);
    }

    /**
     * Takes up a run found STAGED with nobody working on it (the service stopped between staging and applying): it
     * goes through its connector's gate as it would have.
     */
    public RunOutcome gateStaged(long runId) {
        ImportRun run = runs.find(runId).orElseThrow(() -> new NoSuchElementException("No run " + runId));
        if (run.status() != RunStatus.STAGED) {
            throw new IllegalStateException("Run " + runId + " is " + run.status() + ", not STAGED");
        }
        return durably(active.during(runId, () -> gate(runId, connector(run.connectorId()), run.counts())));
    }

    private RunOutcome gate(long runId, ConnectorDefinition connector, RunCounts counts) {
        String wait = GateDecision.waitReason(rows, runId, connector, counts);
        if (wait != null) {
            ending(runId, connector, () -> runs.setStatus(runId, RunStatus.AWAITING_APPROVAL, wait));
            LOG.info("Run {} of {} waits for approval: {}", runId, connector.id(), wait);
            return new RunOutcome(runId, RunStatus.AWAITING_APPROVAL, connector.gate() == Gate.REVIEW ? null : wait);
        }
        try {
            return applyClaimed(runId, "connector:" + connector.id(), ApplySelection.EVERYTHING);
        } catch (ApplyStoppedException stopped) {
            // The source was read and staged in full: it is not at fault, and the run now waits for a person.
            return new RunOutcome(runId, RunStatus.AWAITING_APPROVAL, stopped.getMessage());
        }
    }

    /** Applies (or resumes applying) a staged run; safe to call again after a crash. */
    public RunOutcome apply(long runId, String actor) {
        return apply(runId, actor, ApplySelection.EVERYTHING);
    }

    /**
     * Applies the selected rows of a staged or reviewed run. The person's selection is their decision on the run:
     * it ends COMPLETED (or COMPLETED_WITH_ERRORS) with the applied count, and rows left out stay unapplied and
     * are named in the status reason; they cannot be applied later from this run. Changes the store overtook since
     * staging are left as the store holds them and named in the reason too.
     *
     * @throws IllegalStateException  when the run is in no state to be applied (superseded, failed …)
     * @throws ApplyStoppedException when applying stopped at an error; the run waits for approval again
     */
    public RunOutcome apply(long runId, String actor, ApplySelection selection) {
        return durably(active.during(runId, () -> applyClaimed(runId, actor, selection)));
    }

    /** Applies a run this thread has claimed. */
    private RunOutcome applyClaimed(long runId, String actor, ApplySelection selection) {
        ImportRun run = runs.find(runId).orElseThrow(() -> new NoSuchElementException("No run " + runId));
        if (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.COMPLETED_WITH_ERRORS) {
            return new RunOutcome(runId, run.status(), "already applied");
        }
        if (!APPLICABLE.contains(run.status())) {
            throw new IllegalStateException(cannotApply(run));
        }
        ConnectorDefinition connector = connector(run.connectorId());
        new SelectionCheck(rows, RunApplier.applicableBuckets(connector)).check(runId, selection);
        // Checked and set in one statement: a newer run superseding this one meanwhile wins, or loses, whole.
        if (!runs.transition(runId, APPLICABLE, RunStatus.APPLYING, null)) {
            throw new IllegalStateException(cannotApply(runs.find(runId).orElseThrow()));
        }
        try {
            applier.apply(runId, connector, actor, selection);
        } catch (RuntimeException error) {
            throw stops.applyingStopped(runId, connector, error);
        }
        RunRowRepository.Applied counted = rows.countApplied(runId, RunApplier.applicableBuckets(connector));
        RunStatus status = run.counts().invalid() > 0 ? RunStatus.COMPLETED_WITH_ERRORS : RunStatus.COMPLETED;
        String reason = AppliedReason.of(run.counts().invalid(), actor, counted, findings.of(runId));
        ending(runId, connector, () -> runs.finish(runId, status, reason, counted.applied(), clock.instant()));
        LOG.info("Run {} of {} {}: {} row(s) applied", runId, connector.id(), status, counted.applied());
        return new RunOutcome(runId, status, reason);
    }

    /** Writes a run's new status, with the connector's notifications of it when it has any, in one transaction. */
    private void ending(long runId, ConnectorDefinition connector, Runnable statusWrite) {
        if (notifications == null || connector == null) {
            statusWrite.run();
        } else {
            notifications.withStatus(runId, connector, statusWrite);
        }
    }

    /** Adds a plain note to a run's reason, e.g. that its file could not be archived. */
    public void noteOnRun(long runId, String note) {
        runs.appendReason(runId, note);
    }

    private static String cannotApply(ImportRun run) {
        if (run.status() == RunStatus.SUPERSEDED) {
            return "Run " + run.id() + " was superseded by run " + run.supersededByRunId() + ", staged later from "
                    + "newer data of the same connector: its preview is out of date and is never applied; see run "
                    + run.supersededByRunId() + ".";
        }
        return "Run " + run.id() + " is " + run.status() + " and cannot be applied"
                + (run.statusReason() == null ? "" : ": " + run.statusReason());
    }

    private ConnectorDefinition connector(String id) {
        return connectors.find(id).orElseThrow(() -> new NoSuchElementException("No connector " + id));
    }
}
