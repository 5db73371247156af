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
 * @param sourceHash    the sync hash of the record (see {@code RecordHashes}), kept to set the sync marker when applied
 * @param clientVersion the version of {@code clientId} the row was compared with when staged: applying compares it with
 *                      the client's version then, to tell that the store changed under the preview; null when unknown
 */
public record RunRow(long id, long runId, Long line, String recordKey, Bucket bucket, Long clientId,
                     StagedRecord payload, List<FieldChange> diff, List<RecordIssue> issues, boolean applied,
                     Long sourceHash, Long clientVersion) {

    public RunRow(long id, long runId, Long line, String recordKey, Bucket bucket, Long clientId, StagedRecord payload,
                  List<FieldChange> diff, List<RecordIssue> issues, boolean applied, Long sourceHash) {
        this(id, runId, line, recordKey, bucket, clientId, payload, diff, issues, applied, sourceHash, null);
    }
}
