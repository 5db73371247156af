package be.crmconnector.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The demo's on-premise practice database: an in-memory H2 database apart from the store, holding a table of sample
 * clients and the read-only view {@code crm_clients_v} the {@code practice-db-demo} connector reads. Kept open for the
 * life of the service (one connection holds the in-memory database).
 */
final class DemoPracticeDatabase implements AutoCloseable {
    static final String URL = "jdbc:h2:mem:practice-demo;DB_CLOSE_DELAY=-1";
    private static final String[][] CLIENTS = {
            {"Jan", "Peeters", "Antwerpen", "2000", "nl"}, {"Marie", "Dubois", "Namur", "5000", "fr"},
            {"Pieter", "Janssens", "Gent", "9000", "nl"}, {"Sophie", "Lambert", "Liège", "4000", "fr"},
            {"Luc", "Maes", "Leuven", "3000", "nl"}, {"Claire", "Dupont", "Bruxelles", "1000", "fr"},
            {"Koen", "Willems", "Brugge", "8000", "nl"}, {"Anne", "Martin", "Mons", "7000", "fr"},
            {"Tom", "Claes", "Hasselt", "3500", "nl"}, {"Julie", "Simon", "Charleroi", "6000", "fr"},
            {"Bart", "Goossens", "Mechelen", "2800", "nl"}, {"Isabelle", "Laurent", "Wavre", "1300", "fr"}};

    private final Connection keeper;

    private DemoPracticeDatabase(Connection keeper) {
        this.keeper = keeper;
    }

    static DemoPracticeDatabase create(String user, String password) {
        try {
            Connection connection = DriverManager.getConnection(URL, user, password);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS crm_clients (client_no VARCHAR(20) PRIMARY KEY, "
                        + "first_name VARCHAR(50), last_name VARCHAR(50), email VARCHAR(100), city VARCHAR(50), "
                        + "postal_code VARCHAR(10), language VARCHAR(2), internal_notes VARCHAR(200), "
                        + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                s.execute("CREATE OR REPLACE VIEW crm_clients_v AS SELECT client_no, first_name, last_name, email, "
                        + "city, postal_code, language, internal_notes, updated_at FROM crm_clients");
            }
            try (PreparedStatement insert = connection.prepareStatement("MERGE INTO crm_clients KEY (client_no) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Instant changed = Instant.parse("2026-01-05T09:00:00Z");
                for (int i = 0; i < CLIENTS.length; i++) {
                    String[] c = CLIENTS[i];
                    insert.setString(1, "P-" + (1001 + i));
                    insert.setString(2, c[0]);
                    insert.setString(3, c[1]);
                    insert.setString(4, (c[0] + "." + c[1]).toLowerCase(java.util.Locale.ROOT) + "@example.be");
                    insert.setString(5, c[2]);
                    insert.setString(6, c[3]);
                    insert.setString(7, c[4]);
                    insert.setString(8, "not imported: no field of that name");
                    insert.setTimestamp(9, Timestamp.from(changed.plusSeconds(3600L * i)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new DemoPracticeDatabase(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The demo practice database could not be made", e);
        }
    }

    @Override
    public void close() throws SQLException {
        keeper.close();
    }
}
