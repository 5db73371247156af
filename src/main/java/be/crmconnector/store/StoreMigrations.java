package be.crmconnector.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings the store's schema up to date (Flyway), at start-up when the database answers, and otherwise as soon as it
 * does: the service starts without its database, reports itself not ready (health {@code store}, part of the
 * readiness group) and keeps trying in the background. A migration that fails for any other reason (a script that
 * does not apply) still stops the start: that is not something time will mend.
 */
@Component("store")
public class StoreMigrations implements HealthIndicator, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(StoreMigrations.class);

    private final Flyway flyway;
    private final Duration retryEvery;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "store-migrations");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean migrated;
    private volatile String waitingFor = "not migrated yet";

    public StoreMigrations(DataSource dataSource,
                           @Value("${crm.store.migration-retry:5000}") long retryMillis) {
        this.flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        this.retryEvery = Duration.ofMillis(retryMillis);
        if (!attempt()) {
            LOG.warn("The store does not answer ({}); the service starts without it and brings its schema up to date "
                    + "as soon as it does", waitingFor);
            retries.scheduleWithFixedDelay(this::retry, retryMillis, retryMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether the schema is up to date, so that the store can be used. */
    public boolean migrated() {
        return migrated;
    }

    private void retry() {
        if (attempt()) {
            LOG.info("The store answers again; its schema is up to date");
            retries.shutdown();
        }
    }

    /** True once migrated; false while the database is unreachable; any other failure is thrown. */
    private boolean attempt() {
        try {
            flyway.migrate();
            migrated = true;
            return true;
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            waitingFor = "unreachable: " + rootOf(e).getClass().getSimpleName();
            return false;
        }
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public Health health() {
        return migrated ? Health.up().build()
                : Health.down().withDetail("schema", waitingFor).withDetail("retryEvery", retryEvery.toString()).build();
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
