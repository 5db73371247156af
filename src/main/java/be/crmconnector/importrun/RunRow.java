package be.crmconnector.importrun;

import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.reconcile.StagedRecord;
import be.crmconnector.source.RecordIssue;

import java.util.List;

/**
 * One record of a run as staged: where it came from, its bucket, the client it matched, what it carries, the
 * per-field diff and its findings.
 */
public record RunRow(long id, long runId, Long line, String recordKey, Bucket bucket, Long clientId,
                     StagedRecord payload, List<FieldChange> diff, List<RecordIssue> issues, boolean applied) {
}
