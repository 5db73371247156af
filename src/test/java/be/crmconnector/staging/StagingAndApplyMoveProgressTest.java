package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunProgress;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.ownership.RuleBasedOwnershipPolicy;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.support.Connectors;
import be.crmconnector.support.PlainStore;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staging and applying a real run against H2 move its progress: read, staged, applied, and the total once read. */
class StagingAndApplyMoveProgressTest {
    final PlainStore store = PlainStore.h2();
    final ConnectorDefinition connector = Connectors.fromYaml("id: crm-a\ntype: csv-drop\n");
    final StagingPipeline staging = new StagingPipeline(new RecordValidator(new FieldCheckers()),
            new RecordMatcher(store.clients.lookup()), store.clients,
            new Reconciler(new RuleBasedOwnershipPolicy()), store.rows, be.crmconnector.model.DeclaredOwners.NONE, 0,
            store.statistics);

    @Test
    void aStagedAndAppliedRunReportsEveryRowInEachPhase() {
        long run = store.run("crm-a");

        staging.stage(run, connector, StagingSettlesConflictsTest.source(
                StagingSettlesConflictsTest.record(2, "C1", "Peeters"),
                StagingSettlesConflictsTest.record(3, "C2", "Maes"),
                StagingSettlesConflictsTest.record(4, "C3", "Janssens")));
        assertThat(store.rows.progress().find(run)).contains(new RunProgress.Progress(3, 3, 0, 3L));

        new be.crmconnector.apply.RunApplier(store.rows, store.clients, new be.crmconnector.apply.ChangeJournal(
                new be.crmconnector.store.BulkInsert(store.dataSource)),
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(store.dataSource)),
                java.time.Clock.systemUTC(), store.statistics, 1).apply(run, connector, "test");
        assertThat(store.rows.progress().find(run)).contains(new RunProgress.Progress(3, 3, 3, 3L));
    }
}
