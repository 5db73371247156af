package be.crmconnector.sources.sqlview;

import org.h2.tools.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Source databases of sql-view tests, never the store: a PostgreSQL server of their own (zonky, started apart from
 * the store's), and an H2 TCP server on 127.0.0.1; each call makes a new database holding the practice's view.
 */
final class SourceDatabases {
    static final String USER = "crm_reader";
    static final String PASSWORD = "reader-secret";
    static final Instant FIRST_CHANGE = Instant.parse("2026-01-01T00:00:00Z");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private static Server h2;

    private SourceDatabases() {
    }

    /** A new database on a PostgreSQL server of its own (user postgres; the server trusts local users). */
    static synchronized String newPostgres() {
        try {
            if (postgres == null) {
                postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            }
            String name = "practice_" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("The source PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a source database", e);
        }
    }

    /** A new in-memory database behind an H2 TCP server, with its own user and password. */
    static synchronized String newH2() {
        try {
            if (h2 == null) {
                h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            }
            String url = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:practice-" + DATABASES.incrementAndGet()
                    + ";DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
                // the first user of a new H2 database becomes its administrator, with this password
            }
            return url;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a source database", e);
        }
    }

    /** The practice's table and the view over it, with {@code rows} clients changed one second apart. */
    static void createView(String url, String user, String password, int rows) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE crm_clients (client_no VARCHAR(20) PRIMARY KEY, first_name VARCHAR(50), "
                    + "last_name VARCHAR(50), email VARCHAR(100), updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE VIEW crm_clients_v AS SELECT client_no, first_name, last_name, email, updated_at "
                    + "FROM crm_clients");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_clients VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    insert.setString(1, "C" + i);
                    insert.setString(2, "First" + i);
                    insert.setString(3, "Last" + i);
                    insert.setString(4, "client" + i + "@example.be");
                    insert.setTimestamp(5, Timestamp.from(FIRST_CHANGE.plusSeconds(i)));
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the practice view", e);
        }
    }

    static void execute(String url, String user, String password, String... statements) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the source database", e);
        }
    }

    /** A connector file of type sql-view on the url, user and password read from SRC_DB_USER / SRC_DB_PASSWORD. */
    static String connectorFile(String id, String url, String gate, String incremental) {
        return "id: " + id + "\n"
                + "type: sql-view\n"
                + "sqlView:\n"
                + "  url: \"" + url + "\"\n"
                + "  user: ${SRC_DB_USER}\n"
                + "  password: ${SRC_DB_PASSWORD}\n"
                + "  view: crm_clients_v\n"
                + "  fetchSize: 200\n"
                + (incremental == null ? "" : "  incremental: " + incremental + "\n")
                + "mapping:\n"
                + "  externalId: [client_no]\n"
                + "gate: " + gate + "\n"
                + "onlyInStore: flag\n";
    }
}
