package be.crmconnector.apply;

import be.crmconnector.store.ClientStore;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.store.OneThread;
import be.crmconnector.store.StoreStatistics;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Applies a staged run to the client store in batches, one transaction per batch. A row is marked applied in the
 * same transaction that writes it, so a crash resumes with the rows not applied and never writes twice.
 *
 * <p>Several batches are written at once ({@code crm.apply.writers}): on PostgreSQL each transaction is a server
 * process of its own, and one of them kept one core busy while the other idled. Batches that share a client are
 * never written at once (see {@link DisjointBatches}).
 */
public class RunApplier {
    static final int BATCH = 500;

    private final RunRowRepository rows;
    private final ClientStore store;
    private final ChangeJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StoreStatistics statistics;
    private final int writers;
    private final InvitationQueue invitations;

    /** The tables applying grows, whose statistics are refreshed as they grow. */
    private static final List<String> WRITTEN_TABLES = List.of("client", "external_ref", "run_row_applied",
            "field_provenance", "change_journal");

    public RunApplier(RunRowRepository rows, ClientStore store, ChangeJournal journal,
                      TransactionTemplate transactions, Clock clock, StoreStatistics statistics, int writers) {
        this(rows, store, journal, transactions, clock, statistics, writers, InvitationQueue.NONE);
    }

    public RunApplier(RunRowRepository rows, ClientStore store, ChangeJournal journal,
                      TransactionTemplate transactions, Clock clock, StoreStatistics statistics, int writers,
                      InvitationQueue invitations) {
        this.invitations = invitations;
        this.rows = rows;
        this.store = store;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.statistics = statistics;
        this.writers = writers;
    }

    /** The buckets whose rows change the store; ONLY_IN_STORE only when the connector archives or flags them. */
    public static List<Bucket> applicableBuckets(ConnectorDefinition connector) {
        return connector.onlyInStore() == OnlyInStorePolicy.IGNORE
                ? List.of(Bucket.NEW, Bucket.UPDATE) : List.of(Bucket.NEW, Bucket.UPDATE, Bucket.ONLY_IN_STORE);
    }

    /** Applies every row not yet applied; returns how many rows this call applied. */
    public long apply(long runId, ConnectorDefinition connector, String actor) {
        return apply(runId, connector, actor, ApplySelection.EVERYTHING);
    }

    /** Applies the selected rows not yet applied; unselected rows stay unapplied. */
    public long apply(long runId, ConnectorDefinition connector, String actor, ApplySelection selection) {
        List<Bucket> buckets = applicableBuckets(connector);
        long applied = 0;
        // Per table, a fifth of what it holds, then every doubling: an initial load refreshes as the store grows from
        // nothing, a re-import that changes a few percent of a large store never pays for it, and a table that starts
        // empty (the first provenance rows of a re-import) is looked at before its look-ups turn into scans.
        Map<String, StoreStatistics.Schedule> refreshes = new LinkedHashMap<>();
        WRITTEN_TABLES.forEach(table -> refreshes.put(table,
                new StoreStatistics.Schedule(Math.max(5_000, statistics.believedRows(table) / 5))));
        // The next page is read (and its JSON parsed) while the current batch's transaction writes: the page holds
        // only rows after the current batch, which that transaction does not touch.
        try (OneThread reader = new OneThread("apply-reader-run-" + runId);
             DisjointBatches writing = new DisjointBatches(writers, "apply-writer-run-" + runId)) {
            Future<List<RunRow>> next = reader.submit(() -> rows.nextPage(runId, 0, BATCH));
            while (true) {
                List<RunRow> page = OneThread.await(next);
                if (page.isEmpty()) {
                    writing.awaitAll();
                    return applied;
                }
                long last = page.get(page.size() - 1).id();
                next = reader.submit(() -> rows.nextPage(runId, last, BATCH));
                List<RunRow> batch = page.stream()
                        .filter(r -> !r.applied() && buckets.contains(r.bucket()) && selection.selects(r)).toList();
                if (!batch.isEmpty()) {
                    writing.submit(clientsOf(batch), () -> applyBatch(runId, connector, actor, selection, batch));
                }
                applied += batch.size();
                long appliedSoFar = applied;
                List<String> due = WRITTEN_TABLES.stream().filter(t -> refreshes.get(t).due(appliedSoFar)).toList();
                if (!due.isEmpty()) {
                    statistics.refresh(due);
                }
            }
        }
    }

    /**
     * The clients the batch will write, as far as staging knows them. A NEW row's client does not exist yet, unless
     * another run created it meanwhile; then two writers of this run can touch it no more than two runs could.
     */
    private static Set<Long> clientsOf(List<RunRow> batch) {
        Set<Long> clients = new HashSet<>();
        batch.forEach(row -> {
            if (row.clientId() != null) {
                clients.add(row.clientId());
            }
        });
        return clients;
    }

    private void applyBatch(long runId, ConnectorDefinition connector, String actor, ApplySelection selection,
                            List<RunRow> batch) {
        transactions.executeWithoutResult(status -> {
            ApplyBatch work = new ApplyBatch(runId, connector, actor, selection, store, clock.instant(),
                    invitations);
            work.apply(batch);
            store.provenance().record(work.provenance);
            journal.record(work.entries);
            rows.markApplied(batch.stream().map(RunRow::id).toList(), work.clientByRow);
            // Last: a marker takes the client's version as this transaction leaves it.
            store.references().markSynced(connector.id(), work.inSync);
        });
        rows.progress().applied(runId, batch.size());
    }
}
