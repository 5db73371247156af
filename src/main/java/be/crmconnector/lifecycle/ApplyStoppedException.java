package be.crmconnector.lifecycle;

/**
 * Applying a run stopped at an error that is not the run's fault. The run is waiting for approval again (never left
 * APPLYING): what was written stays written, each batch whole or not at all, and applying again goes on from there.
 * The message is the plain reason written on the run; the error itself is logged, not carried, so that no value it
 * quotes (a database states the failing row) reaches an API answer.
 */
public class ApplyStoppedException extends RuntimeException {
    private final long runId;

    public ApplyStoppedException(long runId, String reason) {
        super(reason);
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
