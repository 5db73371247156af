package be.crmconnector.lifecycle;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The runs this service is working on right now (reading, staging, gating or applying them). A run in flight in the
 * history that is not here was left behind by a crash or an outage, and {@link RunRecovery} takes it up.
 */
public final class ActiveRuns {
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    /** Claims the run; false when it is already being worked on. */
    boolean begin(long runId) {
        return active.add(runId);
    }

    void end(long runId) {
        active.remove(runId);
    }

    public boolean contains(long runId) {
        return active.contains(runId);
    }

    /** Runs the work with the run claimed; refuses a run already being worked on. */
    <T> T during(long runId, Supplier<T> work) {
        if (!begin(runId)) {
            throw new IllegalStateException("Run " + runId + " is being worked on right now; try again when it is done");
        }
        try {
            return work.get();
        } finally {
            end(runId);
        }
    }
}
