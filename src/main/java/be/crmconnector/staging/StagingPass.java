package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.history.RunRowRepository.StoredRow;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.store.ExternalRefs;
import be.crmconnector.store.OneThread;
import be.crmconnector.validation.RecordValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * One staging pass over a source: records are triaged in file order, and each full batch is matched, reconciled and
 * spooled on a writer thread while the next batch is triaged (one batch in flight, so batches keep file order and
 * memory stays bounded). Once the source is read, the in-file conflicts are known: the spooled rows are settled and
 * written to the run, each once, in its final bucket.
 */
final class StagingPass implements AutoCloseable {
    private static final int WRITE_BATCH = 1000;

    private final long runId;
    private final ConnectorDefinition connector;
    private final BatchReconciler reconciler;
    private final ExternalRefs references;
    private final RunRowRepository rows;
    private final InFileConflicts conflicts = new InFileConflicts();
    private final RowSpool spool;
    private final OneThread writer;
    private final Triage triage;
    private Future<Long> inFlight;
    /** Records reconciled to UNCHANGED without findings: counted, not kept. */
    private long unchangedReconciled;
    /** Rows settled INVALID that were only counted as unchanged before. */
    private long countedThenInvalid;

    StagingPass(long runId, ConnectorDefinition connector, RecordValidator validator, SyncIndex synced,
                BatchReconciler reconciler, ExternalRefs references, RunRowRepository rows,
                ErasedSubjects.Check erased) {
        this.runId = runId;
        this.connector = connector;
        this.reconciler = reconciler;
        this.references = references;
        this.rows = rows;
        this.triage = new Triage(connector, validator, synced, conflicts, erased);
        this.spool = RowSpool.create(runId);
        this.writer = new OneThread("staging-writer-run-" + runId);
    }

    void accept(SourceRecord record, long syncHash) {
        triage.accept(record, syncHash);
        rows.progress().read(runId, 1);
        if (triage.full()) {
            flush();
        }
    }

    /** Every record is in: writes the run's rows, settled. */
    void finish() {
        flush();
        awaitWritten();
        rows.progress().readAll(runId);
        List<StoredRow> batch = new ArrayList<>(WRITE_BATCH);
        spool.forEach(row -> {
            batch.add(conflicts.settle(row, rows));
            if (batch.size() == WRITE_BATCH) {
                writeSettled(List.copyOf(batch));
                batch.clear();
            }
        });
        writeSettled(List.copyOf(batch));
        awaitWritten();
        List<NewRow> onlyCounted = conflicts.firstRowsOnlyCounted();
        rows.insert(runId, onlyCounted);
        countedThenInvalid = onlyCounted.size();
    }

    long read() {
        return triage.read;
    }

    /** Unchanged records counted without a row. */
    long unchangedCounted() {
        return triage.countedByMarker + unchangedReconciled - countedThenInvalid;
    }

    boolean seen(long keyHash) {
        return triage.seenKeys.contains(keyHash);
    }

    /** Hands the batch to the writer thread, once the previous one is written. */
    private void flush() {
        awaitWritten();
        Triage.Batch batch = triage.take();
        inFlight = writer.submit(() -> write(batch));
    }

    /**
     * Writes settled rows on the writer thread while the next ones are read back from the spool and settled. One batch
     * in flight on one thread: the rows are written in file order, as the preview pages them.
     */
    private void writeSettled(List<StoredRow> settled) {
        awaitWritten();
        inFlight = writer.submit(() -> {
            rows.insertStored(runId, settled);
            rows.progress().staged(runId, settled.size());
            return 0L; // nothing more counted as unchanged
        });
    }

    /** Waits for the batch in flight; its failure is this run's failure. */
    private void awaitWritten() {
        if (inFlight == null) {
            return;
        }
        try {
            unchangedReconciled += OneThread.await(inFlight);
        } finally {
            inFlight = null;
        }
    }

    /** On the writer thread: reconciles and spools one batch; returns its unchanged records only counted. */
    private long write(Triage.Batch batch) {
        List<NewRow> kept = new ArrayList<>(batch.ready());
        long unchanged = 0;
        if (!batch.toMatch().isEmpty()) {
            BatchReconciler.Result result = reconciler.reconcile(connector, batch.toMatch());
            kept.addAll(result.rows());
            references.markSynced(connector.id(), result.refreshedMarks());
            unchanged = result.unchangedCounted();
        }
        kept.forEach(row -> spool.append(rows.stored(row)));
        return unchanged;
    }

    @Override
    public void close() {
        writer.close();
        spool.close();
    }
}
