package be.crmconnector.support;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.ownership.RuleBasedOwnershipPolicy;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.sources.csv.CsvRecordSource;
import be.crmconnector.staging.StagingPipeline;
import be.crmconnector.store.BulkInsert;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What an import leaves in a store, comparable across stores and runs: every client with its connector reference,
 * each reference once. {@link #ofUninterruptedImport} is the oracle a crash or outage test compares with.
 */
public final class StoreContents {
    private static final String CLIENTS = "SELECT e.connector_id, e.external_id, c.kind, c.display_name, c.first_name, "
            + "c.last_name, c.email, c.language, c.archived FROM client c JOIN external_ref e ON e.client_id = c.id "
            + "ORDER BY e.connector_id, e.external_id";

    private StoreContents() {
    }

    /** The clients of a store, with their references, in a comparable form. */
    public static List<Map<String, Object>> of(JdbcTemplate jdbc) {
        List<Map<String, Object>> rows = jdbc.queryForList(CLIENTS);
        rows.forEach(row -> {
            var lowered = new java.util.LinkedHashMap<String, Object>();
            row.forEach((k, v) -> lowered.put(k.toLowerCase(java.util.Locale.ROOT), v));
            row.clear();
            row.putAll(lowered);
        });
        return rows;
    }

    /** What importing this CSV content once, without any interruption, into an empty store gives. */
    public static List<Map<String, Object>> ofUninterruptedImport(String connectorYaml, String csv) {
        PlainStore store = PlainStore.h2();
        ConnectorDefinition connector = Connectors.fromYaml(connectorYaml);
        StagingPipeline staging = new StagingPipeline(new RecordValidator(new FieldCheckers()),
                new RecordMatcher(store.clients.lookup()), store.clients, new Reconciler(new RuleBasedOwnershipPolicy()),
                store.rows, DeclaredOwners.NONE, 0, store.statistics);
        RunApplier applier = new RunApplier(store.rows, store.clients, new ChangeJournal(new BulkInsert(store.dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(store.dataSource)), Clock.systemUTC(),
                store.statistics, 1);
        try {
            Path file = Files.writeString(Files.createTempFile("uninterrupted", ".csv"), csv);
            long run = store.run(connector.id());
            staging.stage(run, connector, new CsvRecordSource(file, Connectors.tabular(connector)));
            applier.apply(run, connector, "oracle");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(store.jdbc);
    }
}
