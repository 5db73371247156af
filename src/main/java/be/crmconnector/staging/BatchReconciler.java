package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.IdentityConflictPolicy;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.matching.IdentityCheck;
import be.crmconnector.matching.IdentityCheck.Conflict;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.staging.Triage.Candidate;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.ExternalRefs.SyncMark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches a batch of candidates to store clients and reconciles each with what the store holds, in a few queries for
 * the whole batch: the run rows of the batch, and the sync markers of unchanged records whose client something else
 * wrote since (so that the next import can skip them again).
 */
final class BatchReconciler {
    private final RecordMatcher matcher;
    private final ClientLookup lookup;
    private final Reconciler reconciler;
    private final DeclaredOwners owners;

    BatchReconciler(RecordMatcher matcher, ClientLookup lookup, Reconciler reconciler,
                    DeclaredOwners owners) {
        this.matcher = matcher;
        this.lookup = lookup;
        this.reconciler = reconciler;
        this.owners = owners;
    }

    /** The batch's rows to keep, its markers to refresh, and how many unchanged records were only counted. */
    record Result(List<NewRow> rows, List<SyncMark> refreshedMarks, long unchangedCounted) {
    }

    Result reconcile(ConnectorDefinition connector, Map<String, Candidate> batch) {
        Map<String, StagedRecord> records = new LinkedHashMap<>();
        batch.forEach((key, candidate) -> records.put(key, candidate.validated().staged()));
        Map<String, RecordMatcher.Match> matches = matcher.match(connector, records);
        List<Long> clientIds = matches.values().stream().map(RecordMatcher.Match::clientId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, ClientSnapshot> snapshots = clientIds.isEmpty() ? new HashMap<>()
                : lookup.snapshots(clientIds, owners);
        List<String> linked = matches.entrySet().stream().filter(m -> m.getValue().linked()).map(Map.Entry::getKey)
                .toList();
        Map<String, Instant> missingSince = linked.isEmpty() ? Map.of()
                : lookup.onlyInStoreSince(connector.id(), linked);
        List<NewRow> rows = new ArrayList<>();
        List<SyncMark> marks = new ArrayList<>();
        long unchanged = 0;
        for (var entry : batch.entrySet()) {
            NewRow row = reconcile(connector, entry.getKey(), entry.getValue(), matches.get(entry.getKey()),
                    snapshots, missingSince.get(entry.getKey()), marks);
            if (row.bucket() == Bucket.UNCHANGED && row.issues().isEmpty()) {
                unchanged++; // counted, not kept: nothing to show or apply
            } else {
                rows.add(row);
            }
        }
        return new Result(rows, marks, unchanged);
    }

    /** @param missingSince when the record's reference was marked only-in-store, null when it is not */
    private NewRow reconcile(ConnectorDefinition connector, String key, Candidate candidate, RecordMatcher.Match match,
                             Map<Long, ClientSnapshot> snapshots, Instant missingSince, List<SyncMark> marks) {
        long line = candidate.source().position().line();
        List<RecordIssue> issues = candidate.validated().issues();
        if (match.problem() != null) {
            return Triage.invalid(line, key, Triage.append(issues, RecordIssue.error("MATCH_AMBIGUOUS", line, null,
                    null, null, match.problem())));
        }
        StagedRecord staged = candidate.validated().staged();
        ClientSnapshot stored = match.clientId() == null ? null : snapshots.get(match.clientId());
        Reconciler.Outcome outcome = reconciler.reconcile(connector.id(), connector.ownership(), staged, stored,
                candidate.source().changedAt());
        List<FieldChange> diff = new ArrayList<>(outcome.changes());
        Bucket bucket = outcome.bucket();
        if (stored != null && !match.linked()) {
            Optional<Conflict> conflict = IdentityCheck.conflict(match.key(), staged, stored);
            if (conflict.isPresent()) {
                boolean reject = connector.identityConflict() == IdentityConflictPolicy.INVALID;
                issues = Triage.append(issues, IdentityConflicts.finding(candidate.source(), line, match.key(),
                        staged.value(match.key()), stored.id(), conflict.get(), reject));
                if (reject) {
                    return Triage.invalid(line, key, issues);
                }
                diff = new ArrayList<>(IdentityConflicts.heldForReview(diff, match.key(), conflict.get()));
                diff.add(IdentityConflicts.heldLink(key, match.key(), conflict.get()));
            } else {
                diff.add(new FieldChange(FieldPath.externalId(), "", key, Verdict.WRITE,
                        "recognised by a match key; link it to " + connector.id() + " record '" + key + "'"));
            }
            bucket = Bucket.UPDATE;
        }
        if (missingSince != null) {
            diff.add(new FieldChange(FieldPath.onlyInStore(), missingSince.toString(), "", Verdict.WRITE,
                    "back in the source: the mark 'no longer in " + connector.id() + " since "
                            + missingSince.toString().substring(0, 10) + "' is cleared"));
            bucket = Bucket.UPDATE;
        }
        if (bucket == Bucket.UNCHANGED && match.linked() && issues.isEmpty()) {
            // Something else wrote this client since the marker was set (or none was): refresh it.
            marks.add(new SyncMark(key, candidate.syncHash(), candidate.contentHash(), stored.rowVersion()));
        }
        boolean keepPayload = bucket == Bucket.NEW || bucket == Bucket.UPDATE;
        return new NewRow(line, key, bucket, match.clientId(), keepPayload ? staged : null,
                bucket == Bucket.UNCHANGED ? null : diff, issues, keepPayload ? candidate.syncHash() : null,
                stored == null ? null : stored.rowVersion());
    }
}
