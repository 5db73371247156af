package be.crmconnector.support;

import be.crmconnector.history.RunRowRepository;
import be.crmconnector.model.ClientField;
import be.crmconnector.store.BulkInsert;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.ClientStore;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ContactWriter;
import be.crmconnector.store.Dialect;
import be.crmconnector.store.ExternalRefs;
import be.crmconnector.store.OnlyInStoreMarks;
import be.crmconnector.store.ProvenanceWriter;
import be.crmconnector.store.StoreStatistics;
import org.flywaydb.core.Flyway;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real store (H2 in memory, migrated by Flyway) with the store's classes made by hand: for tests of the core's
 * rules that need a store but no Spring or Camel context.
 */
public final class PlainStore {
    public final DriverManagerDataSource dataSource;
    public final JdbcTemplate jdbc;
    public final NamedParameterJdbcTemplate named;
    public final ClientStore clients;
    public final RunRowRepository rows;
    public final StoreStatistics statistics;

    private PlainStore(DriverManagerDataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(dataSource);
        Dialect dialect = Dialect.of(dataSource);
        BulkInsert bulk = new BulkInsert(dataSource);
        ClientWriter writer = new ClientWriter(named, bulk, dialect);
        this.clients = new ClientStore(new ClientLookup(named, dialect), writer, new ContactWriter(named, writer),
                new ExternalRefs(named, bulk), new ProvenanceWriter(named), new OnlyInStoreMarks(named));
        this.rows = new RunRowRepository(named, bulk, Jackson2ObjectMapperBuilder.json().build());
        this.statistics = new StoreStatistics(dataSource, dialect);
    }

    public static PlainStore h2() {
        return new PlainStore(new DriverManagerDataSource("jdbc:h2:mem:plain-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** A client as another source or a person made it; its id. */
    public long client(Map<ClientField, String> values) {
        Map<ClientField, String> row = new java.util.EnumMap<>(values);
        row.putIfAbsent(ClientField.KIND, "PERSON");
        return clients.clients().insertClients(List.of(row), "by-hand", 0, Instant.now()).get(0);
    }

    /** Links a client to a connector's record. */
    public void link(String connectorId, String externalId, long clientId) {
        clients.references().insert(connectorId, externalId, clientId, Instant.now());
    }

    /** A run in the history, RECEIVED; its id. */
    public long run(String connectorId) {
        var keys = new GeneratedKeyHolder();
        named.update("INSERT INTO import_run (connector_id, trigger_kind, status, received_at) "
                + "VALUES (:c, 'UPLOAD', 'RECEIVED', CURRENT_TIMESTAMP)", new MapSqlParameterSource("c", connectorId),
                keys, new String[]{"id"});
        return keys.getKey().longValue();
    }
}
