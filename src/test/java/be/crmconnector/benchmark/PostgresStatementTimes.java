package be.crmconnector.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For profiling only ({@code -Dpg.stat-statements=true}): the statements PostgreSQL spent most time executing during
 * the product's timed import, from {@code pg_stat_statements}, printed to the console. Socket waits in the product
 * show what the product waited for; this shows what the server worked on, per statement.
 */
final class PostgresStatementTimes {
    static final boolean ENABLED = Boolean.getBoolean("pg.stat-statements");

    private PostgresStatementTimes() {
    }

    static void reset(BenchStore store) {
        execute(store, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "SELECT pg_stat_statements_reset()");
    }

    static void print(BenchStore store) {
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT total_exec_time, calls, rows, "
                     + "LEFT(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements "
                     + "WHERE query NOT LIKE 'VACUUM%' AND query NOT LIKE 'CHECKPOINT%' "
                     + "ORDER BY total_exec_time DESC LIMIT 25")) {
            System.out.println("PostgreSQL execution time per statement during the timed import:");
            while (rs.next()) {
                System.out.printf("%9.0f ms %7d calls %9d rows  %s%n", rs.getDouble(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_statements", e);
        }
    }

    private static void execute(BenchStore store, String... statements) {
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use pg_stat_statements", e);
        }
    }
}
