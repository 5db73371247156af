package be.crmconnector.sources.cursor;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cursor of incremental sources (a SQL view's change column, Salesforce's SystemModstamp): where the next read
 * starts. Each run notes the highest change time it read; the cursor is the highest of those notes whose run was
 * applied (COMPLETED or COMPLETED_WITH_ERRORS) and not rolled back, so a run that failed, waits for approval or was
 * superseded never moves it, and the rows it read come again. The next read starts an overlap before the cursor:
 * rows committed late with an older change time are not lost; rows read twice cost nothing, as their sync markers
 * make them UNCHANGED. Camel-free and source-agnostic.
 */
public class ChangeCursors {
    private static final String APPLIED = "'COMPLETED', 'COMPLETED_WITH_ERRORS'";

    private final JdbcTemplate store;

    public ChangeCursors(JdbcTemplate store) {
        this.store = store;
    }

    /** The highest change time an applied run of the connector read; empty before the first one. */
    public Optional<Instant> cursor(String connectorId) {
        Timestamp highest = store.queryForObject("SELECT MAX(m.high_water) FROM change_cursor_mark m "
                + "JOIN import_run r ON r.id = m.run_id WHERE m.connector_id = ? AND r.status IN (" + APPLIED + ") "
                + "AND r.rolled_back_at IS NULL", Timestamp.class, connectorId);
        return Optional.ofNullable(highest).map(Timestamp::toInstant);
    }

    /** Where the next read starts: the cursor minus the overlap; empty = read everything. */
    public Optional<Instant> readFrom(String connectorId, Duration overlap) {
        return cursor(connectorId).map(cursor -> cursor.minus(overlap));
    }

    /** Notes the highest change time a run read; it counts once that run is applied. */
    public void noteRead(String connectorId, long runId, Instant highWater) {
        store.update("INSERT INTO change_cursor_mark (connector_id, run_id, high_water) VALUES (?, ?, ?)",
                connectorId, runId, Timestamp.from(highWater));
    }

    /**
     * Notes the records a run read within the overlap below its high water, by id and change time: the next read
     * meets them again and, once this run is applied, drops those whose change time is the same.
     */
    public void noteSeen(String connectorId, long runId, Map<String, Instant> changedAtById) {
        List<Object[]> rows = new ArrayList<>();
        changedAtById.forEach((id, at) -> rows.add(new Object[] {connectorId, runId, id, Timestamp.from(at)}));
        store.batchUpdate("INSERT INTO change_cursor_seen (connector_id, run_id, record_id, changed_at) "
                + "VALUES (?, ?, ?, ?)", rows);
    }

    /** {@code id@changeTime} of the records applied runs of the connector read with a change time at or after from. */
    public Set<String> seenSince(String connectorId, Instant from) {
        Set<String> seen = new HashSet<>();
        store.query("SELECT s.record_id, s.changed_at FROM change_cursor_seen s JOIN import_run r ON r.id = s.run_id "
                        + "WHERE s.connector_id = ? AND s.changed_at >= ? AND r.status IN (" + APPLIED + ") "
                        + "AND r.rolled_back_at IS NULL",
                row -> {
                    seen.add(seenKey(row.getString(1), row.getTimestamp(2).toInstant()));
                }, connectorId, Timestamp.from(from));
        return seen;
    }

    public static String seenKey(String id, Instant changedAt) {
        return id + "@" + changedAt;
    }
}
