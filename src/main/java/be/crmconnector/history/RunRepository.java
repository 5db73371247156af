package be.crmconnector.history;

import be.crmconnector.store.Dialect;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Run history: one row per run with its status, times and counts. */
@Repository
public class RunRepository {
    private static final RowMapper<ImportRun> MAPPER = (rs, n) -> new ImportRun(
            rs.getLong("id"), rs.getString("connector_id"), TriggerKind.valueOf(rs.getString("trigger_kind")),
            rs.getString("source_name"), rs.getString("content_sha256"), rs.getString("reading_notes"),
            RunStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
            (Long) rs.getObject("duplicate_of_run_id", Long.class), instant(rs.getTimestamp("received_at")),
            instant(rs.getTimestamp("staged_at")), instant(rs.getTimestamp("finished_at")),
            new RunCounts(rs.getLong("records_read"), rs.getLong("new_count"), rs.getLong("update_count"),
                    rs.getLong("unchanged_count"), rs.getLong("invalid_count"), rs.getLong("duplicate_in_file_count"),
                    rs.getLong("only_in_store_count"), rs.getLong("warning_count"), rs.getLong("applied_count")),
            instant(rs.getTimestamp("rolled_back_at")), rs.getString("rolled_back_by"),
            (Long) rs.getObject("superseded_by_run_id", Long.class), rs.getString("reimport_requested_by"));

    /** Characters the reading notes keep (V9): the charset, the delimiter and the columns not imported. */
    static final int READING_NOTES_LENGTH = 4000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Dialect dialect;

    public RunRepository(NamedParameterJdbcTemplate jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** Every commit so far on disk, before a source is let go (see {@link Dialect#flush}). */
    public void makeDurable() {
        dialect.flush(jdbc.getJdbcOperations());
    }

    public long create(String connectorId, TriggerKind trigger, String sourceName, String sha256, Instant now) {
        return create(connectorId, trigger, sourceName, sha256, null, now);
    }

    /** @param reimportRequestedBy who asked to import content already imported again; null for an ordinary run */
    public long create(String connectorId, TriggerKind trigger, String sourceName, String sha256,
                       String reimportRequestedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO import_run (connector_id, trigger_kind, source_name, content_sha256, "
                        + "reimport_requested_by, status, received_at) "
                        + "VALUES (:c, :t, :n, :sha, :by, 'RECEIVED', :now)",
                new MapSqlParameterSource("c", connectorId).addValue("t", trigger.name()).addValue("n", sourceName)
                        .addValue("sha", sha256).addValue("by", truncate(reimportRequestedBy, 100))
                        .addValue("now", Timestamp.from(now)), keys, new String[]{"id"});
        return keys.getKey().longValue();
    }

    /** An earlier run of this connector that accepted the same content, if any. */
    public Optional<Long> findAcceptedWithContent(String connectorId, String sha256, long exceptRunId) {
        return jdbc.queryForList("SELECT id FROM import_run WHERE connector_id = :c AND content_sha256 = :sha "
                        + "AND id <> :me AND status IN ('STAGED', 'AWAITING_APPROVAL', 'APPLYING', 'COMPLETED', "
                        + "'COMPLETED_WITH_ERRORS') ORDER BY id",
                new MapSqlParameterSource("c", connectorId).addValue("sha", sha256).addValue("me", exceptRunId),
                Long.class).stream().findFirst();
    }

    public void markDuplicate(long runId, long ofRunId, Instant now) {
        jdbc.update("UPDATE import_run SET status = 'DUPLICATE', duplicate_of_run_id = :of, finished_at = :now, "
                        + "status_reason = :reason WHERE id = :id",
                new MapSqlParameterSource("id", runId).addValue("of", ofRunId).addValue("now", Timestamp.from(now))
                        .addValue("reason", "The same content was already imported by run " + ofRunId + ". To import "
                                + "it again on purpose, upload it with reimport=true or drop it with .reimport before "
                                + "its extension (clients.reimport.csv)."));
    }

    /**
     * The connector's runs older than {@code newerRunId} still waiting for approval stop waiting: SUPERSEDED, with a
     * reason naming the newer run. A run a person is applying at that moment is APPLYING, not waiting, and is left.
     *
     * @return the runs superseded
     */
    public List<Long> supersedeWaiting(String connectorId, long newerRunId, Instant now) {
        var params = new MapSqlParameterSource("c", connectorId).addValue("newer", newerRunId)
                .addValue("now", Timestamp.from(now))
                .addValue("reason", "Superseded by run " + newerRunId + ", staged later from newer data of the "
                        + "same connector: this preview is out of date and is never applied; see run " + newerRunId
                        + ".");
        // One statement: a run whose apply starts meanwhile is APPLYING, no longer waiting, and is left as it is.
        jdbc.update("UPDATE import_run SET status = 'SUPERSEDED', superseded_by_run_id = :newer, "
                + "status_reason = :reason, finished_at = :now "
                + "WHERE connector_id = :c AND status = 'AWAITING_APPROVAL' AND id < :newer", params);
        return jdbc.queryForList("SELECT id FROM import_run WHERE superseded_by_run_id = :newer ORDER BY id", params,
                Long.class);
    }

    /**
     * Moves the run to {@code to} only while it is in one of the {@code from} statuses, in one statement, so that two
     * callers (an apply and a newer run superseding it) cannot both win.
     *
     * @param reason the new status reason; null keeps the current one
     * @return false when the run was in none of {@code from}
     */
    public boolean transition(long runId, java.util.Set<RunStatus> from, RunStatus to, String reason) {
        return jdbc.update("UPDATE import_run SET status = :s, status_reason = COALESCE(:r, status_reason) "
                        + "WHERE id = :id AND status IN (:from)",
                new MapSqlParameterSource("id", runId).addValue("s", to.name()).addValue("r", truncate(reason, 2000))
                        .addValue("from", from.stream().map(Enum::name).toList())) == 1;
    }

    public void markStaged(long runId, RunCounts counts, String readingNotes, Instant now) {
        jdbc.update("""
                UPDATE import_run SET status = 'STAGED', staged_at = :now, reading_notes = :notes, records_read = :read,
                  new_count = :new, update_count = :upd, unchanged_count = :unch, invalid_count = :inv,
                  duplicate_in_file_count = :dup, only_in_store_count = :only, warning_count = :warn
                WHERE id = :id""", new MapSqlParameterSource("id", runId).addValue("now", Timestamp.from(now))
                .addValue("notes", truncate(readingNotes, READING_NOTES_LENGTH)).addValue("read", counts.read())
                .addValue("new", counts.newCount()).addValue("upd", counts.update())
                .addValue("unch", counts.unchanged()).addValue("inv", counts.invalid())
                .addValue("dup", counts.duplicateInFile()).addValue("only", counts.onlyInStore())
                .addValue("warn", counts.warnings()));
    }

    public void setStatus(long runId, RunStatus status, String reason) {
        jdbc.update("UPDATE import_run SET status = :s, status_reason = COALESCE(:r, status_reason) WHERE id = :id",
                new MapSqlParameterSource("id", runId).addValue("s", status.name()).addValue("r", truncate(reason, 2000)));
    }

    public void finish(long runId, RunStatus status, String reason, long applied, Instant now) {
        jdbc.update("UPDATE import_run SET status = :s, status_reason = :r, applied_count = :a, finished_at = :now "
                        + "WHERE id = :id",
                new MapSqlParameterSource("id", runId).addValue("s", status.name()).addValue("r", truncate(reason, 2000))
                        .addValue("a", applied).addValue("now", Timestamp.from(now)));
    }

    /** Adds a sentence to the run's reason, keeping what it said. */
    public void appendReason(long runId, String note) {
        String reason = find(runId).map(ImportRun::statusReason).orElse(null);
        jdbc.update("UPDATE import_run SET status_reason = :r WHERE id = :id", new MapSqlParameterSource("id", runId)
                .addValue("r", truncate(reason == null ? note : reason + " " + note, 2000)));
    }

    /** Marks the run rolled back, once: false when another rollback got there first. */
    public boolean markRolledBack(long runId, String actor, Instant now) {
        return jdbc.update("UPDATE import_run SET rolled_back_at = :now, rolled_back_by = :by WHERE id = :id "
                + "AND rolled_back_at IS NULL", new MapSqlParameterSource("id", runId).addValue("by", truncate(actor, 100))
                .addValue("now", Timestamp.from(now))) == 1;
    }

    public Optional<ImportRun> find(long runId) {
        return jdbc.query("SELECT * FROM import_run WHERE id = :id", new MapSqlParameterSource("id", runId), MAPPER)
                .stream().findFirst();
    }

    public List<ImportRun> list(String connectorId, RunStatus status, int offset, int limit) {
        return jdbc.query("SELECT * FROM import_run WHERE (CAST(:c AS VARCHAR(64)) IS NULL OR connector_id = :c) "
                        + "AND (CAST(:s AS VARCHAR(30)) IS NULL OR status = :s) ORDER BY id DESC OFFSET :o ROWS FETCH NEXT :l ROWS ONLY",
                new MapSqlParameterSource("c", connectorId).addValue("s", status == null ? null : status.name())
                        .addValue("o", offset).addValue("l", limit), MAPPER);
    }

    /**
     * Keyset paging for the console: up to {@code limit} runs older than {@code beforeId} (all when null), newest
     * first, of a connector and a status when given. Fast on any page, unlike an offset.
     */
    public List<ImportRun> listBefore(String connectorId, RunStatus status, Long beforeId, int limit) {
        return jdbc.query("SELECT * FROM import_run WHERE (CAST(:c AS VARCHAR(64)) IS NULL OR connector_id = :c) "
                        + "AND (CAST(:s AS VARCHAR(30)) IS NULL OR status = :s) "
                        + "AND (CAST(:b AS BIGINT) IS NULL OR id < :b) ORDER BY id DESC FETCH FIRST :l ROWS ONLY",
                new MapSqlParameterSource("c", connectorId).addValue("s", status == null ? null : status.name())
                        .addValue("b", beforeId).addValue("l", limit), MAPPER);
    }

    /** Runs received per day since {@code since} (of a connector when given): all of them, and those that failed. */
    public record DayCount(java.time.LocalDate day, long runs, long failed) {
    }

    public List<DayCount> countPerDay(String connectorId, Instant since) {
        return jdbc.query("SELECT CAST(received_at AS DATE) AS d, COUNT(*) AS n, "
                        + "SUM(CASE WHEN status IN ('FAILED', 'INTERRUPTED') THEN 1 ELSE 0 END) AS f FROM import_run "
                        + "WHERE received_at >= :since AND (CAST(:c AS VARCHAR(64)) IS NULL OR connector_id = :c) "
                        + "GROUP BY CAST(received_at AS DATE) ORDER BY d",
                new MapSqlParameterSource("since", Timestamp.from(since)).addValue("c", connectorId),
                (rs, n) -> new DayCount(rs.getDate("d").toLocalDate(), rs.getLong("n"), rs.getLong("f")));
    }

    public List<Long> findInStatus(RunStatus status) {
        return jdbc.queryForList("SELECT id FROM import_run WHERE status = :s ORDER BY id",
                new MapSqlParameterSource("s", status.name()), Long.class);
    }

    /** When the connector's last sync was staged in full (applied or waiting for approval); empty when never. */
    public Optional<Instant> lastSuccessfulSync(String connectorId) {
        return jdbc.queryForList("SELECT MAX(COALESCE(finished_at, staged_at)) FROM import_run "
                        + "WHERE connector_id = :c AND trigger_kind = 'SYNC' "
                        + "AND status IN ('COMPLETED', 'COMPLETED_WITH_ERRORS', 'AWAITING_APPROVAL')",
                new MapSqlParameterSource("c", connectorId), Timestamp.class).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** When the connector's last run of any kind (file, upload, sync) was applied or staged for review; empty when never. */
    public Optional<Instant> lastSuccess(String connectorId) {
        return jdbc.queryForList("SELECT MAX(COALESCE(finished_at, staged_at)) FROM import_run "
                        + "WHERE connector_id = :c AND status IN ('COMPLETED', 'COMPLETED_WITH_ERRORS', 'AWAITING_APPROVAL')",
                new MapSqlParameterSource("c", connectorId), Timestamp.class).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    /** The connector's latest run of this trigger, if any. */
    public Optional<ImportRun> latest(String connectorId, TriggerKind trigger) {
        return jdbc.query("SELECT * FROM import_run WHERE connector_id = :c AND trigger_kind = :t "
                        + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                new MapSqlParameterSource("c", connectorId).addValue("t", trigger.name()), MAPPER).stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
