package be.crmconnector.history;

import java.time.Instant;

/**
 * One import run as the history shows it (Spring Batch's job execution is the model: status, times, counts).
 *
 * @param supersededByRunId   the newer run of the connector that made this one stop waiting (status SUPERSEDED)
 * @param reimportRequestedBy who asked to import content already imported again ({@code user:alice},
 *                            {@code file-drop}); null for an ordinary run
 */
public record ImportRun(long id, String connectorId, TriggerKind trigger, String sourceName, String contentSha256,
                        String readingNotes, RunStatus status, String statusReason, Long duplicateOfRunId,
                        Instant receivedAt, Instant stagedAt, Instant finishedAt, RunCounts counts,
                        Instant rolledBackAt, String rolledBackBy, Long supersededByRunId,
                        String reimportRequestedBy) {
}
