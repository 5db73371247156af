package be.crmconnector.store;

import be.crmconnector.support.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One MERGE over a VALUES list updates exactly the rows named, across several statements when the rows exceed one
 * statement's parameters, with nulls and long text kept as given, on H2 and on PostgreSQL; and PostgreSQL's
 * insert-on-conflict form inserts or updates by the unique key.
 */
class ValuesMergeTest {
    private static final ValuesMerge RENAME = new ValuesMerge("item t", List.of(
            ValuesMerge.Column.bigint("id"),
            ValuesMerge.Column.text("name"),
            ValuesMerge.Column.text("note")),
            "t.id = v.id", "UPDATE SET name = v.name, note = COALESCE(v.note, t.note), version = t.version + 1");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void updatesTheNamedRowsOnly(String engine) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(engine.equals("H2")
                ? "jdbc:h2:mem:values-merge;DB_CLOSE_DELAY=-1" : EmbeddedPostgres.newDatabaseUrl(),
                engine.equals("H2") ? "sa" : "postgres", engine.equals("H2") ? "" : "postgres"));
        jdbc.execute("DROP TABLE IF EXISTS item");
        jdbc.execute("CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(2000), note VARCHAR(20), "
                + "version BIGINT NOT NULL)");
        List<Object[]> inserts = new ArrayList<>();
        for (long id = 1; id <= 20_000; id++) {
            inserts.add(new Object[]{id, "old " + id, "kept " + id});
        }
        jdbc.batchUpdate("INSERT INTO item (id, name, note, version) VALUES (?, ?, ?, 0)", inserts);

        String longName = "é".repeat(1500);
        List<Object[]> rows = new ArrayList<>();
        for (long id = 2; id <= 20_000; id += 2) {
            rows.add(new Object[]{id, id == 2 ? longName : "new " + id, id % 4 == 0 ? null : "n" + id});
        }
        int merged = RENAME.execute(jdbc, rows);

        assertThat(merged).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE version = 1", Long.class)).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE version = 0 AND MOD(id, 2) = 1 "
                + "AND name = CONCAT('old ', CAST(id AS VARCHAR(20)))", Long.class)).isEqualTo(10_000);
        Map<String, Object> four = jdbc.queryForMap("SELECT name, note FROM item WHERE id = 4");
        assertThat(four).containsEntry("name", "new 4").containsEntry("note", "kept 4");
        assertThat(jdbc.queryForObject("SELECT note FROM item WHERE id = 6", String.class)).isEqualTo("n6");
        assertThat(jdbc.queryForObject("SELECT name FROM item WHERE id = 2", String.class)).isEqualTo(longName);
    }

    /** A merge that inserts what it does not match, as provenance is written: new keys in, existing ones updated. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aMergeWithAnInsertBranchInsertsNewRowsAndUpdatesExistingOnes(String engine) {
        JdbcTemplate jdbc = new JdbcTemplate(engine.equals("h2")
                ? new DriverManagerDataSource("jdbc:h2:mem:owner-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                : new DriverManagerDataSource(EmbeddedPostgres.newDatabaseUrl(), "postgres", "postgres"));
        jdbc.execute("DROP TABLE IF EXISTS owner");
        jdbc.execute("CREATE TABLE owner (item BIGINT, field VARCHAR(20), writer VARCHAR(20), "
                + "PRIMARY KEY (item, field))");
        jdbc.update("INSERT INTO owner VALUES (1, 'name', 'crm-a'), (1, 'city', 'crm-a')");
        ValuesMerge upsert = new ValuesMerge("owner o", List.of(ValuesMerge.Column.bigint("item"),
                ValuesMerge.Column.text("field"), ValuesMerge.Column.text("writer")),
                "o.item = v.item AND o.field = v.field",
                "UPDATE SET writer = v.writer WHEN NOT MATCHED THEN INSERT (item, field, writer) "
                        + "VALUES (v.item, v.field, v.writer)");

        int written = upsert.execute(jdbc, List.of(new Object[]{1L, "name", "crm-b"}, new Object[]{2L, "name", "crm-b"}));

        assertThat(written).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT CAST(item AS VARCHAR(20)) || '/' || field || '=' || writer FROM owner "
                + "ORDER BY item, field", String.class)).containsExactly("1/city=crm-a", "1/name=crm-b", "2/name=crm-b");
    }
}
