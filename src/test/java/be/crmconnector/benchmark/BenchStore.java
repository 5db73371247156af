package be.crmconnector.benchmark;

import be.crmconnector.support.EmbeddedPostgres;
import be.crmconnector.support.TempDirs;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
        Path dir = TempDirs.deletedAtExit("crm-bench-h2");
        return migrated(new BenchStore("H2", "jdbc:h2:file:" + dir.resolve("store") + ";CACHE_SIZE=32768", "sa", ""));
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

    /**
     * Leaves a PostgreSQL store as a bulk load should be left before the next import is timed: vacuumed, analysed and
     * checkpointed. Otherwise the autovacuum of the rows just seeded (PostgreSQL vacuums insert-only tables too) and
     * the checkpoint of their pages land inside one contender's timing and not another's: the same product measured
     * 32 s in one run and 46 s in the next. H2 has nothing of the kind.
     */
    public void settle() {
        if (!isPostgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum the benchmark store", e);
        }
    }

    /** Closes the pool and, on PostgreSQL, drops the database, so that nothing of it works on in the background. */
    public void discard() {
        close();
        if (isPostgres()) {
            EmbeddedPostgres.dropDatabase(url);
        }
    }

    public boolean isPostgres() {
        return engine.equals("PostgreSQL");
    }
}
