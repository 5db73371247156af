package be.crmconnector.lifecycle;

import be.crmconnector.history.RunStatus;

/** How a file's run ended, so the edge that brought it knows where to file it. */
public record RunOutcome(long runId, RunStatus status, String reason) {

    /** Rejected files go to {@code .failed/}; everything else, duplicates included, to {@code .done/}. */
    public boolean rejected() {
        return status == RunStatus.FAILED;
    }
}
