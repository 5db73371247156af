package be.crmconnector.benchmark;

import be.crmconnector.support.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/** A fresh, migrated database for one contender: H2 (file, as in production) or embedded PostgreSQL. */
public record BenchStore(String engine, String url, String user, String password, DataSource dataSource) {

    public static BenchStore h2() {
        try {
            Path dir = Files.createTempDirectory("crm-bench-h2");
            String url = "jdbc:h2:file:" + dir.resolve("store") + ";CACHE_SIZE=32768";
            return migrated(new BenchStore("H2", url, "sa", "", pool(url, "sa", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchStore postgres() {
        String url = EmbeddedPostgres.newDatabaseUrl();
        return migrated(new BenchStore("PostgreSQL", url, "postgres", "postgres", pool(url, "postgres", "postgres")));
    }

    private static BenchStore migrated(BenchStore store) {
        Flyway.configure().dataSource(store.dataSource).locations("classpath:db/migration").load().migrate();
        return store;
    }

    private static DataSource pool(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(4);
        ds.setPoolName("bench");
        return ds;
    }

    /** Closes the benchmark's own pool (the database stays). */
    public void close() {
        ((HikariDataSource) dataSource).close();
    }

    public boolean isPostgres() {
        return engine.equals("PostgreSQL");
    }
}
