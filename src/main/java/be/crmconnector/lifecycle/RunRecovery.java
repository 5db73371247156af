package be.crmconnector.lifecycle;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Takes up runs left in flight with nobody working on them: after a crash or kill -9 (at start-up), and after a
 * database outage that stopped a run half way (every {@code crm.recovery.interval}, once the store answers again).
 * A run caught while it was read or staged becomes INTERRUPTED (its file is still in the inbox and is read again by a
 * new run); a run caught STAGED goes through its gate; a run caught APPLYING is applied to the end, since applying is
 * idempotent row by row.
 *
 * <p>At start-up every such run is an orphan. Later, a run counts as one only when it was found in the same status,
 * with nobody working on it, at the previous look too: a run between two steps of its own lifecycle is left alone.
 */
@Component
public class RunRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

    private final RunRepository runs;
    private final ImportService imports;
    private final ActiveRuns active;
    /** Runs found in flight at the previous look, with the status they had. */
    private Map<Long, RunStatus> seenBefore = new HashMap<>();
    private boolean storeWasDown;

    public RunRecovery(RunRepository runs, ImportService imports, ActiveRuns active) {
        this.runs = runs;
        this.imports = imports;
        this.active = active;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        look(true);
    }

    @Scheduled(initialDelayString = "${crm.recovery.interval:15000}", fixedDelayString = "${crm.recovery.interval:15000}")
    public void periodically() {
        look(false);
    }

    private synchronized void look(boolean everyOrphan) {
        try {
            Map<Long, RunStatus> inFlight = new HashMap<>();
            for (RunStatus status : new RunStatus[]{RunStatus.RECEIVED, RunStatus.STAGED, RunStatus.APPLYING}) {
                runs.findInStatus(status).stream().filter(id -> !active.contains(id))
                        .forEach(id -> inFlight.put(id, status));
            }
            Map<Long, RunStatus> previous = seenBefore;
            seenBefore = inFlight;
            inFlight.forEach((runId, status) -> {
                if (everyOrphan || status == previous.get(runId)) {
                    takeUp(runId, status);
                }
            });
            if (storeWasDown) {
                LOG.info("The store answers again; runs left in flight are taken up");
                storeWasDown = false;
            }
        } catch (DataAccessException e) {
            if (!storeWasDown) {
                LOG.warn("Run recovery waits for the store: {}", e.getClass().getSimpleName());
                storeWasDown = true;
            }
        }
    }

    private void takeUp(long runId, RunStatus status) {
        try {
            switch (status) {
                case RECEIVED -> {
                    runs.setStatus(runId, RunStatus.INTERRUPTED, "The service stopped while this run was being read; "
                            + "its source is read again by a new run.");
                    LOG.warn("Run {} was interrupted while staging", runId);
                }
                case STAGED -> {
                    LOG.warn("Run {} was staged but not gated; taking it through its gate", runId);
                    imports.gateStaged(runId);
                }
                case APPLYING -> {
                    LOG.warn("Run {} was interrupted while applying; resuming", runId);
                    imports.apply(runId, "recovery");
                }
                default -> {
                    // only the statuses of a run in flight are looked for
                }
            }
        } catch (DataAccessException e) {
            throw e; // the store went away again: the next look tries again
        } catch (IllegalStateException e) {
            LOG.info("Run {} was taken up meanwhile: {}", runId, e.getMessage());
        } catch (RuntimeException e) {
            // The lifecycle records on the run why its step failed; the next look tries again if it is still in flight.
            LOG.warn("Run {} could not be taken up: {}", runId, e.getClass().getSimpleName());
        }
    }
}
