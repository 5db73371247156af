package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRow;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.ownership.RuleBasedOwnershipPolicy;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.support.Connectors;
import be.crmconnector.support.PlainStore;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staging against a real store, without a Spring context: a key the file holds twice with different values is
 * settled before any row is written, so the first row is written INVALID, never NEW, and the counts still add up.
 */
class StagingSettlesConflictsTest {
    final PlainStore store = PlainStore.h2();
    final ConnectorDefinition connector = Connectors.fromYaml("id: crm-a\ntype: csv-drop\nmatchKeys: [vatNumber]\n");
    final StagingPipeline staging = new StagingPipeline(new RecordValidator(new FieldCheckers()),
            new RecordMatcher(store.clients.lookup()), store.clients,
            new Reconciler(new RuleBasedOwnershipPolicy()), store.rows, be.crmconnector.model.DeclaredOwners.NONE, 0, store.statistics);

    static SourceRecord record(long line, String externalId, String lastName) {
        return new SourceRecord(RecordPosition.line(line), externalId, Map.of(ClientField.FIRST_NAME, "Jan",
                ClientField.LAST_NAME, lastName), List.of(), null, List.of(), Map.of());
    }

    static RecordSource source(SourceRecord... records) {
        return consumer -> List.of(records).forEach(consumer);
    }

    Map<Long, Bucket> bucketsByLine(long run) {
        Map<Long, Bucket> buckets = new TreeMap<>();
        store.rows.page(run, null, 0, 100).forEach(row -> buckets.put(row.line(), row.bucket()));
        return buckets;
    }

    @Test
    void theFirstRowOfAConflictingKeyAndItsCopiesAreWrittenInvalidOnTheirOwnLines() {
        long run = store.run("crm-a");

        RunCounts counts = staging.stage(run, connector, source(record(2, "C1", "Peeters"), record(3, "C2", "Maes"),
                record(4, "C1", "Peeters"), record(5, "C1", "Janssens")));

        assertThat(bucketsByLine(run)).isEqualTo(Map.of(2L, Bucket.INVALID, 3L, Bucket.NEW,
                4L, Bucket.INVALID, 5L, Bucket.INVALID));
        RunRow first = store.rows.page(run, Bucket.INVALID, 0, 10).stream().filter(row -> row.line() == 2)
                .findFirst().orElseThrow();
        assertThat(first.payload()).as("an INVALID row applies nothing").isNull();
        assertThat(first.issues()).extracting(RecordIssue::line, RecordIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, InFileConflicts.CODE));
        assertThat(counts.newCount()).isEqualTo(1);
        assertThat(counts.invalid()).isEqualTo(3);
        assertThat(counts.conserved()).isTrue();
    }

    @Test
    void aFirstRowOnlyCountedAsUnchangedBecomesAnInvalidRowAndLeavesTheCount() {
        long first = store.run("crm-a");
        staging.stage(first, connector, source(record(2, "C1", "Peeters")));
        new be.crmconnector.apply.RunApplier(store.rows, store.clients, new be.crmconnector.apply.ChangeJournal(
                new be.crmconnector.store.BulkInsert(store.dataSource)),
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(store.dataSource)),
                java.time.Clock.systemUTC(), store.statistics, 1).apply(first, connector, "test");
        long second = store.run("crm-a");

        RunCounts counts = staging.stage(second, connector, source(record(2, "C1", "Peeters"),
                record(7, "C1", "Janssens")));

        assertThat(counts.unchanged()).isZero();
        assertThat(counts.invalid()).isEqualTo(2);
        assertThat(counts.conserved()).isTrue();
        assertThat(bucketsByLine(second)).isEqualTo(Map.of(2L, Bucket.INVALID, 7L, Bucket.INVALID));
    }
}
