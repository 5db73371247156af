package be.crmconnector.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/**
 * The few things the store does differently on H2 and on PostgreSQL, in one place. The SQL itself is standard and
 * the same on both (MERGE, OFFSET … FETCH); what differs is how each database is best driven.
 */
public enum Dialect {
    H2 {
        @Override
        public boolean streamsLargeResults() {
            return false;
        }

        @Override
        public Optional<List<Long>> drawClientIds(JdbcOperations jdbc, int count) {
            return Optional.empty();
        }

        @Override
        public void analyze(JdbcOperations jdbc, String table) {
            // H2 keeps its own statistics up to date as rows change.
        }

        @Override
        public long believedRows(JdbcOperations jdbc, String table) {
            return 0;
        }

        @Override
        public int applyWriters() {
            return 1;
        }

        @Override
        public void flush(JdbcOperations jdbc) {
            // H2 writes a commit to its file up to WRITE_DELAY (500 ms) later: a kill -9 in between loses it.
            jdbc.execute("CHECKPOINT SYNC");
        }
    },

    POSTGRESQL {
        @Override
        public boolean streamsLargeResults() {
            return true; // with a fetch size, inside a transaction
        }

        @Override
        public Optional<List<Long>> drawClientIds(JdbcOperations jdbc, int count) {
            return Optional.of(jdbc.queryForList(
                    "SELECT nextval(pg_get_serial_sequence('client', 'id')) FROM generate_series(1, ?)", Long.class,
                    count));
        }

        @Override
        public void analyze(JdbcOperations jdbc, String table) {
            jdbc.execute("ANALYZE " + table);
        }

        @Override
        public long believedRows(JdbcOperations jdbc, String table) {
            Double rows = jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = ? AND relkind = 'r'",
                    Double.class, table);
            return rows == null || rows < 0 ? 0 : rows.longValue();
        }

        @Override
        public int applyWriters() {
            return 2;
        }

        @Override
        public void flush(JdbcOperations jdbc) {
            // A PostgreSQL commit is on disk when it returns (synchronous_commit on, the default).
        }
    };

    /**
     * The database behind a data source, from its JDBC URL when the pool says it, so that asking needs no connection
     * (the service starts while the database is down).
     */
    public static Dialect of(DataSource dataSource) {
        String url = dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari ? hikari.getJdbcUrl()
                : dataSource instanceof org.springframework.jdbc.datasource.DriverManagerDataSource plain ? plain.getUrl()
                : null;
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url != null && url.startsWith("jdbc:h2:")) {
            return H2;
        }
        String product = new JdbcTemplate(dataSource).execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(product) ? POSTGRESQL : H2;
    }

    /**
     * Whether one query may return a million rows as they are fetched. H2 computes a whole result before returning
     * its first row (spooling a large one to a temporary file); its lazy mode is not safe under concurrent writes.
     */
    public abstract boolean streamsLargeResults();

    /**
     * Ids for {@code count} new clients, drawn before inserting them, or empty when the insert must return the keys it
     * generates. On PostgreSQL a batch that asks for generated keys is executed row by row; a batch without is sent as
     * multi-row INSERTs.
     */
    public abstract Optional<List<Long>> drawClientIds(JdbcOperations jdbc, int count);

    /** Refreshes the planner's statistics of a table an import has just grown. */
    public abstract void analyze(JdbcOperations jdbc, String table);

    /** What the planner believes the table holds (0 when it keeps no such belief, or never analysed). */
    public abstract long believedRows(JdbcOperations jdbc, String table);

    /**
     * Batches of a run written at once by default: two on PostgreSQL, where each transaction has a server process of
     * its own; one on H2, which runs inside this JVM and serialises its writes (two writers measured slower than one
     * there: 1M-row re-import, apply 23 s against 19 s).
     */
    public abstract int applyWriters();

    /** Makes every commit so far durable: a process killed after this loses none of them. */
    public abstract void flush(JdbcOperations jdbc);
}
