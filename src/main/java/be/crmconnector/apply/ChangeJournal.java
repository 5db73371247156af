package be.crmconnector.apply;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Every applied change with its before-image: what rollback restores and what history explains. */
@Repository
public class ChangeJournal {
    private final NamedParameterJdbcTemplate jdbc;

    public ChangeJournal(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** OVERRIDE is an UPDATE a person forced against the rules; INVITE and ROLLBACK are recorded, not undone. */
    public enum Action { CREATE, UPDATE, OVERRIDE, LINK, CONTACT, ARCHIVE, INVITE, ROLLBACK }

    /**
     * One journaled change; the {@code prev*} columns keep the field's provenance before the change, so that a
     * rollback gives the field back to its former owner.
     */
    public record Entry(long runId, Long runRowId, long clientId, Action action, String field, String oldValue,
                        String newValue, String actor, Instant at, String prevConnectorId, Long prevRunId,
                        Instant prevWrittenAt, String note) {

        public Entry(long runId, Long runRowId, long clientId, Action action, String field, String oldValue,
                     String newValue, String actor, Instant at) {
            this(runId, runRowId, clientId, action, field, oldValue, newValue, actor, at, null, null, null, null);
        }
    }

    public void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = entries.stream().map(e -> new MapSqlParameterSource("run", e.runId())
                .addValue("row", e.runRowId()).addValue("client", e.clientId()).addValue("action", e.action().name())
                .addValue("field", e.field()).addValue("old", clip(e.oldValue())).addValue("new", clip(e.newValue()))
                .addValue("actor", e.actor()).addValue("at", Timestamp.from(e.at()))
                .addValue("pc", e.prevConnectorId()).addValue("pr", e.prevRunId())
                .addValue("pw", e.prevWrittenAt() == null ? null : Timestamp.from(e.prevWrittenAt()))
                .addValue("note", e.note() == null || e.note().length() <= 500 ? e.note() : e.note().substring(0, 500)))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO change_journal (run_id, run_row_id, client_id, action, field, old_value, "
                + "new_value, actor, created_at, prev_connector_id, prev_run_id, prev_written_at, note) VALUES (:run, "
                + ":row, :client, :action, :field, :old, :new, :actor, :at, :pc, :pr, :pw, :note)", batch);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
