package be.crmconnector.store;

import be.crmconnector.support.EmbeddedPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows inserted in bulk read back exactly as given, awkward text, nulls and instants included, on H2 and PostgreSQL,
 * and belong to the caller's transaction: rolled back with it, and a failing row fails them all.
 */
class BulkInsertTest {
    private static final List<String> COLUMNS = List.of("id", "label", "amount", "flag", "at");
    private static final Instant AT = Instant.parse("2026-11-30T17:45:12.123456Z");
    private static final List<String> AWKWARD = List.of("tab\there", "two\nlines", "carriage\rreturn",
            "back\\slash", "\\.", "\\N", "", "Zoë Van den Broeck — 😀", "end\\");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void everyValueReadsBackAsGiven(String engine) {
        inStore(engine, store -> {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < AWKWARD.size(); i++) {
                rows.add(new Object[]{(long) i, AWKWARD.get(i), i % 2 == 0 ? null : (long) i * 1_000_000_007L,
                        i % 3 == 0, i == 1 ? null : AT.plusSeconds(i)});
            }
            rows.add(new Object[]{99L, null, 7, null, AT});

            new BulkInsert(store).insert("bulk_item", COLUMNS, rows, row -> row);

            for (Object[] row : rows) {
                Map<String, Object> stored = jdbc.queryForMap("SELECT label, amount, flag, at FROM bulk_item WHERE id = ?",
                        row[0]);
                assertThat(stored.get("label")).as("label of %s", row[0]).isEqualTo(row[1]);
                assertThat(stored.get("amount") == null ? null : ((Number) stored.get("amount")).longValue())
                        .isEqualTo(row[2] == null ? null : ((Number) row[2]).longValue());
                assertThat(stored.get("flag")).isEqualTo(row[3]);
                OffsetDateTime at = jdbc.queryForObject("SELECT at FROM bulk_item WHERE id = ?",
                        (rs, n) -> rs.getObject(1, OffsetDateTime.class), row[0]);
                assertThat(at == null ? null : at.toInstant()).as("instant of %s", row[0]).isEqualTo(row[4]);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void theRowsBelongToTheCallersTransaction(String engine) {
        inStore(engine, store -> {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            BulkInsert bulk = new BulkInsert(store);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(store));
            List<Object[]> fine = List.of(new Object[]{1L, "a", null, true, AT}, new Object[]{2L, "b", null, true, AT});

            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                bulk.insert("bulk_item", COLUMNS, fine, row -> row);
                throw new IllegalStateException("the batch after it failed");
            })).hasMessage("the batch after it failed");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_item", Long.class)).isZero();

            List<Object[]> oneDuplicate = List.of(new Object[]{3L, "c", null, true, AT},
                    new Object[]{3L, "c again", null, true, AT});
            assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                    bulk.insert("bulk_item", COLUMNS, oneDuplicate, row -> row)))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_item", Long.class)).isZero();

            transaction.executeWithoutResult(status -> bulk.insert("bulk_item", COLUMNS, fine, row -> row));
            assertThat(jdbc.queryForList("SELECT label FROM bulk_item ORDER BY id", String.class))
                    .containsExactly("a", "b");
        });
    }

    /** A fresh store of the engine with the test's table, destroyed after the test. */
    private static void inStore(String engine, Consumer<SingleConnectionDataSource> test) {
        SingleConnectionDataSource store = store(engine);
        try {
            test.accept(store);
        } finally {
            store.destroy();
        }
    }

    private static SingleConnectionDataSource store(String engine) {
        SingleConnectionDataSource store = engine.equals("H2")
                ? new SingleConnectionDataSource("jdbc:h2:mem:bulk-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "", true)
                : new SingleConnectionDataSource(EmbeddedPostgres.newDatabaseUrl(), "postgres", "postgres", true);
        new JdbcTemplate(store).execute("CREATE TABLE bulk_item (id BIGINT PRIMARY KEY, label VARCHAR(200), "
                + "amount BIGINT, flag BOOLEAN, at TIMESTAMP WITH TIME ZONE)");
        return store;
    }
}
