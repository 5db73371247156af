package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.model.RecordIssue;

import java.util.List;

/**
 * One record of a run as staged: where it came from, its bucket, the client it matched, what it carries, the
 * per-field diff and its findings.
 *
 * @param sourceHash the sync hash of the record (see {@code RecordHashes}), kept to set the sync marker when applied
 */
public record RunRow(long id, long runId, Long line, String recordKey, Bucket bucket, Long clientId,
                     StagedRecord payload, List<FieldChange> diff, List<RecordIssue> issues, boolean applied,
                     Long sourceHash) {
}
