package be.crmconnector.history;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.reconcile.Bucket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import meters in {@code /actuator/prometheus}: runs by status, rows by bucket, and per connector the duration
 * and rows per second of its last finished run and the age of its last successful run. Read from the run history
 * (one snapshot, at most every few seconds, whatever the number of scrapes), so that every node of a cluster reports
 * the same and a restart loses nothing.
 */
@Component
public class ImportMeters implements MeterBinder {
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final String SUCCESS = "('COMPLETED', 'COMPLETED_WITH_ERRORS', 'AWAITING_APPROVAL')";

    private final NamedParameterJdbcTemplate jdbc;
    private final ConnectorRegistry connectors;
    private final Clock clock = Clock.systemUTC();
    private Snapshot snapshot;

    /** What the meters show, read at {@code at}. */
    private record Snapshot(Instant at, Map<RunStatus, Long> runs, Map<Bucket, Long> rows,
                            Map<String, Instant> lastSuccess, Map<String, double[]> lastRun) {
    }

    public ImportMeters(NamedParameterJdbcTemplate jdbc, ConnectorRegistry connectors) {
        this.jdbc = jdbc;
        this.connectors = connectors;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder("crm.runs", this, m -> m.now().runs().getOrDefault(status, 0L))
                    .description("Import runs in the history, by status").tag("status", status.name())
                    .register(registry);
        }
        for (Bucket bucket : Bucket.values()) {
            Gauge.builder("crm.run.rows", this, m -> m.now().rows().getOrDefault(bucket, 0L))
                    .description("Rows of all runs in the history, by bucket").tag("bucket", bucket.name())
                    .register(registry);
        }
        for (ConnectorDefinition connector : connectors.all()) {
            String id = connector.id();
            Gauge.builder("crm.connector.last.success.age", this, m -> m.ageOfLastSuccess(id))
                    .description("Seconds since the connector's last run was applied or staged for review; "
                            + "NaN when it never was").baseUnit("seconds").tag("connector", id).register(registry);
            Gauge.builder("crm.connector.last.run.duration", this, m -> m.lastRun(id, 0))
                    .description("Seconds from receipt to end of the connector's last finished run")
                    .baseUnit("seconds").tag("connector", id).register(registry);
            Gauge.builder("crm.connector.last.run.rows.per.second", this, m -> m.lastRun(id, 1))
                    .description("Records read per second by the connector's last finished run")
                    .tag("connector", id).register(registry);
        }
    }

    private double ageOfLastSuccess(String connectorId) {
        Instant last = now().lastSuccess().get(connectorId);
        return last == null ? Double.NaN : Duration.between(last, clock.instant()).toMillis() / 1000.0;
    }

    private double lastRun(String connectorId, int which) {
        double[] run = now().lastRun().get(connectorId);
        return run == null ? Double.NaN : run[which];
    }

    private synchronized Snapshot now() {
        Instant at = clock.instant();
        if (snapshot == null || snapshot.at().plus(FRESH).isBefore(at)) {
            snapshot = read(at);
        }
        return snapshot;
    }

    private Snapshot read(Instant at) {
        Map<RunStatus, Long> runs = new EnumMap<>(RunStatus.class);
        jdbc.query("SELECT status, COUNT(*) AS n FROM import_run GROUP BY status", rs -> {
            runs.put(RunStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        Map<Bucket, Long> rows = new EnumMap<>(Bucket.class);
        jdbc.query("SELECT SUM(new_count) AS n, SUM(update_count) AS u, SUM(unchanged_count) AS c, "
                + "SUM(invalid_count) AS i, SUM(duplicate_in_file_count) AS d, SUM(only_in_store_count) AS o "
                + "FROM import_run", rs -> {
            rows.put(Bucket.NEW, rs.getLong("n"));
            rows.put(Bucket.UPDATE, rs.getLong("u"));
            rows.put(Bucket.UNCHANGED, rs.getLong("c"));
            rows.put(Bucket.INVALID, rs.getLong("i"));
            rows.put(Bucket.DUPLICATE_IN_FILE, rs.getLong("d"));
            rows.put(Bucket.ONLY_IN_STORE, rs.getLong("o"));
        });
        Map<String, Instant> lastSuccess = new HashMap<>();
        jdbc.query("SELECT connector_id, MAX(COALESCE(finished_at, staged_at)) AS t FROM import_run "
                + "WHERE status IN " + SUCCESS + " GROUP BY connector_id", rs -> {
            Timestamp t = rs.getTimestamp("t");
            if (t != null) {
                lastSuccess.put(rs.getString("connector_id"), t.toInstant());
            }
        });
        Map<String, double[]> lastRun = new HashMap<>();
        for (ConnectorDefinition connector : connectors.all()) {
            lastRunOf(connector.id()).ifPresent(run -> lastRun.put(connector.id(), run));
        }
        return new Snapshot(at, runs, rows, lastSuccess, lastRun);
    }

    /** Duration in seconds and records read per second of the connector's last finished run. */
    private java.util.Optional<double[]> lastRunOf(String connectorId) {
        List<double[]> found = jdbc.query("SELECT received_at, finished_at, records_read FROM import_run "
                        + "WHERE connector_id = :c AND finished_at IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                new MapSqlParameterSource("c", connectorId), (rs, n) -> {
                    double seconds = Math.max(0.001, Duration.between(rs.getTimestamp("received_at").toInstant(),
                            rs.getTimestamp("finished_at").toInstant()).toMillis() / 1000.0);
                    return new double[]{seconds, rs.getLong("records_read") / seconds};
                });
        return found.stream().findFirst();
    }
}
