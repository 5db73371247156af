package be.crmconnector.lifecycle;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a crash or kill -9: runs caught while staging become INTERRUPTED (their file is still in the inbox and is
 * read again), runs caught while applying are resumed, since applying is idempotent row by row.
 */
@Component
public class RunRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

    private final RunRepository runs;
    private final ImportService imports;

    public RunRecovery(RunRepository runs, ImportService imports) {
        this.runs = runs;
        this.imports = imports;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void recover() {
        for (long runId : runs.findInStatus(RunStatus.RECEIVED)) {
            runs.setStatus(runId, RunStatus.INTERRUPTED, "The service stopped while this run was being read; "
                    + "its source is read again by a new run.");
            LOG.warn("Run {} was interrupted while staging", runId);
        }
        for (long runId : runs.findInStatus(RunStatus.APPLYING)) {
            LOG.warn("Run {} was interrupted while applying; resuming", runId);
            try {
                imports.apply(runId, "recovery");
            } catch (RuntimeException e) {
                runs.setStatus(runId, RunStatus.INTERRUPTED, "Could not resume applying: " + e.getClass().getSimpleName());
            }
        }
    }
}
