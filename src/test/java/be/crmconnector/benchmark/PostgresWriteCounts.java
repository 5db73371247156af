package be.crmconnector.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows inserted, updated and deleted per table, from PostgreSQL's {@code pg_stat_user_tables} ({@code n_tup_ins},
 * {@code n_tup_upd}, {@code n_tup_del}), read on a connection of its own. Backends publish these counters at most
 * once a second while busy and within 10 s once idle (PostgreSQL 15+), so each reading, taken while the product runs
 * idle, waits until the counters have stood still for {@link #SETTLE}.
 */
record PostgresWriteCounts(Map<String, long[]> byTable) {
    static final Duration SETTLE = Duration.ofSeconds(11);

    /** A reading once the counters stood still for {@link #SETTLE} (the product idle but still connected). */
    static PostgresWriteCounts settled(BenchStore store) {
        PostgresWriteCounts last = read(store);
        long stillSince = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() - stillSince < SETTLE.toNanos()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("pg_stat_user_tables did not settle within 2 minutes");
            }
            Polling.pause(Duration.ofMillis(500));
            PostgresWriteCounts now = read(store);
            if (!now.sameAs(last)) {
                last = now;
                stillSince = System.nanoTime();
            }
        }
        return last;
    }

    static PostgresWriteCounts read(BenchStore store) {
        return query(store, "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables", rs -> {
            Map<String, long[]> counts = new TreeMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
            return new PostgresWriteCounts(counts);
        });
    }

    /** What was written between {@code before} and this reading, tables without writes left out. */
    PostgresWriteCounts minus(PostgresWriteCounts before) {
        Map<String, long[]> delta = new TreeMap<>();
        byTable.forEach((table, now) -> {
            long[] then = before.byTable.getOrDefault(table, new long[3]);
            long[] d = {now[0] - then[0], now[1] - then[1], now[2] - then[2]};
            if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
                delta.put(table, d);
            }
        });
        return new PostgresWriteCounts(delta);
    }

    long inserted(String table) {
        return byTable.getOrDefault(table, new long[3])[0];
    }

    long updated(String table) {
        return byTable.getOrDefault(table, new long[3])[1];
    }

    long total() {
        return byTable.values().stream().mapToLong(c -> c[0] + c[1] + c[2]).sum();
    }

    private boolean sameAs(PostgresWriteCounts other) {
        return byTable.size() == other.byTable.size() && byTable.entrySet().stream().allMatch(e ->
                java.util.Arrays.equals(e.getValue(), other.byTable.get(e.getKey())));
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(BenchStore store, String sql, Reader<T> reader) {
        // A connection of its own, closed at once: the harness's pool must not be what is being waited for.
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_user_tables", e);
        }
    }
}
