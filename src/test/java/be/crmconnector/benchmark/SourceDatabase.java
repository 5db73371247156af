package be.crmconnector.benchmark;

import org.h2.tools.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.IntFunction;

/**
 * The practice's own database that a {@code sql-view} contender reads, never the product's store: a PostgreSQL server
 * of its own (zonky, apart from the stores' server) or an H2 file database behind a TCP server on 127.0.0.1. It holds
 * the table {@code crm_clients} (the workload's 15 columns under plain names, {@link Workload#COLUMNS}) and the view
 * {@code crm_clients_v} over it; {@link #load} replaces the table's rows, outside any timing.
 */
final class SourceDatabase implements AutoCloseable {
    static final String VIEW = "crm_clients_v";
    static final String USER = "crm_reader";
    static final String PASSWORD = "bench-reader-secret";

    private final String engine;
    private final String url;
    private final String user;
    private final String password;
    private final AutoCloseable server;

    private SourceDatabase(String engine, String url, String user, String password, AutoCloseable server) {
        this.engine = engine;
        this.url = url;
        this.user = user;
        this.password = password;
        this.server = server;
        createView();
    }

    /** A PostgreSQL server of its own, database {@code postgres} (the server trusts local users). */
    static SourceDatabase postgres() {
        try {
            var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            return new SourceDatabase("PostgreSQL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                    "postgres", "postgres", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("The source PostgreSQL did not start", e);
        }
    }

    /** An H2 file database (on disk, so that a million rows do not sit in the harness's heap) behind a TCP server. */
    static SourceDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("crm-bench-source");
            Server tcp = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
            String url = "jdbc:h2:tcp://127.0.0.1:" + tcp.getPort() + "/practice";
            return new SourceDatabase("H2", url, USER, PASSWORD, tcp::stop); // the first user becomes the admin
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The source H2 server did not start", e);
        }
    }

    String engine() {
        return engine;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private void createView() {
        String columns = String.join(" VARCHAR(200), ", Workload.COLUMNS) + " VARCHAR(200)";
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE crm_clients (" + columns + ", PRIMARY KEY (ref))");
            s.execute("CREATE VIEW " + VIEW + " AS SELECT " + String.join(", ", Workload.COLUMNS)
                    + " FROM crm_clients");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the source view", e);
        }
    }

    /** Replaces the table's rows with rows 0 … {@code rows - 1} of {@code row} (an empty cell is NULL). */
    void load(int rows, IntFunction<Workload.Client> row) {
        String insert = "INSERT INTO crm_clients VALUES (" + "?, ".repeat(Workload.COLUMNS.length - 1) + "?)";
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); PreparedStatement p = c.prepareStatement(insert)) {
                s.execute("TRUNCATE TABLE crm_clients");
                for (int i = 0; i < rows; i++) {
                    String[] cells = row.apply(i).cells();
                    for (int k = 0; k < cells.length; k++) {
                        p.setString(k + 1, cells[k]);
                    }
                    p.addBatch();
                    if (i % 5000 == 4999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            if (engine.equals("PostgreSQL")) {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("VACUUM (ANALYZE) crm_clients"); // as for the store: no autovacuum inside the timing
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the source view", e);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (engine.equals("PostgreSQL")) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the source database", e);
        }
    }
}
