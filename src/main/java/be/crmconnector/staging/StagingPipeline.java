package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.store.ClientStore;
import be.crmconnector.store.StoreStatistics;
import be.crmconnector.validation.RecordValidator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    private static final long STATISTICS_AFTER_ROWS = 5_000;
    /** Raise when validation or reconciliation changes meaning, so that no marker of an older version is trusted. */
    private static final int OUTCOME_VERSION = 2;

    private final RecordValidator validator;
    private final ClientStore store;
    private final BatchReconciler reconciler;
    private final RunRowRepository rows;
    private final long settingsFingerprint;
    private final StoreStatistics statistics;
    private final ErasedSubjects erased;

    /**
     * @param settingsFingerprint a hash of the settings beyond the connector's own that decide a record's outcome:
     *                            every connector's ownership rules, the known users and dunning plans
     */
    public StagingPipeline(RecordValidator validator, RecordMatcher matcher, ClientStore store, Reconciler reconciler,
                           RunRowRepository rows, DeclaredOwners owners,
                           long settingsFingerprint, StoreStatistics statistics) {
        this(validator, matcher, store, reconciler, rows, owners, settingsFingerprint, statistics, ErasedSubjects.NONE);
    }

    /** @param erased the people erased from the store, whose records are staged INVALID (ERASED_SUBJECT) */
    public StagingPipeline(RecordValidator validator, RecordMatcher matcher, ClientStore store, Reconciler reconciler,
                           RunRowRepository rows, DeclaredOwners owners,
                           long settingsFingerprint, StoreStatistics statistics, ErasedSubjects erased) {
        this.erased = erased;
        this.validator = validator;
        this.store = store;
        this.reconciler = new BatchReconciler(matcher, store.lookup(), reconciler, owners);
        this.rows = rows;
        this.settingsFingerprint = settingsFingerprint;
        this.statistics = statistics;
    }

    public RunCounts stage(long runId, ConnectorDefinition connector, RecordSource source) {
        long fingerprint = fingerprint(connector);
        ConnectorReferences references;
        long read;
        long unchangedCounted;
        long onlyInStore;
        // The source is parsed and hashed on its own thread from the start: its first chunks are ready by the time
        // the markers are read, and from then on parsing overlaps validating and matching.
        try (ReadAhead<Hashed> ahead = ReadAhead.start(source,
                record -> new Hashed(record, RecordHashes.sync(record, fingerprint)), "staging-reader-run-" + runId)) {
            references = ConnectorReferences.read(store.lookup(), connector.id());
            try (StagingPass pass = new StagingPass(runId, connector, validator, references.synced, reconciler,
                    store.references(), rows, erased.forRun(connector.id()))) {
                ahead.forEach(hashed -> pass.accept(hashed.record(), hashed.syncHash()));
                pass.finish();
                read = pass.read();
                unchangedCounted = pass.unchangedCounted();
                // A partial read (changed rows only) says nothing of the clients it did not bring, only of those the
                // source says it deleted.
                onlyInStore = source.complete() ? listOnlyInStore(runId, connector, references, pass, null)
                        : source.deletedExternalIds().isEmpty() ? 0
                        : listOnlyInStore(runId, connector, references, pass, source.deletedExternalIds());
            }
        }
        RunRowRepository.StagedCounts staged = rows.countStaged(runId);
        Map<Bucket, Long> byBucket = staged.byBucket();
        if (statistics.changesMuch("run_row", byBucket.values().stream().mapToLong(Long::longValue).sum(),
                STATISTICS_AFTER_ROWS)) {
            statistics.refresh(List.of("run_row")); // a preview pages through them next
        }
        return new RunCounts(read, byBucket.getOrDefault(Bucket.NEW, 0L), byBucket.getOrDefault(Bucket.UPDATE, 0L),
                byBucket.getOrDefault(Bucket.UNCHANGED, 0L) + unchangedCounted,
                byBucket.getOrDefault(Bucket.INVALID, 0L), byBucket.getOrDefault(Bucket.DUPLICATE_IN_FILE, 0L),
                onlyInStore, staged.warnings(), 0);
    }

    /** A source record and its sync hash, computed on the reading thread. */
    private record Hashed(SourceRecord record, long syncHash) {
    }

    /**
     * Lists the connector's clients whose key this run did not bring; returns how many. The keys were read with the
     * markers; the few clients missing are then looked up with their external ids.
     *
     * @param deleted null to list every client not brought; otherwise only those with one of these external ids
     */
    private long listOnlyInStore(long runId, ConnectorDefinition connector, ConnectorReferences references,
                                 StagingPass pass, java.util.Set<String> deleted) {
        java.util.Set<Long> deletedKeys = deleted == null ? null
                : deleted.stream().map(RecordHashes::key).collect(java.util.stream.Collectors.toSet());
        List<Long> unseenClients = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            if (!pass.seen(references.keyHash(i))
                    && (deletedKeys == null || deletedKeys.contains(references.keyHash(i)))) {
                unseenClients.add(references.clientId(i));
            }
        }
        List<RunRowRepository.OnlyInStore> missing = new ArrayList<>();
        // Each with its version now, so that applying can tell a client written since from one left as it was.
        store.references().withVersions(connector.id(), unseenClients).stream()
                .filter(ref -> !pass.seen(RecordHashes.key(ref.externalId()))
                        && (deleted == null || deleted.contains(ref.externalId())))
                .forEach(ref -> missing.add(new RunRowRepository.OnlyInStore(ref.externalId(), ref.clientId(),
                        ref.clientVersion())));
        missing.sort(Comparator.comparing(RunRowRepository.OnlyInStore::externalId));
        for (int from = 0; from < missing.size(); from += Triage.BATCH) {
            rows.insertOnlyInStore(runId, missing.subList(from, Math.min(missing.size(), from + Triage.BATCH)));
        }
        return missing.size();
    }

    /** What, besides the record itself, decides how a record of this connector validates and reconciles. */
    private long fingerprint(ConnectorDefinition connector) {
        return RecordHashes.settings(OUTCOME_VERSION, settingsFingerprint, connector.id(),
                new TreeMap<>(connector.mapping()), connector.matchKeys(), connector.requiredFields(),
                connector.settings().outcomeFingerprint());
    }
}
