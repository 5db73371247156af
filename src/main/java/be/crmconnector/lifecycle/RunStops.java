package be.crmconnector.lifecycle;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.model.Masking;
import be.crmconnector.store.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Set;

/**
 * What a run's history says when its staging or applying stops at an unexpected error. A database outage is not the
 * run's fault: the run ends as {@link RunRecovery} would leave it (INTERRUPTED while staging, still APPLYING while
 * applying), so it ends the same whether the database is back by the time this is written or not.
 */
class RunStops {
    /** The lifecycle's log category, as when this was part of ImportService: what operators already filter on. */
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final RunRepository runs;
    private final Clock clock;

    RunStops(RunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** Staging stopped: INTERRUPTED after an outage, FAILED otherwise; either way its source is read again. */
    void stagingStopped(long runId, RuntimeException unexpected) {
        if (StoreOutage.causedBy(unexpected)) {
            runs.setStatus(runId, RunStatus.INTERRUPTED, "The database could not be reached while this run was being "
                    + "read; nothing was applied and its source is read again by a new run.");
        } else {
            runs.finish(runId, RunStatus.FAILED, "Stopped by an internal error (" + unexpected.getClass().getSimpleName()
                    + "); nothing was applied and the source will be read again.", 0, clock.instant());
        }
    }

    /**
     * Applying stopped: after an outage the run stays APPLYING and is resumed once the database answers (applying is
     * idempotent row by row). After any other error it waits for approval again with a plain reason, and applying it
     * again goes on where it stopped; only when the database cannot take even that status is it left APPLYING, for
     * the recovery to resume. Returns what the caller throws.
     */
    RuntimeException applyingStopped(long runId, ConnectorDefinition connector, RuntimeException error) {
        String cause = error.getClass().getSimpleName();
        if (StoreOutage.causedBy(error)) {
            LOG.warn("Run {} of {} stopped applying: the database could not be reached ({}); it stays APPLYING and "
                    + "resumes once the database answers", runId, connector.id(), cause);
            return error;
        }
        String reason = "Applying stopped at an error (" + cause + "). What was written before it stays written, "
                + "each batch of rows whole or not at all; the run waits for approval again: apply it again, once "
                + "the cause is fixed, to go on where it stopped.";
        // A database quotes the failing row in its message: masked, and only in the log.
        String detail = Masking.nationalNumbersIn(String.valueOf(error.getMessage()));
        try {
            runs.transition(runId, Set.of(RunStatus.APPLYING), RunStatus.AWAITING_APPROVAL, reason);
        } catch (RuntimeException unreachable) {
            LOG.error("Run {} of {} stopped applying ({}: {}) and its status could not be written ({}); it stays "
                    + "APPLYING until it is resumed", runId, connector.id(), cause, detail,
                    unreachable.getClass().getSimpleName());
            error.addSuppressed(unreachable);
            return error;
        }
        LOG.warn("Run {} of {} stopped applying and waits for approval again: {}: {}", runId, connector.id(), cause,
                detail);
        return new ApplyStoppedException(runId, reason);
    }
}
