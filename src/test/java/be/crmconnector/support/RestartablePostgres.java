package be.crmconnector.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of a test's own (not the shared one of {@link be.crmconnector.support.EmbeddedPostgres}), which
 * the test can stop and start again on the same port and data: a database outage, for real.
 */
public final class RestartablePostgres implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    public RestartablePostgres() {
        try {
            this.dataDirectory = Files.createTempDirectory("pg-restartable");
            this.port = ChildProduct.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
        execute("postgres", "CREATE DATABASE crm");
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/crm";
    }

    public synchronized void start() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** A fast shutdown: open connections are cut, as when the server goes away. */
    public synchronized void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    /** Runs SQL statements on a database of this server as its superuser. */
    public void execute(String database, String... statements) {
        try (Connection connection = server.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single number from a query on the crm database. */
    public long number(String sql) {
        try (Connection connection = server.getDatabase("postgres", "crm").getConnection();
             Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stop();
        }
    }
}
