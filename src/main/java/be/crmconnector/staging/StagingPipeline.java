package be.crmconnector.staging;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.reconcile.Bucket;

import be.crmconnector.model.ClientField;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.store.OneThread;
import be.crmconnector.store.StoreStatistics;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.validation.RecordValidator;
import be.crmconnector.validation.ValidatedRecord;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Stages a run: streams the source, normalises and validates each record, catches in-file duplicates, matches and
 * reconciles batch by batch, and puts every record in exactly one bucket. No client is written here; applying is a
 * separate step, so a broken file is found before anything is written.
 *
 * <p>Unchanged records cost no writes: a record whose sync hash matches a valid sync marker of its connector (see
 * V3__sync_markers.sql) is counted UNCHANGED without being matched or compared, and an UNCHANGED record without
 * findings is counted, not stored as a run row. The only writes a re-import makes for unchanged records are the
 * markers refreshed after something else changed the client, so that the next import can skip them again.
 */
public class StagingPipeline {
    static final int BATCH = 1000;
    private static final long STATISTICS_AFTER_ROWS = 5_000;

    private final RecordValidator validator;
    private final RecordMatcher matcher;
    private final ClientLookup lookup;
    private final ClientWriter markers;
    private final Reconciler reconciler;
    private final RunRowRepository rows;
    private final BiPredicate<String, ClientField> ownsExclusively;
    private final long settingsFingerprint;
    private final StoreStatistics statistics;

    /**
     * @param settingsFingerprint a hash of the settings beyond the connector's own that decide a record's outcome:
     *                            every connector's ownership rules, the known users and dunning plans
     */
    public StagingPipeline(RecordValidator validator, RecordMatcher matcher, ClientLookup lookup, ClientWriter markers,
                           Reconciler reconciler, RunRowRepository rows,
                           BiPredicate<String, ClientField> ownsExclusively, long settingsFingerprint,
                           StoreStatistics statistics) {
        this.validator = validator;
        this.matcher = matcher;
        this.lookup = lookup;
        this.markers = markers;
        this.reconciler = reconciler;
        this.rows = rows;
        this.ownsExclusively = ownsExclusively;
        this.settingsFingerprint = settingsFingerprint;
        this.statistics = statistics;
    }

    public RunCounts stage(long runId, ConnectorDefinition connector, RecordSource source) {
        long fingerprint = fingerprint(connector);
        SyncIndex synced = new SyncIndex();
        LinkedReferences linked = new LinkedReferences();
        Staging staging;
        // The source is parsed and hashed on its own thread from the start: its first chunks are ready by the time
        // the markers are read, and from then on parsing overlaps validating and matching.
        try (ReadAhead<Hashed> ahead = ReadAhead.start(source,
                record -> new Hashed(record, RecordHashes.sync(record, fingerprint)), "staging-reader-run-" + runId)) {
            lookup.forEachReference(connector.id(), (keyHash, clientId, sourceHash, contentHash, valid, archived) -> {
                if (valid) {
                    synced.add(sourceHash, keyHash, contentHash);
                }
                if (!archived) {
                    linked.add(keyHash, clientId);
                }
            });
            staging = new Staging(runId, connector, synced);
            try {
                ahead.forEach(staging::accept);
                staging.flush();
                staging.awaitWritten();
            } finally {
                staging.writer.close();
            }
        }
        staging.conflictingKeys.forEach((key, message) -> rows.markInvalid(runId, key, Bucket.DUPLICATE_IN_FILE,
                line -> RecordIssue.error("CONFLICTING_DUPLICATE", line, null, null, null, message)));
        staging.conflicts.forEach((line, conflict) -> {
            if (!rows.markInvalid(runId, line, conflict.issue())) {
                staging.unchangedCounted--;
                rows.insert(runId, List.of(new NewRow(line, conflict.key(), Bucket.INVALID, null, null, null,
                        List.of(conflict.issue()))));
            }
        });
        long onlyInStore = staging.listOnlyInStore(linked);
        RunRowRepository.StagedCounts staged = rows.countStaged(runId);
        Map<Bucket, Long> byBucket = staged.byBucket();
        if (statistics.changesMuch("run_row", byBucket.values().stream().mapToLong(Long::longValue).sum(),
                STATISTICS_AFTER_ROWS)) {
            statistics.refresh(List.of("run_row")); // a preview pages through them next
        }
        return new RunCounts(staging.read, byBucket.getOrDefault(Bucket.NEW, 0L),
                byBucket.getOrDefault(Bucket.UPDATE, 0L),
                byBucket.getOrDefault(Bucket.UNCHANGED, 0L) + staging.unchangedCounted,
                byBucket.getOrDefault(Bucket.INVALID, 0L), byBucket.getOrDefault(Bucket.DUPLICATE_IN_FILE, 0L),
                onlyInStore, staged.warnings(), 0);
    }

    /** A source record and its sync hash, computed on the reading thread. */
    private record Hashed(SourceRecord record, long syncHash) {
    }

    /** The connector's references to clients not archived, as key hash and client id: 16 bytes each. */
    private static final class LinkedReferences {
        long[] keys = new long[1024];
        long[] clients = new long[1024];
        int size;

        void add(long keyHash, long clientId) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                clients = java.util.Arrays.copyOf(clients, size * 2);
            }
            keys[size] = keyHash;
            clients[size] = clientId;
            size++;
        }
    }

    /** What, besides the record itself, decides how a record of this connector validates and reconciles. */
    private long fingerprint(ConnectorDefinition connector) {
        return RecordHashes.settings(OUTCOME_VERSION, settingsFingerprint, connector.id(),
                new java.util.TreeMap<>(connector.mapping()), connector.matchKeys(), connector.requiredFields(),
                connector.settings().outcomeFingerprint());
    }

    /** Raise when validation or reconciliation changes meaning, so that no marker of an older version is trusted. */
    private static final int OUTCOME_VERSION = 1;

    /** State of one staging pass. */
    private final class Staging {
        final long runId;
        final ConnectorDefinition connector;
        final SyncIndex synced;
        final InFileDuplicates duplicates = new InFileDuplicates();
        /** Hashes of the record keys this run brought, for listing the clients it did not bring. */
        final LongOpenHashSet seenKeys = new LongOpenHashSet();
        final Map<Long, Conflict> conflicts = new LinkedHashMap<>();
        /** Keys seen alike twice and then different: their DUPLICATE_IN_FILE copies become INVALID too. */
        final Map<String, String> conflictingKeys = new LinkedHashMap<>();
        /** Matching, reconciling and writing a batch overlaps reading and validating the next one. */
        final OneThread writer;
        private java.util.concurrent.Future<Long> written;
        List<NewRow> ready = new ArrayList<>();
        Map<String, Candidate> toMatch = new LinkedHashMap<>();
        long read;
        long unchangedCounted;

        Staging(long runId, ConnectorDefinition connector, SyncIndex synced) {
            this.runId = runId;
            this.connector = connector;
            this.synced = synced;
            this.writer = new OneThread("staging-writer-run-" + runId);        }

        record Candidate(SourceRecord source, ValidatedRecord validated, long syncHash, long contentHash) {
        }

        record Conflict(String key, RecordIssue issue) {
        }

        void accept(Hashed hashed) {
            read++;
            SourceRecord record = hashed.record();
            long line = record.position().line();
            long syncHash = hashed.syncHash();
            InFileDuplicates.Verdict verdict = null;
            int marker = record.issues().isEmpty() ? synced.find(syncHash) : -1;
            if (marker >= 0) {
                // Brought exactly like this before, without findings, and the client untouched since: unchanged,
                // unless the file holds the client twice (then the row takes the ordinary path below).
                verdict = duplicates.see(synced.keyHash(marker), synced.contentHash(marker), line);
                if (verdict instanceof InFileDuplicates.First) {
                    seenKeys.add(synced.keyHash(marker));
                    unchangedCounted++;
                    flushIfFull();
                    return;
                }
            }
            ValidatedRecord validated = validator.validate(connector.requiredFields(), record);
            String key = recordKey(validated.staged());
            if (key != null) {
                seenKeys.add(RecordHashes.key(key));
            }
            if (validated.hasErrors()) {
                ready.add(invalid(line, key, validated.issues()));
            } else if (key == null) {
                ready.add(invalid(line, null, append(validated.issues(), RecordIssue.error("NO_KEY", line, null, null,
                        null, "The row has no reference, VAT number, national number or e-mail to recognise the "
                                + "client by; add one of them."))));
            } else {
                long content = RecordHashes.content(validated.staged());
                if (verdict == null) {
                    verdict = duplicates.see(RecordHashes.key(key), content, line);
                }
                if (verdict instanceof InFileDuplicates.Same same) {
                    ready.add(new NewRow(line, key, Bucket.DUPLICATE_IN_FILE, null, null, null,
                            append(validated.issues(), RecordIssue.warning("DUPLICATE_IN_FILE", line, null, null,
                                    null, "Same client with the same values as line " + same.firstLine()
                                            + "; imported once."))));
                } else if (verdict instanceof InFileDuplicates.Conflict conflict) {
                    conflict(line, key, conflict, validated);
                } else {
                    toMatch.put(key, new Candidate(record, validated, syncHash, content));
                }
            }
            flushIfFull();
        }

        private void flushIfFull() {
            if (ready.size() + toMatch.size() >= BATCH) {
                flush();
            }
        }

        private void conflict(long line, String key, InFileDuplicates.Conflict conflict, ValidatedRecord validated) {
            String message = "The client '" + key + "' appears on line " + conflict.firstLine() + " and on line "
                    + line + " with different values; fix one of them (neither was imported).";
            ready.add(invalid(line, key, append(validated.issues(),
                    RecordIssue.error("CONFLICTING_DUPLICATE", line, null, null, null, message))));
            if (conflict.firstConflict()) {
                conflictingKeys.put(key, message);
                RecordIssue issue = RecordIssue.error("CONFLICTING_DUPLICATE", conflict.firstLine(), null, null,
                        null, message);
                Candidate pending = toMatch.get(key);
                if (pending != null && pending.source().position().line() == conflict.firstLine()) {
                    toMatch.remove(key);
                    ready.add(invalid(conflict.firstLine(), key, append(pending.validated().issues(), issue)));
                } else {
                    conflicts.put(conflict.firstLine(), new Conflict(key, issue));
                }
            }
        }

        /**
         * Hands the batch to the writer thread, once the previous batch is written (one batch in flight: batches
         * are written in file order, and memory stays bounded).
         */
        void flush() {
            awaitWritten();
            List<NewRow> batchReady = ready;
            Map<String, Candidate> batchToMatch = toMatch;
            ready = new ArrayList<>();
            toMatch = new LinkedHashMap<>();
            written = writer.submit(() -> write(batchReady, batchToMatch));
        }

        /** Waits for the batch in flight; its failure is this run's failure. */
        void awaitWritten() {
            if (written == null) {
                return;
            }
            try {
                unchangedCounted += OneThread.await(written);
            } finally {
                written = null;
            }
        }

        /** On the writer thread: reconciles and writes one batch; returns its UNCHANGED rows only counted. */
        private long write(List<NewRow> batchReady, Map<String, Candidate> batchToMatch) {
            List<ClientWriter.SyncMark> refreshedMarks = new ArrayList<>();
            long unchanged = batchToMatch.isEmpty() ? 0 : reconcileBatch(batchToMatch, batchReady, refreshedMarks);
            rows.insert(runId, batchReady);
            markers.markSynced(connector.id(), refreshedMarks);
            return unchanged;
        }

        /**
         * Lists the connector's clients whose key this run did not bring; returns how many. The keys were read with
         * the markers; the few clients missing are then looked up with their external ids.
         */
        long listOnlyInStore(LinkedReferences linked) {
            List<Long> unseenClients = new ArrayList<>();
            for (int i = 0; i < linked.size; i++) {
                if (!seenKeys.contains(linked.keys[i])) {
                    unseenClients.add(linked.clients[i]);
                }
            }
            List<RunRowRepository.OnlyInStore> missing = new ArrayList<>();
            lookup.referencesOf(connector.id(), unseenClients).forEach((clientId, externalIds) -> externalIds.stream()
                    .filter(externalId -> !seenKeys.contains(RecordHashes.key(externalId)))
                    .forEach(externalId -> missing.add(new RunRowRepository.OnlyInStore(externalId, clientId))));
            missing.sort(java.util.Comparator.comparing(RunRowRepository.OnlyInStore::externalId));
            for (int from = 0; from < missing.size(); from += BATCH) {
                rows.insertOnlyInStore(runId, missing.subList(from, Math.min(missing.size(), from + BATCH)));
            }
            return missing.size();
        }

        private long reconcileBatch(Map<String, Candidate> batch, List<NewRow> batchReady,
                                    List<ClientWriter.SyncMark> refreshedMarks) {
            Map<String, StagedRecord> records = new LinkedHashMap<>();
            batch.forEach((key, candidate) -> records.put(key, candidate.validated().staged()));
            Map<String, RecordMatcher.Match> matches = matcher.match(connector, records);
            List<Long> clientIds = matches.values().stream().map(RecordMatcher.Match::clientId)
                    .filter(id -> id != null).distinct().toList();
            Map<Long, ClientSnapshot> snapshots = clientIds.isEmpty() ? new HashMap<>()
                    : lookup.snapshots(clientIds, ownsExclusively);
            long unchanged = 0;
            for (var entry : batch.entrySet()) {
                NewRow row = reconcile(entry.getKey(), entry.getValue(), matches.get(entry.getKey()), snapshots,
                        refreshedMarks);
                if (row.bucket() == Bucket.UNCHANGED && row.issues().isEmpty()) {
                    unchanged++;
                } else {
                    batchReady.add(row);
                }
            }
            return unchanged;
        }

        private NewRow reconcile(String key, Candidate candidate, RecordMatcher.Match match,
                                 Map<Long, ClientSnapshot> snapshots, List<ClientWriter.SyncMark> refreshedMarks) {
            long line = candidate.source().position().line();
            List<RecordIssue> issues = candidate.validated().issues();
            if (match.problem() != null) {
                return invalid(line, key, append(issues, RecordIssue.error("MATCH_AMBIGUOUS", line, null, null, null,
                        match.problem())));
            }
            StagedRecord staged = candidate.validated().staged();
            ClientSnapshot stored = match.clientId() == null ? null : snapshots.get(match.clientId());
            Reconciler.Outcome outcome = reconciler.reconcile(connector.id(), connector.ownership(), staged, stored,
                    candidate.source().changedAt());
            List<FieldChange> diff = new ArrayList<>(outcome.changes());
            Bucket bucket = outcome.bucket();
            if (stored != null && !match.linked()) {
                diff.add(new FieldChange(FieldPath.externalId(), "", key, Verdict.WRITE,
                        "recognised by a match key; link it to " + connector.id() + " record '" + key + "'"));
                bucket = Bucket.UPDATE;
            }
            if (bucket == Bucket.UNCHANGED && match.linked() && issues.isEmpty()) {
                // Something else wrote this client since the marker was set (or none was): refresh it.
                refreshedMarks.add(new ClientWriter.SyncMark(key, candidate.syncHash(), candidate.contentHash(),
                        stored.rowVersion()));
            }
            boolean keepPayload = bucket == Bucket.NEW || bucket == Bucket.UPDATE;
            return new NewRow(line, key, bucket, match.clientId(), keepPayload ? staged : null,
                    bucket == Bucket.UNCHANGED ? null : diff, issues, keepPayload ? candidate.syncHash() : null);
        }

        private NewRow invalid(long line, String key, List<RecordIssue> issues) {
            return new NewRow(line, key, Bucket.INVALID, null, null, null, issues);
        }

        /** The external id, or the first match key the record carries ("vatNumber:BE0403019261"). */
        private String recordKey(StagedRecord staged) {
            if (staged.externalId() != null && !staged.externalId().isEmpty()) {
                return truncate(staged.externalId());
            }
            for (MatchKey matchKey : connector.matchKeys()) {
                String value = staged.value(matchKey.field());
                if (!value.isEmpty()) {
                    return truncate(matchKey.field().key() + ":" + value.toLowerCase(java.util.Locale.ROOT));
                }
            }
            return null;
        }
    }

    private static String truncate(String key) {
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

    private static List<RecordIssue> append(List<RecordIssue> issues, RecordIssue extra) {
        List<RecordIssue> all = new ArrayList<>(issues);
        all.add(extra);
        return all;
    }

}
