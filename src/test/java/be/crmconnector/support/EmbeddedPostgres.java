package be.crmconnector.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (zonky: binaries from a Maven jar, no Docker), with a fresh database for
 * each Spring context that asks for one.
 */
public final class EmbeddedPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    /** JDBC URL of a new, empty database. */
    public static synchronized String newDatabaseUrl() {
        try {
            if (server == null) {
                var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
                // For finding slow statements in a benchmark: -Dpg.log-min-duration=50 (milliseconds)
                String slow = System.getProperty("pg.log-min-duration");
                if (slow != null) {
                    builder.setServerConfig("log_min_duration_statement", slow);
                }
                // For seeing what the server spends its time on in a benchmark: -Dpg.stat-statements=true
                if (Boolean.getBoolean("pg.stat-statements")) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
            }
            String name = "crm_test_" + DATABASES.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    /**
     * Drops a database made by {@link #newDatabaseUrl()}, closing its connections: a large database left behind keeps
     * the shared server's autovacuum busy while later work is measured.
     */
    public static synchronized void dropDatabase(String url) {
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        if (!name.matches("crm_test_\\d+")) {
            throw new IllegalArgumentException("Not a database made here: " + url);
        }
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + name, e);
        }
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is going away; the server's data directory is temporary
        }
    }
}
