package be.crmconnector.benchmark;

import be.crmconnector.support.EmbeddedPostgres;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one contender: H2 (file, as in production) or embedded PostgreSQL. The harness's
 * own pool opens on demand and can be released, so that a child JVM can open the H2 file alone in embedded mode.
 */
public final class BenchStore {
    private final String engine;
    private final String url;
    private final String user;
    private final String password;
    private HikariDataSource pool;

    private BenchStore(String engine, String url, String user, String password) {
        this.engine = engine;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static BenchStore h2() {
        try {
            Path dir = Files.createTempDirectory("crm-bench-h2");
            return migrated(new BenchStore("H2", "jdbc:h2:file:" + dir.resolve("store") + ";CACHE_SIZE=32768", "sa",
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchStore postgres() {
        return migrated(new BenchStore("PostgreSQL", EmbeddedPostgres.newDatabaseUrl(), "postgres", "postgres"));
    }

    private static BenchStore migrated(BenchStore store) {
        Flyway.configure().dataSource(store.dataSource()).locations("classpath:db/migration").load().migrate();
        return store;
    }

    public String engine() {
        return engine;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The harness's pool on this store, opened again if it was released. */
    public synchronized DataSource dataSource() {
        if (pool == null) {
            pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(4);
            pool.setPoolName("bench");
        }
        return pool;
    }

    /** Closes the harness's pool (the database stays); on H2 this also closes the file. */
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    public boolean isPostgres() {
        return engine.equals("PostgreSQL");
    }
}
