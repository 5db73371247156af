package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.matching.IdentityCheck;
import be.crmconnector.staging.StagingPipeline;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.Gate;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.NoSuchElementException;

/**
 * The one run lifecycle every source goes through: RECEIVED → STAGED → (AWAITING_APPROVAL →) APPLYING →
 * COMPLETED | COMPLETED_WITH_ERRORS, or FAILED, or DUPLICATE. Edges (Camel routes, uploads, syncs) call this and
 * nothing else to import.
 */
public class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ConnectorRegistry connectors;
    private final RunRepository runs;
    private final StagingPipeline staging;
    private final RunApplier applier;
    private final RunRowRepository rows;
    private final Clock clock;
    private final ActiveRuns active;

    public ImportService(ConnectorRegistry connectors, RunRepository runs, StagingPipeline staging,
                         RunApplier applier, RunRowRepository rows, Clock clock, ActiveRuns active) {
        this.connectors = connectors;
        this.runs = runs;
        this.staging = staging;
        this.applier = applier;
        this.rows = rows;
        this.clock = clock;
        this.active = active;
    }

    /** A source ready to be read, with what identifies its content. */
    public record Submission(String connectorId, TriggerKind trigger, String sourceName, String contentSha256,
                             RecordSource source) {
    }

    public RunOutcome importSource(Submission submission) {
        ConnectorDefinition connector = connector(submission.connectorId());
        long runId = runs.create(connector.id(), submission.trigger(), submission.sourceName(),
                submission.contentSha256(), clock.instant());
        return durably(active.during(runId, () -> {
            if (submission.contentSha256() != null) {
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
            runs.finish(runId, RunStatus.FAILED, reason, 0, clock.instant());
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
            runs.finish(runId, RunStatus.FAILED, rejected.getMessage(), 0, clock.instant());
            // A reason may quote the file (a header cell, a value): masked here, whatever the logging set-up.
            LOG.warn("Run {} of {} rejected: {}", runId, connector.id(),
                    Masking.nationalNumbersIn(rejected.getMessage()));
            return new RunOutcome(runId, RunStatus.FAILED, rejected.getMessage());
        } catch (RuntimeException unexpected) {
            runs.finish(runId, RunStatus.FAILED, "Stopped by an internal error (" + unexpected.getClass().getSimpleName()
                    + "); nothing was applied and the source will be read again.", 0, clock.instant());
            throw unexpected;
        }
        runs.markStaged(runId, counts, submission.source().readingNotes(), clock.instant());
        LOG.info("Run {} of {} staged: {}", runId, connector.id(), counts);
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
        long identityConflicts = rows.countWithFinding(runId, IdentityCheck.FINDING_CODE);
        if (connector.gate() == Gate.REVIEW) {
            runs.setStatus(runId, RunStatus.AWAITING_APPROVAL, IdentityConflictGate.reviewReason(identityConflicts));
            return new RunOutcome(runId, RunStatus.AWAITING_APPROVAL, null);
        }
        // Every row held for an identity conflict holds REVIEW decisions (its link at least): the rest are
        // MANUAL_REVIEW hits.
        String stop = connector.gate() == Gate.AUTO_UNDER_THRESHOLDS
                ? ThresholdGate.stopReason(connector.thresholds(), counts,
                rows.countByDecision(runId).get(Verdict.REVIEW) - identityConflicts, identityConflicts)
                : IdentityConflictGate.stopReason(identityConflicts);
        if (stop != null) {
            runs.setStatus(runId, RunStatus.AWAITING_APPROVAL, stop);
            LOG.info("Run {} of {} waits for approval: {}", runId, connector.id(), stop);
            return new RunOutcome(runId, RunStatus.AWAITING_APPROVAL, stop);
        }
        return applyClaimed(runId, "connector:" + connector.id(), ApplySelection.EVERYTHING);
    }

    /** Applies (or resumes applying) a staged run; safe to call again after a crash. */
    public RunOutcome apply(long runId, String actor) {
        return apply(runId, actor, ApplySelection.EVERYTHING);
    }

    /**
     * Applies the selected rows of a staged or reviewed run. The person's selection is their decision on the run:
     * it ends COMPLETED (or COMPLETED_WITH_ERRORS) with the applied count, and rows left out stay unapplied and
     * are named in the status reason; they cannot be applied later from this run.
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
        if (run.status() != RunStatus.STAGED && run.status() != RunStatus.AWAITING_APPROVAL
                && run.status() != RunStatus.APPLYING) {
            throw new IllegalStateException("Run " + runId + " is " + run.status() + " and cannot be applied");
        }
        ConnectorDefinition connector = connector(run.connectorId());
        new SelectionCheck(rows, RunApplier.applicableBuckets(connector)).check(runId, selection);
        runs.setStatus(runId, RunStatus.APPLYING, null);
        applier.apply(runId, connector, actor, selection);
        RunRowRepository.Applied counted = rows.countApplied(runId, RunApplier.applicableBuckets(connector));
        long applied = counted.applied();
        long left = counted.left();
        RunStatus status = run.counts().invalid() > 0 ? RunStatus.COMPLETED_WITH_ERRORS : RunStatus.COMPLETED;
        String reason = run.counts().invalid() > 0 ? run.counts().invalid() + " record(s) invalid; see the error report" : null;
        if (left > 0) {
            String partial = applied + " row(s) applied as selected by " + actor + "; " + left
                    + " row(s) not selected were left unapplied";
            reason = reason == null ? partial : reason + ". " + partial;
        }
        runs.finish(runId, status, reason, applied, clock.instant());
        LOG.info("Run {} of {} {}: {} row(s) applied", runId, connector.id(), status, applied);
        return new RunOutcome(runId, status, reason);
    }

    /** Adds a plain note to a run's reason, e.g. that its file could not be archived. */
    public void noteOnRun(long runId, String note) {
        runs.appendReason(runId, note);
    }

    private ConnectorDefinition connector(String id) {
        return connectors.find(id).orElseThrow(() -> new NoSuchElementException("No connector " + id));
    }
}
