package be.crmconnector.apply;

import be.crmconnector.store.ClientStore;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.store.BulkInsert;
import be.crmconnector.store.StoreStatistics;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run of several batches written by two writers at once: every row is applied exactly once, and when one batch
 * fails the batches that committed keep their rows and marks, and resuming applies the rest without doubling any.
 */
abstract class ParallelApplyContract extends ScenarioTest {
    static final int CLIENTS = 3 * RunApplier.BATCH + 150;
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Ville\n";

    @Autowired
    RunRowRepository rows;
    @Autowired
    ClientStore store;
    @Autowired
    BulkInsert bulk;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoreStatistics statistics;

    static String clients(String lastName) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= CLIENTS; i++) {
            csv.append("P-").append(i).append(";Jan;").append(lastName).append(i).append(";jan").append(i)
                    .append("@example.be;Gent\n");
        }
        return csv.toString();
    }

    ImportRun approved(String content) {
        ImportRun run = importCsv("review-csv", content);
        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        imports.apply(run.id(), "anne");
        return runs.find(run.id()).orElseThrow();
    }

    @Test
    void everyRowOfEveryBatchIsAppliedOnce() {
        ImportRun run = approved(clients("Peeters"));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(count("client")).isEqualTo(CLIENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref", Long.class))
                .isEqualTo(CLIENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE action = 'CREATE'", Long.class))
                .isEqualTo(CLIENTS);
        assertThat(count("run_row_applied")).isEqualTo(CLIENTS);
    }

    @Test
    void afterAFailedBatchTheCommittedOnesStayAndResumingAppliesTheRestOnce() {
        approved(clients("Peeters"));
        ImportRun moved = importCsv("review-csv", clients("Maes"));
        assertThat(moved.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        AtomicInteger journalCalls = new AtomicInteger();
        ChangeJournal failingSecondBatch = new ChangeJournal(bulk) {
            @Override
            public void record(List<Entry> entries) {
                if (journalCalls.incrementAndGet() == 2) {
                    throw new IllegalStateException("database gone during batch 2");
                }
                super.record(entries);
            }
        };
        RunApplier applier = new RunApplier(rows, store, failingSecondBatch, transactions,
                Clock.systemUTC(), statistics, 2);

        assertThatThrownBy(() -> applier.apply(moved.id(), connectors.find("review-csv").orElseThrow(), "anne"))
                .hasMessage("database gone during batch 2");

        long applied = jdbc.queryForObject("SELECT COUNT(*) FROM run_row_applied a JOIN run_row r "
                + "ON r.id = a.run_row_id WHERE r.run_id = ?", Long.class, moved.id());
        assertThat(applied).isPositive().isLessThan(CLIENTS).isEqualTo(movedClients());
        assertThat(movedClientsWithoutTheirRowApplied(moved.id())).isZero();

        imports.apply(moved.id(), "anne");

        assertThat(runs.find(moved.id()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(movedClients()).isEqualTo(CLIENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE run_id = ? AND field = 'lastName'",
                Long.class, moved.id())).isEqualTo(CLIENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT client_id) FROM change_journal WHERE run_id = ?",
                Long.class, moved.id())).isEqualTo(CLIENTS);
    }

    private long movedClients() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE last_name LIKE 'Maes%'", Long.class);
    }

    private long movedClientsWithoutTheirRowApplied(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM client c WHERE c.last_name LIKE 'Maes%' AND NOT EXISTS (SELECT 1 "
                + "FROM run_row r JOIN run_row_applied a ON a.run_row_id = r.id WHERE r.run_id = ? "
                + "AND r.client_id = c.id)", Long.class, runId);
    }
}
