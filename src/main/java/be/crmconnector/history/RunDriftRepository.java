package be.crmconnector.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The drift of full syncs, derived from the run's staged rows: a NEW row is a record the incremental runs missed, an
 * UPDATE row one the store holds differently, an ONLY_IN_STORE row one the source no longer has. A client an earlier
 * run already marked only-in-store (policy {@code flag}) is known, not drift, and is left out.
 */
@Repository
public class RunDriftRepository {
    private static final String ROWS = " FROM run_row r WHERE r.run_id = ? AND r.bucket = ? AND NOT EXISTS ("
            + "SELECT 1 FROM only_in_store_mark m WHERE m.connector_id = ? AND m.external_id = r.record_key "
            + "AND m.run_id < r.run_id)";
    private static final String COUNT = "SELECT COUNT(*)" + ROWS;
    private static final String IDS = "SELECT r.record_key" + ROWS + " AND r.record_key IS NOT NULL ORDER BY r.id "
            + "FETCH FIRST " + RunDrift.MAX_IDS + " ROWS ONLY";

    private final JdbcTemplate jdbc;

    public RunDriftRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Works out the drift of the staged run from its rows and keeps it with the run. */
    public RunDrift record(long runId, String connectorId) {
        RunDrift drift = new RunDrift(count(runId, "NEW", connectorId), count(runId, "UPDATE", connectorId),
                count(runId, "ONLY_IN_STORE", connectorId), ids(runId, "NEW", connectorId),
                ids(runId, "UPDATE", connectorId), ids(runId, "ONLY_IN_STORE", connectorId));
        jdbc.update("DELETE FROM run_drift WHERE run_id = ?", runId);
        jdbc.update("INSERT INTO run_drift (run_id, missed_count, differing_count, only_in_store_count, missed_ids, "
                        + "differing_ids, only_in_store_ids) VALUES (?, ?, ?, ?, ?, ?, ?)", runId, drift.missedCount(),
                drift.differingCount(), drift.onlyInStoreCount(), String.join(",", drift.missed()),
                String.join(",", drift.differing()), String.join(",", drift.onlyInStore()));
        return drift;
    }

    /** The drift a full sync recorded; empty for any other run. */
    public Optional<RunDrift> find(long runId) {
        return jdbc.query("SELECT * FROM run_drift WHERE run_id = ?", (rs, n) -> new RunDrift(
                rs.getLong("missed_count"), rs.getLong("differing_count"), rs.getLong("only_in_store_count"),
                split(rs.getString("missed_ids")), split(rs.getString("differing_ids")),
                split(rs.getString("only_in_store_ids"))), runId).stream().findFirst();
    }

    private long count(long runId, String bucket, String connectorId) {
        Long count = jdbc.queryForObject(COUNT, Long.class, runId, bucket, connectorId);
        return count == null ? 0 : count;
    }

    private List<String> ids(long runId, String bucket, String connectorId) {
        return jdbc.queryForList(IDS, String.class, runId, bucket, connectorId);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }
}
