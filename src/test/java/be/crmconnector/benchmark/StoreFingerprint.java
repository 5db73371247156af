package be.crmconnector.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Client count and an order-independent checksum over (vat_number, email, city) of every client. */
public record StoreFingerprint(long clients, long checksum) {

    public static StoreFingerprint of(DataSource store) {
        Builder b = new Builder();
        try (Connection c = store.getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (ResultSet rs = s.executeQuery("SELECT vat_number, email, city FROM client")) {
                while (rs.next()) {
                    b.add(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the store", e);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return clients + " clients, checksum " + Long.toHexString(checksum);
    }

    static final class Builder {
        private long count;
        private long sum;

        void add(String vat, String email, String city) {
            long h = 0xcbf29ce484222325L;
            for (byte x : (vat + "|" + email + "|" + city).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (x & 0xff)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            count++;
            sum += h;
        }

        StoreFingerprint build() {
            return new StoreFingerprint(count, sum);
        }
    }
}
